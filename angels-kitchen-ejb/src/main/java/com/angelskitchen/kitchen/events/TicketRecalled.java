package com.angelskitchen.kitchen.events;

import java.time.OffsetDateTime;
import java.util.List;

/** A bumped ticket was brought back to its station's screen; the order is back in the kitchen. */
public record TicketRecalled(
    long sequence,
    long orderId,
    String orderNumber,
    String orderStatus,
    OffsetDateTime recalledAt,
    TicketView ticket)
    implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of(ticket.station());
  }
}
