package com.angelskitchen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two bundles say the same things: every key in both, none blank, none unused, and every key a
 * page or script asks for exists.
 */
class TextsTest {

  static final Path BUNDLES = Path.of("src/main/resources/com/angelskitchen/web/i18n");
  static final Path WEBAPP = Path.of("src/main/webapp");
  static final Path JAVA = Path.of("src/main/java");

  /** A key in EL ({@code t['key']}), a script ({@code Ak.text('key'}) or Java ({@code "key"}). */
  static final Pattern PAGE_KEY = Pattern.compile("\\bt\\['([a-zA-Z0-9_.-]+)'\\]");

  static final Pattern SCRIPT_KEY = Pattern.compile("Ak\\.text\\(\\s*'([a-zA-Z0-9_.-]+)'");

  /** A key in a page bean: {@code PageMessages.error("key"}, {@code attempt("key"}. */
  static final Pattern JAVA_KEY =
      Pattern.compile(
          "(?:PageMessages\\.(?:error|info)|attempt|texts\\(\\)\\.get)\\(\\s*\"([^\"]+)\"");

  /** A placeholder of a MessageFormat pattern. */
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?\\}");

  static Properties bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            BUNDLES.resolve("Texts_" + language + ".properties"), StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return texts;
  }

  static String sources() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Path root : List.of(WEBAPP, JAVA)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          String name = file.getFileName().toString();
          if (name.endsWith(".xhtml")
              || name.endsWith(".js")
              || name.endsWith(".java")
              || name.endsWith(".html")) {
            all.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
          }
        }
      }
    }
    return all.toString();
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> spanish = new TreeSet<>(bundle("es").stringPropertyNames());
    Set<String> english = new TreeSet<>(bundle("en").stringPropertyNames());

    assertThat(difference(spanish, english)).as("only in Spanish").isEmpty();
    assertThat(difference(english, spanish)).as("only in English").isEmpty();
  }

  @Test
  void noTextIsBlankAndEveryPatternIsWellFormed() throws IOException {
    for (String language : List.of("es", "en")) {
      Properties texts = bundle(language);
      List<String> wrong = new ArrayList<>();
      for (String key : texts.stringPropertyNames()) {
        String text = texts.getProperty(key);
        if (text.isBlank()) {
          wrong.add(key + " is blank");
        } else if (PLACEHOLDER.matcher(text).find()) {
          try {
            new MessageFormat(text);
          } catch (IllegalArgumentException malformed) {
            wrong.add(key + ": " + malformed.getMessage());
          }
          if (text.replace("''", "").contains("'")) {
            wrong.add(key + " has placeholders and a single apostrophe (write it twice)");
          }
        } else if (text.contains("''")) {
          wrong.add(key + " has no placeholder: write its apostrophe once");
        }
      }
      assertThat(wrong).as(language).isEmpty();
    }
  }

  @Test
  void placeholdersAreTheSameInBothLanguages() throws IOException {
    Properties spanish = bundle("es");
    Properties english = bundle("en");
    List<String> differ = new ArrayList<>();
    for (String key : spanish.stringPropertyNames()) {
      if (english.containsKey(key)
          && !placeholders(spanish.getProperty(key))
              .equals(placeholders(english.getProperty(key)))) {
        differ.add(key);
      }
    }
    assertThat(differ).isEmpty();
  }

  @Test
  void everyKeyIsUsedAndEveryKeyUsedExists() throws IOException {
    String sources = sources();
    Set<String> keys = bundle("en").stringPropertyNames();

    List<String> unused = keys.stream().filter(k -> !used(k, sources)).sorted().toList();
    assertThat(unused).as("keys no page, script or class uses").isEmpty();

    Set<String> asked = new TreeSet<>();
    for (Pattern use : List.of(PAGE_KEY, SCRIPT_KEY, JAVA_KEY)) {
      Matcher found = use.matcher(sources);
      while (found.find()) {
        asked.add(found.group(1));
      }
    }
    assertThat(difference(asked, keys)).as("keys asked for but missing").isEmpty();
  }

  /**
   * A key is used when it is written whole in a source, or when one of its prefixes ending with a
   * dot is (a key made from a value: {@code t['order.status.'.concat(order.status)]}).
   */
  static boolean used(String key, String sources) {
    if (sources.contains("'" + key + "'") || sources.contains("\"" + key + "\"")) {
      return true;
    }
    for (int dot = key.lastIndexOf('.'); dot > 0; dot = key.lastIndexOf('.', dot - 1)) {
      String prefix = key.substring(0, dot + 1);
      if (sources.contains("'" + prefix + "'") || sources.contains("\"" + prefix + "\"")) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> placeholders(String text) {
    Matcher found = PLACEHOLDER.matcher(text);
    Set<String> all = new TreeSet<>();
    while (found.find()) {
      all.add(found.group().replaceAll(",.*", "}"));
    }
    return all;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    return a.stream().filter(k -> !b.contains(k)).collect(Collectors.toCollection(TreeSet::new));
  }
}
