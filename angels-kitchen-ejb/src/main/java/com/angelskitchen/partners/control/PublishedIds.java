package com.angelskitchen.partners.control;

import java.util.Optional;

/**
 * The ids the restaurant gives its menu at the partners, chosen so that a partner's order carrying
 * them matches the menu without any mapping: an item is its own code, an extra {@code +extraCode},
 * a choice of a modifier group is {@code groupCode:choiceCode} (as a {@code CHOICE} mapping names
 * it), and leaving an ingredient out ("sin cebolla", sold as a chosen option) is {@code
 * -ingredientCode}. Codes start with a letter or digit and hold no colon, so the four never
 * collide.
 */
public final class PublishedIds {

  private static final String REMOVAL = "-";
  private static final String EXTRA = "+";

  private PublishedIds() {}

  public static String item(String itemCode) {
    return itemCode;
  }

  /**
   * "+code": an extra may share its code with an item (chimichurri sold as a side and as an extra),
   * and Uber Eats wants every item and option of a menu under an id of its own.
   */
  public static String extra(String extraCode) {
    return EXTRA + extraCode;
  }

  /** The extra a published extra id adds; the id itself for any other (a mapping, a plain code). */
  public static String extraCode(String partnerId) {
    return partnerId != null && partnerId.startsWith(EXTRA) && partnerId.length() > 1
        ? partnerId.substring(EXTRA.length())
        : partnerId;
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
