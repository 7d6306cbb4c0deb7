package com.angelskitchen.web.i18n;

import com.angelskitchen.platform.KitchenException;

/**
 * A broken business rule in a language. The core says what was refused with a stable code and the
 * values it names ({@link KitchenException#code()}, {@link KitchenException#arguments()}); the
 * Texts bundles say it in words under {@code refusal.<code>}. The core's own English message is the
 * fallback for a code with no text yet.
 *
 * <p>A value that is one of the core's enums (an order's status, say) is said in words too, from
 * {@code refusal.value.<EnumType>.<CONSTANT>} ({@code refusal.value.OrderStatus.READY}) when the
 * bundles have it, else as the constant's name.
 */
public final class Refusals {

  public static final String PREFIX = "refusal.";

  /** Where the words for an enum value are: {@code refusal.value.OrderStatus.READY}. */
  static final String VALUE = PREFIX + "value.";

  private Refusals() {}

  public static String text(Texts texts, KitchenException refused) {
    return text(texts, refused.code(), refused.getMessage(), refused.arguments());
  }

  /**
   * A refusal by its code, in the texts' language: {@code refusal.<code>} with the values (an enum
   * value said in words), else the English message.
   */
  public static String text(Texts texts, String code, String english, Object... arguments) {
    String key = PREFIX + code;
    if (!texts.has(key)) {
      return english;
    }
    Object[] values = arguments.clone();
    for (int i = 0; i < values.length; i++) {
      if (values[i] instanceof Enum<?> value) {
        String words = VALUE + value.getDeclaringClass().getSimpleName() + "." + value.name();
        if (texts.has(words)) {
          values[i] = texts.get(words);
        }
      }
    }
    return texts.get(key, values);
  }
}
