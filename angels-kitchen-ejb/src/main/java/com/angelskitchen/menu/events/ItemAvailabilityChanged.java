package com.angelskitchen.menu.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.List;

/** An item was 86'd ({@code available} false) or restored. */
public record ItemAvailabilityChanged(
    long sequence, String itemCode, String itemName, boolean available) implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of();
  }
}
