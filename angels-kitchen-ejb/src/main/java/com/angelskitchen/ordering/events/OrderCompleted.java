package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.time.OffsetDateTime;
import java.util.List;

/** The order was handed out to the guest or the courier. */
public record OrderCompleted(
    long sequence, long orderId, String orderNumber, OffsetDateTime completedAt)
    implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of();
  }
}
