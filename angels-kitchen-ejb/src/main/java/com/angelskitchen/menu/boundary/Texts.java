package com.angelskitchen.menu.boundary;

import com.angelskitchen.platform.InvalidRequestException;

/** Checks on names typed by a manager. */
final class Texts {

  private Texts() {}

  static String required(String what, String text, int max) {
    if (text == null || text.isBlank()) {
      throw new InvalidRequestException("a " + what + " is required");
    }
    String trimmed = text.strip();
    if (trimmed.length() > max) {
      throw new InvalidRequestException(what + " is longer than " + max + " characters");
    }
    return trimmed;
  }
}
