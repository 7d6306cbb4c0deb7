package com.angelskitchen.menu.boundary;

import com.angelskitchen.platform.InvalidRequestException;

/** Checks on names typed by a manager. */
final class Texts {

  private Texts() {}

  /**
   * @param code the refusals' stem: {@code menu.item-name} refuses as {@code
   *     menu.item-name.missing} and {@code menu.item-name.too-long}
   * @param what what the text is, in English, for the message
   */
  static String required(String code, String what, String text, int max) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException(code + ".missing", "a " + what + " is required");
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new InvalidRequestException(
          code + ".too-long", what + " is longer than " + max + " characters", max);
    }
    return trimmed;
  }
}
