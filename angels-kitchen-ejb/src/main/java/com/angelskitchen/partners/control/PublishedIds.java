package com.angelskitchen.partners.control;

import java.util.Optional;

/**
 * The ids the restaurant gives its menu at the partners, chosen so that a partner's order carrying
 * them matches the menu without any mapping: an item and an extra are their own codes, a choice of
 * a modifier group is {@code groupCode:choiceCode} (as a {@code CHOICE} mapping names it), and
 * leaving an ingredient out ("sin cebolla", sold as a chosen option) is {@code -ingredientCode}.
 * Codes start with a letter or digit and hold no colon, so the three never collide.
 */
public final class PublishedIds {

  private static final String REMOVAL = "-";

  private PublishedIds() {}

  public static String item(String itemCode) {
    return itemCode;
  }

  public static String extra(String extraCode) {
    return extraCode;
  }

  public static String choice(String groupCode, String choiceCode) {
    return groupCode + ":" + choiceCode;
  }

  public static String removal(String ingredientCode) {
    return REMOVAL + ingredientCode;
  }

  /** The ingredient a published removal id leaves out; empty for any other id. */
  public static Optional<String> removedIngredient(String partnerId) {
    return partnerId != null && partnerId.startsWith(REMOVAL) && partnerId.length() > 1
        ? Optional.of(partnerId.substring(REMOVAL.length()))
        : Optional.empty();
  }

  /** The id of the group of ingredients an item lets the guest leave out. */
  public static String removalsOf(String itemCode) {
    return itemCode + ".sin";
  }

  /** The id of the group of paid extras an item offers. */
  public static String extrasOf(String itemCode) {
    return itemCode + ".extras";
  }
}
