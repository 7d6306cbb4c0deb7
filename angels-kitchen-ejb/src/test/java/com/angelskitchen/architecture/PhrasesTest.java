package com.angelskitchen.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every phrase the core keeps for staff can be read in both languages: each code given to {@code
 * Phrase.of} in the core and in the partners' module has {@code said.<code>} in the Spanish and the
 * English bundle, with the same placeholders as the English words in the source.
 */
class PhrasesTest {

  static final Path PARTNERS = Path.of("../angels-kitchen-integration/src/main/java");

  /** {@code Phrase.of("code", "English {0}" + " more", ...}: the code and the first literal. */
  static final Pattern MADE =
      Pattern.compile("Phrase\\.of\\(\\s*\"([a-z0-9.-]+)\",\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

  static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)[^}]*}");

  @Test
  void everyPhraseHasWordsInBothLanguagesWithItsPlaceholders() {
    List<String> wrong = new ArrayList<>();
    Set<String> codes = new TreeSet<>();
    Stream.concat(RefusalsTest.sources(RefusalsTest.CORE), RefusalsTest.sources(PARTNERS))
        .forEach(
            source -> {
              Matcher made = MADE.matcher(source);
              while (made.find()) {
                String code = made.group(1);
                codes.add(code);
                Set<String> english = placeholders(made.group(2));
                for (Properties texts : List.of(RefusalsTest.ENGLISH, RefusalsTest.SPANISH)) {
                  String said = texts.getProperty("said." + code);
                  String language = texts == RefusalsTest.ENGLISH ? "en" : "es";
                  if (said == null) {
                    wrong.add("said." + code + " (" + language + ") is missing");
                  } else if (!placeholders(said).containsAll(english)) {
                    wrong.add("said." + code + " (" + language + ") lacks one of " + english);
                  }
                }
              }
            });
    assertThat(codes)
        .as("the phrases found, so that a broken pattern cannot pass")
        .contains("outcome.placed", "alert.voided-here", "dead.answered")
        .contains("outcome.not-for-the-kitchen");
    assertThat(wrong).isEmpty();
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher placeholder = PLACEHOLDER.matcher(text);
    while (placeholder.find()) {
      found.add(placeholder.group(1));
    }
    return found;
  }
}
