package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.time.OffsetDateTime;
import java.util.List;

/** Every station bumped its ticket: the order can be handed out. */
public record OrderReady(long sequence, long orderId, String orderNumber, OffsetDateTime readyAt)
    implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of();
  }
}
