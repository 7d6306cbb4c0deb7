package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import com.angelskitchen.menu.events.MenuChanged;
import com.angelskitchen.ordering.events.OrderAddedTo;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.stations.boundary.KitchenState;
import java.util.Optional;

/**
 * The POS: it keeps its state on the server and redraws from there, so it is told only what changed
 * (every order's status, held ones too, and menu changes), and its snapshot only says "redraw
 * everything".
 */
public enum PosScreen implements ScreenModel {
  INSTANCE;

  @Override
  public Optional<Object> live(KitchenEvent event) {
    if (event instanceof ItemAvailabilityChanged || event instanceof MenuChanged) {
      return Optional.of(event);
    }
    if (event instanceof OrderPlaced placed) {
      return BoardScreen.number(
          placed.order().orderId(), placed.order().orderNumber(), placed.status());
    }
    if (event instanceof OrderAddedTo added) {
      return BoardScreen.number(
          added.order().orderId(), added.order().orderNumber(), added.status());
    }
    return BoardScreen.INSTANCE.live(event);
  }

  @Override
  public ChannelMessages.Marker snapshot(long sequence, KitchenState kitchen) {
    return new ChannelMessages.Marker("Snapshot", sequence);
  }
}
