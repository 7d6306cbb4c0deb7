package com.angelskitchen.stations.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.time.OffsetDateTime;
import java.util.List;

/** A station finished its ticket (bumped it whole, or bumped its last line). */
public record TicketBumped(
    long sequence,
    long orderId,
    String orderNumber,
    long ticketId,
    String station,
    OffsetDateTime bumpedAt)
    implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of(station);
  }
}
