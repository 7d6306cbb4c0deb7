package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.kitchenlog.events.KitchenEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The orders' kitchen events, for the kitchen log to read back. */
@ApplicationScoped
public class OrderEventTypes implements KitchenEventTypes {

  @Override
  public List<Class<? extends KitchenEvent>> types() {
    return List.of(
        OrderPlaced.class,
        OrderFired.class,
        OrderReady.class,
        OrderCompleted.class,
        OrderCancelled.class,
        OrderAddedTo.class,
        LineVoided.class,
        OrderChanged.class);
  }
}
