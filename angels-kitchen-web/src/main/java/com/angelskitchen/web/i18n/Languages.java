package com.angelskitchen.web.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the screens speak: Spanish (Argentina) and English. */
public final class Languages {

  public static final Locale SPANISH = Locale.forLanguageTag("es-AR");
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** In the order the language switch shows them. */
  public static final List<Locale> SUPPORTED = List.of(SPANISH, ENGLISH);

  private Languages() {}

  /**
   * The supported language a tag asks for, by its language alone ("es", "es-MX" and "es-AR" are
   * Spanish; "en-GB" is English); empty for any other or a malformed tag.
   */
  public static Optional<Locale> of(String tag) {
    if (tag == null || tag.isBlank() || tag.length() > 35) {
      return Optional.empty();
    }
    return of(Locale.forLanguageTag(tag.strip()));
  }

  public static Optional<Locale> of(Locale wanted) {
    if (wanted == null) {
      return Optional.empty();
    }
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst();
  }

  /**
   * The first supported language of a browser's Accept-Language list, in its order of preference;
   * empty when it names none (or the header is absent).
   */
  public static Optional<Locale> preferred(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Optional.empty();
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        if (range.getWeight() > 0) {
          Optional<Locale> found = of(range.getRange());
          if (found.isPresent()) {
            return found;
          }
        }
      }
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The language's own name, for the switch: "Español", "English". */
  public static String nameOf(Locale language) {
    String name = language.getDisplayLanguage(language);
    return name.substring(0, 1).toUpperCase(language) + name.substring(1);
  }
}
