package com.angelskitchen.partners.control;

import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierChoice;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.money.Money;
import com.angelskitchen.partners.boundary.PublishedMenu;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the menu into the {@link PublishedMenu} partners are sent. Every item is published, an 86'd
 * one marked unavailable (partners show it sold out rather than drop it). An item's choices become
 * groups in the order the POS asks them: its modifier groups (a bundle's flavours among them, each
 * flavour unavailable while its own item is 86'd), then "Sin" (the removable ingredients, free, any
 * number) and "Extras" (the paid add-ons, each at most once). Categories without items are left
 * out; partners refuse empty ones.
 */
public final class MenuSnapshot {

  /** The group names guests read on the partners' apps (the menu itself is in Spanish). */
  static final String REMOVALS = "Sin";

  static final String EXTRAS = "Extras";

  private MenuSnapshot() {}

  /**
   * @param items the menu's items in the order the POS shows them
   * @param categories every category, in order
   */
  public static PublishedMenu of(
      String name,
      String language,
      List<MenuCategory> categories,
      List<MenuItem> items,
      List<PublishedMenu.Hours> hours) {
    Map<String, List<PublishedMenu.Item>> byCategory = new LinkedHashMap<>();
    categories.forEach(c -> byCategory.put(c.code(), new ArrayList<>()));
    for (MenuItem item : items) {
      byCategory.computeIfAbsent(item.category().code(), c -> new ArrayList<>()).add(item(item));
    }
    List<PublishedMenu.Category> published = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    categories.forEach(c -> names.put(c.code(), c.name()));
    items.forEach(i -> names.putIfAbsent(i.category().code(), i.category().name()));
    byCategory.forEach(
        (code, its) -> {
          if (!its.isEmpty()) {
            published.add(new PublishedMenu.Category(code, names.get(code), its));
          }
        });
    return new PublishedMenu(name, language, published, hours);
  }

  static PublishedMenu.Item item(MenuItem item) {
    List<PublishedMenu.Group> groups = new ArrayList<>();
    for (ModifierGroup group : item.groups()) {
      groups.add(group(group));
    }
    List<PublishedMenu.Option> removals = new ArrayList<>();
    for (RecipeIngredient ingredient : item.recipe()) {
      if (ingredient.removable()) {
        removals.add(
            new PublishedMenu.Option(
                PublishedIds.removal(ingredient.ingredient().code()),
                REMOVALS + " " + ingredient.ingredient().name().toLowerCase(java.util.Locale.ROOT),
                Money.ZERO,
                true));
      }
    }
    if (!removals.isEmpty()) {
      groups.add(
          new PublishedMenu.Group(
              PublishedIds.removalsOf(item.code()), REMOVALS, 0, removals.size(), false, removals));
    }
    List<PublishedMenu.Option> extras = new ArrayList<>();
    for (Extra extra : item.extras()) {
      extras.add(
          new PublishedMenu.Option(
              PublishedIds.extra(extra.code()), extra.name(), extra.price(), true));
    }
    if (!extras.isEmpty()) {
      groups.add(
          new PublishedMenu.Group(
              PublishedIds.extrasOf(item.code()), EXTRAS, 0, extras.size(), false, extras));
    }
    return new PublishedMenu.Item(
        PublishedIds.item(item.code()),
        item.name(),
        "",
        item.price(),
        item.available(),
        item.isBundle(),
        groups);
  }

  static PublishedMenu.Group group(ModifierGroup group) {
    List<PublishedMenu.Option> options = new ArrayList<>();
    for (ModifierChoice choice : group.choices()) {
      options.add(
          new PublishedMenu.Option(
              PublishedIds.choice(group.code(), choice.code()),
              choice.name(),
              choice.price(),
              choice.available()));
    }
    return new PublishedMenu.Group(
        group.code(), group.name(), group.min(), group.max(), group.repeats(), options);
  }
}
