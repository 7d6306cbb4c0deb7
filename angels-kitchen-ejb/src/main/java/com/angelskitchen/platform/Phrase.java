package com.angelskitchen.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Something the core tells staff that is kept and read later — a partner alert, what became of a
 * partner's event, what a dead letter was — said without choosing a language: a stable {@code code}
 * ({@code outcome.placed}), the values it names, and the English sentence for the API and the logs.
 * The web module says it in the reader's language from its Texts bundles under {@code said.<code>},
 * and falls back to the English sentence for a code it has no text for (and for rows written before
 * codes existed, which have none).
 *
 * <p>An argument that is one of the core's enums is kept as {@code Type.CONSTANT} ({@code
 * OrderStatus.READY}), so that the reader's language can name it; the English sentence names it in
 * lower case.
 */
public record Phrase(String code, List<String> arguments, String english) {

  /** Lower-case words with dots and dashes: {@code outcome.placed}, {@code alert.voided-here}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+");

  public Phrase {
    Objects.requireNonNull(english, "english");
    if (code != null && !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("not a phrase code: " + code);
    }
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /**
   * A phrase with its English sentence, written with {@code {0}}, {@code {1}}… for the arguments.
   */
  public static Phrase of(String code, String englishPattern, Object... arguments) {
    List<String> kept = Arrays.stream(arguments).map(Phrase::kept).toList();
    // One pass, so that an argument that happens to hold "{1}" is left as it is.
    String english =
        PLACEHOLDER
            .matcher(englishPattern)
            .replaceAll(
                found -> {
                  int index = Integer.parseInt(found.group(1));
                  return Matcher.quoteReplacement(
                      index < arguments.length ? spoken(arguments[index]) : found.group());
                });
    return new Phrase(code, kept, english);
  }

  /** A text said only in the words it came in: a technical error, a partner's own words. */
  public static Phrase plain(String text) {
    return new Phrase(null, List.of(), text);
  }

  /** The same phrase cut to {@code max} characters in English (the column's width). */
  public Phrase clipped(int max) {
    return new Phrase(code, arguments, ShortText.clip(english, max));
  }

  private static String kept(Object argument) {
    if (argument instanceof Enum<?> value) {
      return value.getDeclaringClass().getSimpleName() + "." + value.name();
    }
    return String.valueOf(argument);
  }

  private static String spoken(Object argument) {
    if (argument instanceof Enum<?> value) {
      return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
    return String.valueOf(argument);
  }
}
