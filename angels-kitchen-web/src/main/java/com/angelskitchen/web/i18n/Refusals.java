package com.angelskitchen.web.i18n;

import com.angelskitchen.platform.KitchenException;

/**
 * A broken business rule in a language. The core says what was refused with a stable code and the
 * values it names ({@link KitchenException#code()}, {@link KitchenException#arguments()}); the
 * Texts bundles say it in words under {@code refusal.<code>}. The core's own English message is the
 * fallback for a code with no text yet.
 */
public final class Refusals {

  public static final String PREFIX = "refusal.";

  private Refusals() {}

  public static String text(Texts texts, KitchenException refused) {
    String key = PREFIX + refused.code();
    return texts.has(key) ? texts.get(key, refused.arguments()) : refused.getMessage();
  }
}
