package com.angelskitchen.ordering.control;

import com.angelskitchen.menu.entity.ItemUnavailableException;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierChoice;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the choices of one line against its item's groups: every group within its minimum and
 * maximum (a required group is never skipped), only choices the group offers, a choice repeated
 * only where the group allows it, no flavour that is 86'd. Choices come back as the line's
 * modifiers; the flavours of a bundle also become its parts, each as many times as chosen for each
 * bundle ordered, at no price of their own (the bundle carries the price).
 */
final class Choices {

  private Choices() {}

  /**
   * @param parts receives the flavours of a bundle, as lines of their own
   * @return the choices as modifiers of the line, in the item's group order
   */
  static List<LineModifier> check(
      MenuItem item, PlaceOrder.Line line, List<OrderLine.Draft> parts) {
    Map<String, Map<String, Integer>> byGroup = new LinkedHashMap<>();
    for (PlaceOrder.Choice choice : line.choices()) {
      if (item.group(choice.group()).isEmpty()) {
        throw unknown(item, choice.group(), choice.choice());
      }
      byGroup
          .computeIfAbsent(choice.group(), g -> new LinkedHashMap<>())
          .merge(choice.choice(), choice.count(), Integer::sum);
    }
    List<LineModifier> chosen = new ArrayList<>();
    for (ModifierGroup group : item.groups()) {
      Map<String, Integer> counts = byGroup.getOrDefault(group.code(), Map.of());
      int total = 0;
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        ModifierChoice choice =
            group
                .choice(entry.getKey())
                .orElseThrow(() -> unknown(item, group.code(), entry.getKey()));
        int times = entry.getValue();
        if (times > 1 && !group.repeats()) {
          throw new InvalidOrderException(
              "order.choice.repeat",
              item.name() + ": " + choice.name() + " can be chosen once in " + group.name(),
              item.name(),
              choice.name(),
              group.name());
        }
        if (!choice.available()) {
          throw new ItemUnavailableException(choice.item().orElseThrow());
        }
        total += times;
        chosen.add(
            LineModifier.chosen(group.name(), choice.code(), choice.name(), choice.price(), times));
        if (choice.item().isPresent()) {
          MenuItem flavour = choice.item().get();
          int made = times * line.quantity();
          if (made > PlaceOrder.MAX_QUANTITY) {
            // A kitchen line holds at most 99: more dozens go on more lines.
            throw new InvalidOrderException(
                "order.quantity-out-of-range",
                "quantity of "
                    + flavour.name()
                    + " must be between 1 and "
                    + PlaceOrder.MAX_QUANTITY
                    + ", was "
                    + made,
                flavour.name(),
                PlaceOrder.MAX_QUANTITY,
                made);
          }
          parts.add(part(flavour, made));
        }
      }
      if (total == 0 && group.required()) {
        throw new InvalidOrderException(
            "order.choice.missing",
            item.name() + ": choose " + group.min() + " in " + group.name(),
            item.name(),
            group.name(),
            group.min());
      }
      if (total < group.min()) {
        throw new InvalidOrderException(
            "order.choice.too-few",
            item.name() + ": " + group.name() + " needs " + group.min() + ", " + total + " chosen",
            item.name(),
            group.name(),
            group.min(),
            total);
      }
      if (total > group.max()) {
        throw new InvalidOrderException(
            "order.choice.too-many",
            item.name() + ": " + group.name() + " takes at most " + group.max() + ", " + total,
            item.name(),
            group.name(),
            group.max(),
            total);
      }
    }
    return chosen;
  }

  private static OrderLine.Draft part(MenuItem flavour, int quantity) {
    return new OrderLine.Draft(
        flavour,
        flavour.name(),
        flavour.kitchenName(),
        quantity,
        Money.ZERO,
        List.of(),
        null,
        flavour.allergensWith(Set.of(), List.of()),
        false);
  }

  private static InvalidOrderException unknown(MenuItem item, String group, String choice) {
    return new InvalidOrderException(
        "order.choice.unknown",
        item.name() + " offers no choice '" + choice + "' in '" + group + "'",
        item.name(),
        group,
        choice);
  }
}
