package com.angelskitchen.menu.boundary;

import com.angelskitchen.menu.entity.Codes;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import java.util.HashSet;
import java.util.List;

/**
 * Everything a manager says about a menu item, checked on construction. {@code groups} are the
 * codes of the modifier groups it asks for, in order; null leaves the item's groups as they are.
 */
public record ItemSpec(
    String name,
    String kitchenName,
    Money price,
    String category,
    int prepMinutes,
    int sortOrder,
    List<RecipeLine> recipe,
    List<String> extras,
    List<String> groups) {

  /** An item whose groups, if it has any, stay as they are. */
  public ItemSpec(
      String name,
      String kitchenName,
      Money price,
      String category,
      int prepMinutes,
      int sortOrder,
      List<RecipeLine> recipe,
      List<String> extras) {
    this(name, kitchenName, price, category, prepMinutes, sortOrder, recipe, extras, null);
  }

  /**
   * One ingredient of the recipe, by code, whether a guest may leave it out, and how many units of
   * it one item takes from a counted stock (1 to 100).
   */
  public record RecipeLine(String ingredient, boolean removable, int quantity) {

    public RecipeLine(String ingredient, boolean removable) {
      this(ingredient, removable, 1);
    }
  }

  public ItemSpec {
    name = Texts.required("menu.item-name", "item name", name, 80);
    kitchenName = kitchenName == null || kitchenName.isBlank() ? name : kitchenName.strip();
    if (kitchenName.length() > 24) {
      throw new InvalidRequestException(
          "menu.kitchen-name-too-long",
          "the kitchen name is at most 24 characters: " + kitchenName,
          kitchenName);
    }
    if (price == null) {
      throw new InvalidRequestException("menu.item.no-price", name + " needs a price", name);
    }
    if (!Codes.isCode(category)) {
      throw new InvalidRequestException(
          "menu.item.no-category", name + " needs a category code", name);
    }
    if (prepMinutes < 1 || prepMinutes > 240) {
      throw new InvalidRequestException(
          "menu.item.prep-time",
          name + ": prep time is 1 to 240 minutes, was " + prepMinutes,
          name,
          prepMinutes);
    }
    if (recipe != null && recipe.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidRequestException(
          "menu.item.recipe-codes",
          name + ": each recipe ingredient is a distinct ingredient code",
          name);
    }
    if (extras != null && extras.stream().anyMatch(java.util.Objects::isNull)) {
      throw new InvalidRequestException(
          "menu.item.extra-codes", name + ": each extra is a distinct extra code", name);
    }
    recipe = recipe == null ? List.of() : List.copyOf(recipe);
    extras = extras == null ? List.of() : List.copyOf(extras);
    var seen = new HashSet<String>();
    for (RecipeLine line : recipe) {
      if (line == null || !Codes.isCode(line.ingredient()) || !seen.add(line.ingredient())) {
        throw new InvalidRequestException(
            "menu.item.recipe-codes",
            name + ": each recipe ingredient is a distinct ingredient code",
            name);
      }
      if (line.quantity() < 1 || line.quantity() > 100) {
        throw new InvalidRequestException(
            "menu.item.recipe-quantity",
            name + ": one item uses 1 to 100 units of " + line.ingredient(),
            name,
            line.ingredient());
      }
    }
    if (extras.stream().anyMatch(e -> !Codes.isCode(e))
        || extras.stream().distinct().count() != extras.size()) {
      throw new InvalidRequestException(
          "menu.item.extra-codes", name + ": each extra is a distinct extra code", name);
    }
    if (groups != null) {
      if (groups.stream().anyMatch(g -> g == null || !Codes.isCode(g))) {
        throw new InvalidRequestException(
            "menu.item.group-codes", name + ": each group is a distinct group code", name);
      }
      groups = List.copyOf(groups);
      if (groups.stream().anyMatch(g -> !Codes.isCode(g))
          || groups.stream().distinct().count() != groups.size()) {
        throw new InvalidRequestException(
            "menu.item.group-codes", name + ": each group is a distinct group code", name);
      }
    }
  }
}
