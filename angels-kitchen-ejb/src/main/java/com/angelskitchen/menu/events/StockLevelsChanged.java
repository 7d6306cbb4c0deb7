package com.angelskitchen.menu.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.List;

/**
 * Counted stock changed while low (or became low, or stopped being low): the levels as they are
 * now, for the low-stock banners of every kitchen screen. Only what changed is listed, each with
 * its whole new level, so a screen replaces its entries by kind and code; one whose {@code alert}
 * is false leaves the banner.
 */
public record StockLevelsChanged(long sequence, List<StockLevel> levels) implements KitchenEvent {

  public StockLevelsChanged {
    levels = List.copyOf(levels);
  }

  /** Every station's screen shows the banner: see the station model, which lets it through. */
  @Override
  public List<String> stations() {
    return List.of();
  }
}
