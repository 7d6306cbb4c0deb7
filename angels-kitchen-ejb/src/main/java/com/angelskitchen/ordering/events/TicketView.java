package com.angelskitchen.ordering.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket as a station screen shows it: its lines with modifiers, notes and allergens. {@code
 * addOn} is 0 for the ticket the order was sent with, else the add-on round it brings (the screen
 * says "ADD-ON").
 */
public record TicketView(
    long ticketId,
    long orderId,
    String station,
    String status,
    OffsetDateTime firedAt,
    OffsetDateTime bumpedAt,
    List<Line> lines,
    int addOn) {

  public TicketView {
    lines = List.copyOf(lines);
  }

  /**
   * One line on the ticket. {@code removed} are shown in red with "-", {@code added} in blue with
   * "+"; an {@code unmapped} line is a partner's item not on the menu, flagged for the cook; a
   * {@code voided} line was taken off the order after it was sent: struck through, marked VOID.
   * {@code choices} are the choices made in the item's groups ("Salsa: Criolla"); {@code bundle}
   * names the bundle a flavour is part of ("Docena"), null for a line on its own. {@code
   * prepMinutes} is the item's prep time target when the ticket was made (null: none, as for a
   * dozen, whose flavours carry theirs), against which a screen colours the line's time.
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
      boolean unmapped,
      boolean voided,
      List<String> choices,
      String bundle,
      Integer prepMinutes) {}
}
