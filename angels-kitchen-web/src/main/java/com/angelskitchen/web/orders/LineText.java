package com.angelskitchen.web.orders;

import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An order line in one short text, for lists: the same on the orders page and the POS. */
public final class LineText {

  private LineText() {}

  /**
   * "2× Empanada de carne (-Cebolla +Extra queso)", "1× Docena (Sabores: Carne ×6, Sabores: Humita
   * ×6, Salsa: Criolla)".
   */
  public static String of(OrderLine line) {
    String modifiers =
        Stream.of(
                line.choices().stream().map(LineModifier::label),
                line.removed().stream().map(m -> "-" + m.name()),
                line.added().stream().map(LineModifier::name).map(n -> "+" + n))
            .flatMap(s -> s)
            .collect(Collectors.joining(line.choices().isEmpty() ? " " : ", "));
    return line.quantity()
        + "× "
        + line.itemName()
        + (modifiers.isEmpty() ? "" : " (" + modifiers + ")");
  }
}
