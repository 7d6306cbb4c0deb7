package com.angelskitchen.ordering.events;

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
}
