package com.angelskitchen.web.pos;

import com.angelskitchen.money.Money;
import com.angelskitchen.money.TaxRule;
import com.angelskitchen.ordering.boundary.IdempotencyKey;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Totals;
import com.angelskitchen.web.pos.PosItem.Choice;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the cashier is building before sending: lines with their modifiers, priced the way the order
 * will be priced (the server prices it again when it accepts it, and its figures win).
 *
 * <p>Each cart has its own idempotency key, new when the cart is started or cleared, and sent with
 * every Send of it: however often it is sent (a double tap, a resubmitted form, a retry after an
 * error whose outcome was unknown), the kitchen places it once. Editing the cart keeps the key, on
 * purpose: if an earlier Send did go through, a changed cart under the same key is refused rather
 * than cooked a second time.
 */
public final class Cart implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One line of the cart: how many of an item, what to leave out and add, the choices made in its
   * groups, a note.
   */
  public record Line(
      PosItem item,
      int quantity,
      List<Choice> removed,
      List<Choice> added,
      String note,
      List<Picked> picked)
      implements Serializable {

    public Line {
      removed = List.copyOf(removed);
      added = List.copyOf(added);
      picked = List.copyOf(picked);
    }

    public Money total() {
      return Totals.lineTotal(
          item.price(),
          Stream.concat(
                  added.stream().map(Choice::price),
                  picked.stream().map(p -> p.price().times(p.count())))
              .toList(),
          quantity);
    }

    PlaceOrder.Line request() {
      return PlaceOrder.Line.chosen(
          item.code(),
          quantity,
          removed.stream().map(Choice::code).toList(),
          added.stream().map(Choice::code).toList(),
          note,
          picked.stream().map(p -> new PlaceOrder.Choice(p.group(), p.code(), p.count())).toList());
    }
  }

  /** A choice made in a group, {@code count} times: "Sabores: Carne ×4". */
  public record Picked(
      String group, String groupName, String code, String name, Money price, int count)
      implements Serializable {

    /** What the cart and the receipt print. */
    public String label() {
      return groupName + ": " + name + (count > 1 ? " \u00d7" + count : "");
    }
  }

  private final List<Line> lines = new ArrayList<>();
  private IdempotencyKey key = IdempotencyKey.random();

  /** The name under which this cart is placed, whatever number of times it is sent. */
  public IdempotencyKey key() {
    return key;
  }

  public List<Line> lines() {
    return Collections.unmodifiableList(lines);
  }

  public boolean isEmpty() {
    return lines.isEmpty();
  }

  void add(Line line) {
    lines.add(line);
  }

  /** Replaces line {@code index} (0-based); an index that no longer exists adds the line. */
  void put(int index, Line line) {
    if (index >= 0 && index < lines.size()) {
      lines.set(index, line);
    } else {
      lines.add(line);
    }
  }

  void remove(int index) {
    if (index >= 0 && index < lines.size()) {
      lines.remove(index);
    }
  }

  /** Empties the cart for the next guest, whose order gets a key of its own. */
  void clear() {
    lines.clear();
    key = IdempotencyKey.random();
  }

  public Totals totals(TaxRule taxRule) {
    return Totals.of(lines.stream().map(Line::total).toList(), taxRule);
  }

  List<PlaceOrder.Line> requestLines() {
    return lines.stream().map(Line::request).toList();
  }
}
