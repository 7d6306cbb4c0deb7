package com.angelskitchen.menu.entity;

import java.util.regex.Pattern;

/**
 * Stable codes of menu entries and stations: lower-case words joined by dashes, e.g. "carne" or
 * "extra-queso". They appear in URLs, in partners' item mappings and in orders sent by the API.
 */
public final class Codes {

  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");

  private Codes() {}

  public static boolean isCode(String candidate) {
    return candidate != null && CODE.matcher(candidate).matches();
  }
}
