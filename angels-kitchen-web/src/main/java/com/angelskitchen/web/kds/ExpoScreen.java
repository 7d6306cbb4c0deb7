package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.stations.boundary.KitchenState;
import com.angelskitchen.stations.boundary.KitchenState.OrderOnThePass;
import java.util.List;
import java.util.Optional;

/** The expo screen: every order on the pass with all its tickets; it hears every event whole. */
public enum ExpoScreen implements ScreenModel {
  INSTANCE;

  /** The orders on the pass, and what is out or running low (the low-stock banner). */
  public record Snapshot(
      String type, long sequence, List<OrderOnThePass> orders, List<StockLevel> lowStock) {}

  @Override
  public Optional<Object> live(KitchenEvent event) {
    return Optional.of(event);
  }

  @Override
  public Snapshot snapshot(long sequence, KitchenState kitchen) {
    return new Snapshot("Snapshot", sequence, kitchen.onThePass(), kitchen.lowStock());
  }
}
