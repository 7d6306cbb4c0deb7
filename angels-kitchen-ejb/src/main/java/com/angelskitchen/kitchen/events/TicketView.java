package com.angelskitchen.kitchen.events;

import com.angelskitchen.kitchen.entity.KitchenTicket;
import com.angelskitchen.kitchen.entity.TicketLine;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import java.time.OffsetDateTime;
import java.util.List;

/** A ticket as a station screen shows it: its lines with modifiers, notes and allergens. */
public record TicketView(
    long ticketId,
    long orderId,
    String station,
    String status,
    OffsetDateTime firedAt,
    OffsetDateTime bumpedAt,
    List<Line> lines) {

  public TicketView {
    lines = List.copyOf(lines);
  }

  /**
   * One line on the ticket. {@code removed} are shown in red with "-", {@code added} in blue with
   * "+"; an {@code unmapped} line is a partner's item not on the menu, flagged for the cook.
   */
  public record Line(
      long ticketLineId,
      long orderLineId,
      int lineNumber,
      String item,
      String kitchenName,
      int quantity,
      List<String> removed,
      List<String> added,
      String note,
      List<String> allergens,
      boolean bumped,
      boolean unmapped) {}

  public static TicketView of(KitchenTicket ticket) {
    return new TicketView(
        ticket.id(),
        ticket.order().id(),
        ticket.station().code(),
        ticket.status().name(),
        ticket.firedAt(),
        ticket.bumpedAt(),
        ticket.lines().stream().map(TicketView::line).toList());
  }

  private static Line line(TicketLine ticketLine) {
    OrderLine line = ticketLine.orderLine();
    return new Line(
        ticketLine.id(),
        line.id(),
        line.lineNumber(),
        line.itemName(),
        line.kitchenName(),
        line.quantity(),
        line.removed().stream().map(LineModifier::name).toList(),
        line.added().stream().map(LineModifier::name).toList(),
        line.note(),
        line.allergens().stream().sorted().map(Enum::name).toList(),
        ticketLine.isBumped(),
        line.isUnmapped());
  }
}
