package com.angelskitchen.ordering.entity;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an order came from. Not an enum: a new delivery partner is one more source and must not
 * need a change to the core, so any short upper-case code is a source, and the well-known ones are
 * named here.
 */
public record OrderSource(String code) {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

  public static final OrderSource POS = new OrderSource("POS");
  public static final OrderSource DOORDASH = new OrderSource("DOORDASH");
  public static final OrderSource UBER_EATS = new OrderSource("UBER_EATS");
  public static final OrderSource WEBSITE = new OrderSource("WEBSITE");

  public OrderSource {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "an order source is 2-32 upper-case letters, digits or _: " + code);
    }
  }

  @Override
  public String toString() {
    return code;
  }
}
