package com.angelskitchen.platform;

/**
 * Text cut to the length a column or a screen keeps, marked with "…" where it was cut. For text
 * that comes from outside and must not refuse an order for being long (a partner's answer, an
 * instruction); text a person types is checked instead.
 */
public final class ShortText {

  private ShortText() {}

  /** The text, or its first {@code max - 1} characters and "…"; null stays null. */
  public static String clip(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
