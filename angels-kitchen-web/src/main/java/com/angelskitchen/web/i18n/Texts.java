package com.angelskitchen.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The screens' texts in one language, from the {@code Texts} bundles ({@code Texts_es.properties},
 * {@code Texts_en.properties}, UTF-8). Placeholders are {@link MessageFormat}'s: {@code {0}}, and a
 * literal apostrophe is written twice.
 */
public final class Texts {

  /** The bundles' base name, also declared to Faces as {@code t} in faces-config.xml. */
  public static final String BUNDLE = "com.angelskitchen.web.i18n.Texts";

  /** A text with one is a MessageFormat pattern (its apostrophes written twice); others are not. */
  private static final java.util.regex.Pattern PLACEHOLDER =
      java.util.regex.Pattern.compile("\\{\\d");

  private final Locale language;
  private final ResourceBundle bundle;

  private Texts(Locale language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language,
            Texts.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The texts of a supported language (any other falls back to Spanish, the first). */
  public static Texts in(Locale language) {
    return new Texts(Languages.of(language).orElse(Languages.SPANISH));
  }

  public Locale language() {
    return language;
  }

  /**
   * The text of a key, its placeholders filled; a missing key shows as ???key??? (and is a bug).
   */
  public String get(String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException missing) {
      return "???" + key + "???";
    }
    return PLACEHOLDER.matcher(pattern).find()
        ? new MessageFormat(pattern, language).format(arguments)
        : pattern;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  ResourceBundle bundle() {
    return bundle;
  }
}
