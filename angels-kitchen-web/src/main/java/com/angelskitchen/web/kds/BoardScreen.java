package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.ordering.events.OrderAddedTo;
import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.ordering.events.OrderCompleted;
import com.angelskitchen.ordering.events.OrderFired;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.stations.boundary.KitchenState;
import com.angelskitchen.stations.events.TicketRecalled;
import java.util.List;
import java.util.Optional;

/**
 * The customers' board: order numbers and how far each is, nothing else (no names, no lines), in
 * the snapshot and live alike.
 */
public enum BoardScreen implements ScreenModel {
  INSTANCE;

  /** An order number on the board and how far it is. */
  public record Progress(long orderId, String orderNumber, String status) {}

  public record Snapshot(String type, long sequence, List<Progress> orders) {}

  @Override
  public Optional<Object> live(KitchenEvent event) {
    if (event instanceof OrderPlaced placed && !placed.held()) {
      return number(placed.order().orderId(), placed.order().orderNumber(), "IN_KITCHEN");
    }
    if (event instanceof OrderFired fired) {
      return number(fired.order().orderId(), fired.order().orderNumber(), "IN_KITCHEN");
    }
    if (event instanceof OrderAddedTo added && !added.held()) {
      return number(added.order().orderId(), added.order().orderNumber(), added.status());
    }
    if (event instanceof OrderReady ready) {
      return number(ready.orderId(), ready.orderNumber(), "READY");
    }
    if (event instanceof TicketRecalled recalled) {
      return number(
          recalled.order().orderId(), recalled.order().orderNumber(), recalled.orderStatus());
    }
    if (event instanceof OrderCompleted completed) {
      return number(completed.orderId(), completed.orderNumber(), "COMPLETED");
    }
    if (event instanceof OrderCancelled cancelled) {
      return number(cancelled.orderId(), cancelled.orderNumber(), "CANCELLED");
    }
    return Optional.empty();
  }

  static Optional<Object> number(long orderId, String orderNumber, String status) {
    return Optional.of(new Progress(orderId, orderNumber, status));
  }

  @Override
  public Snapshot snapshot(long sequence, KitchenState kitchen) {
    return new Snapshot(
        "Snapshot",
        sequence,
        kitchen.inProgress().stream()
            .map(o -> new Progress(o.orderId(), o.orderNumber(), o.status()))
            .toList());
  }
}
