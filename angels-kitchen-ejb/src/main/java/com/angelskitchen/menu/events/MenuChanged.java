package com.angelskitchen.menu.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.List;

/**
 * A manager changed the menu (a category, an item, an ingredient or an extra): the POS redraws its
 * buttons and prices. {@code what} names the kind of entry and {@code code} the entry.
 */
public record MenuChanged(long sequence, String what, String code) implements KitchenEvent {

  @Override
  public List<String> stations() {
    return List.of();
  }
}
