package com.angelskitchen.web.i18n;

import com.angelskitchen.platform.Phrase;
import java.util.regex.Pattern;

/**
 * What the core kept to tell staff (a partner alert, an event's outcome, a dead letter) in the
 * reader's language. The core keeps a {@link Phrase}: a code, its values and an English sentence;
 * the Texts bundles say the code under {@code said.<code>}. A value naming one of the core's enums
 * ({@code OrderStatus.READY}) is said from {@code said.value.<Type>.<CONSTANT>}. A phrase without a
 * code, or with a code the bundles do not have yet, is shown in its English words.
 */
public final class Phrases {

  public static final String PREFIX = "said.";

  static final String VALUE = PREFIX + "value.";

  private static final Pattern ENUM_VALUE = Pattern.compile("[A-Z]\\w*\\.[A-Z][A-Z0-9_]*");

  private Phrases() {}

  /** The phrase in the texts' language; "" for none. */
  public static String text(Texts texts, Phrase phrase) {
    if (phrase == null) {
      return "";
    }
    String key = PREFIX + phrase.code();
    if (phrase.code() == null || !texts.has(key)) {
      return phrase.english();
    }
    Object[] values = phrase.arguments().toArray();
    for (int i = 0; i < values.length; i++) {
      String value = (String) values[i];
      if (ENUM_VALUE.matcher(value).matches() && texts.has(VALUE + value)) {
        values[i] = texts.get(VALUE + value);
      }
    }
    return texts.get(key, values);
  }
}
