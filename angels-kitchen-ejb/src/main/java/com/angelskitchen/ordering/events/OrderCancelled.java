package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.time.OffsetDateTime;
import java.util.List;

/** The order was cancelled or voided; its stations must stop and see why. */
public record OrderCancelled(
    long sequence,
    long orderId,
    String orderNumber,
    String reason,
    OffsetDateTime cancelledAt,
    List<String> stations)
    implements KitchenEvent {

  public OrderCancelled {
    stations = List.copyOf(stations);
  }
}
