package com.angelskitchen.ordering.control;

import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.ItemUnavailableException;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns requested lines into order lines against the current menu: every item must exist and not be
 * 86'd, every removed ingredient must be a removable part of that item's recipe, every added extra
 * must be one the item offers, and the choices must fill the item's groups (see {@link Choices}).
 * The first problem found is refused with a message naming it. A partner's unmapped line passes
 * through as it is, flagged, priced at zero (the partner charged the guest; the restaurant's
 * figures must not invent a price).
 */
public final class OrderAssembler {

  private OrderAssembler() {}

  /**
   * @param menu the requested items by code (missing codes are unknown items)
   */
  public static List<OrderLine.Draft> draft(
      List<PlaceOrder.Line> requested, Map<String, MenuItem> menu) {
    List<OrderLine.Draft> drafts = new ArrayList<>();
    for (PlaceOrder.Line line : requested) {
      if (!line.fromMenu()) {
        drafts.add(OrderLine.Draft.unmapped(line.unmapped(), line.quantity(), line.note()));
        continue;
      }
      MenuItem item = menu.get(line.item());
      if (item == null) {
        throw new InvalidOrderException(
            "order.unknown-item", "unknown item '" + line.item() + "'", line.item());
      }
      if (!item.available()) {
        throw new ItemUnavailableException(item);
      }
      List<LineModifier> modifiers = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String code : line.remove()) {
        if (!seen.add("-" + code)) {
          throw new InvalidOrderException(
              "order.removal-twice",
              item.name() + ": '" + code + "' is removed twice",
              item.name(),
              code);
        }
        RecipeIngredient ingredient =
            item.recipeIngredient(code)
                .orElseThrow(
                    () ->
                        new InvalidOrderException(
                            "order.removal-not-in-recipe",
                            item.name() + " has no ingredient '" + code + "' to remove",
                            item.name(),
                            code));
        if (!ingredient.removable()) {
          throw new InvalidOrderException(
              "order.removal-not-allowed",
              ingredient.ingredient().name() + " cannot be left out of " + item.name(),
              ingredient.ingredient().name(),
              item.name());
        }
        modifiers.add(LineModifier.removed(code, ingredient.ingredient().name()));
      }
      List<Extra> added = new ArrayList<>();
      for (String code : line.add()) {
        if (!seen.add("+" + code)) {
          throw new InvalidOrderException(
              "order.extra-twice",
              item.name() + ": extra '" + code + "' is added twice",
              item.name(),
              code);
        }
        Extra extra =
            item.extra(code)
                .orElseThrow(
                    () ->
                        new InvalidOrderException(
                            "order.extra-not-offered",
                            item.name() + " does not take the extra '" + code + "'",
                            item.name(),
                            code));
        added.add(extra);
        modifiers.add(LineModifier.added(code, extra.name(), extra.price()));
      }
      List<OrderLine.Draft> parts = new ArrayList<>();
      modifiers.addAll(Choices.check(item, line, parts));
      Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);
      allergens.addAll(item.allergensWith(line.remove(), added));
      parts.forEach(p -> allergens.addAll(p.allergens()));
      drafts.add(
          new OrderLine.Draft(
              item,
              item.name(),
              item.kitchenName(),
              line.quantity(),
              item.price(),
              modifiers,
              line.note(),
              allergens,
              false,
              parts));
    }
    return drafts;
  }
}
