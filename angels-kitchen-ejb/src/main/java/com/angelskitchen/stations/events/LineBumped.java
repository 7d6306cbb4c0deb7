package com.angelskitchen.stations.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.time.OffsetDateTime;
import java.util.List;

/** A station bumped one line of a ticket. */
public record LineBumped(
    long sequence,
    long orderId,
    String orderNumber,
    long ticketId,
    String station,
    long ticketLineId,
    OffsetDateTime bumpedAt)
    implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of(station);
  }
}
