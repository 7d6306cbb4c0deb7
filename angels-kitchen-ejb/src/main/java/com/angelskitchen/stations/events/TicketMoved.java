package com.angelskitchen.stations.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.TicketView;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A ticket was sent to another station, whole: it leaves {@code fromStation}'s screen and appears
 * on the screen of {@code ticket.station()}. Carries the order's header and the ticket as it is
 * now, so the new station shows it without asking for it; both stations hear it, and the expo.
 */
public record TicketMoved(
    long sequence,
    OrderHeader order,
    String orderStatus,
    String fromStation,
    OffsetDateTime movedAt,
    TicketView ticket)
    implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of(fromStation, ticket.station());
  }
}
