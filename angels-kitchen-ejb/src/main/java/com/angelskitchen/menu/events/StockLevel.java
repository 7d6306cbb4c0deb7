package com.angelskitchen.menu.events;

/**
 * How much is left of a counted item or ingredient, as the alerts show it: {@code kind} is ITEM or
 * INGREDIENT, {@code count} null when no longer counted, {@code alert} true when it is out or at or
 * below its warning level {@code lowAt}.
 */
public record StockLevel(
    String kind, String code, String name, Integer count, Integer lowAt, boolean alert) {

  public static final String ITEM = "ITEM";
  public static final String INGREDIENT = "INGREDIENT";
}
