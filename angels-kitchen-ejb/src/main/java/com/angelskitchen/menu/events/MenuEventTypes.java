package com.angelskitchen.menu.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.kitchenlog.events.KitchenEventTypes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The menu's kitchen events, for the kitchen log to read back. */
@ApplicationScoped
public class MenuEventTypes implements KitchenEventTypes {

  @Override
  public List<Class<? extends KitchenEvent>> types() {
    return List.of(ItemAvailabilityChanged.class, MenuChanged.class, StockLevelsChanged.class);
  }
}
