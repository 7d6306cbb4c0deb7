package com.angelskitchen.web.pos;

import com.angelskitchen.menu.entity.Money;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Totals;
import com.angelskitchen.web.pos.PosItem.Choice;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the cashier is building before sending: lines with their modifiers, priced the way the order
 * will be priced (the server prices it again when it accepts it, and its figures win).
 */
public final class Cart implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the cart: how many of an item, what to leave out and add, a note. */
  public record Line(
      PosItem item, int quantity, List<Choice> removed, List<Choice> added, String note)
      implements Serializable {

    public Line {
      removed = List.copyOf(removed);
      added = List.copyOf(added);
    }

    public Money total() {
      return Totals.lineTotal(item.price(), added.stream().map(Choice::price).toList(), quantity);
    }

    PlaceOrder.Line request() {
      return new PlaceOrder.Line(
          item.code(),
          quantity,
          removed.stream().map(Choice::code).toList(),
          added.stream().map(Choice::code).toList(),
          note);
    }
  }

  private final List<Line> lines = new ArrayList<>();

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

  void clear() {
    lines.clear();
  }

  public Totals totals(BigDecimal taxRate) {
    return Totals.of(lines.stream().map(Line::total).toList(), taxRate);
  }

  List<PlaceOrder.Line> requestLines() {
    return lines.stream().map(Line::request).toList();
  }
}
