package com.angelskitchen.it.support;

import java.util.UUID;

/** Customer names that no other test uses, so a test finds exactly its own orders. */
public final class Guests {

  private Guests() {}

  public static String unique(String firstName) {
    return firstName + " " + UUID.randomUUID().toString().substring(0, 8);
  }
}
