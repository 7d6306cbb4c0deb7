package com.angelskitchen.stations.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.TicketView;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A bumped ticket was brought back to its station's screen; the order is back in the kitchen.
 * Carries the order's header so a screen can show the ticket again without asking for it.
 */
public record TicketRecalled(
    long sequence,
    OrderHeader order,
    String orderStatus,
    OffsetDateTime recalledAt,
    TicketView ticket)
    implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of(ticket.station());
  }
}
