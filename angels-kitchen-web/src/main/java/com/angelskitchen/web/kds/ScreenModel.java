package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.stations.boundary.KitchenState;
import java.util.Optional;

/**
 * What one kind of screen is shown, shaped in one place: the snapshot it loads when it connects and
 * what each live event becomes for it. One class per kind of channel, so a station's cards look the
 * same whether they came in a snapshot or one by one.
 */
public sealed interface ScreenModel permits StationScreen, ExpoScreen, BoardScreen, PosScreen {

  static ScreenModel of(Channel channel) {
    return switch (channel.kind()) {
      case STATION -> new StationScreen(channel.name());
      case EXPO -> ExpoScreen.INSTANCE;
      case BOARD -> BoardScreen.INSTANCE;
      case POS -> PosScreen.INSTANCE;
    };
  }

  /** The data of the message a live event becomes, or empty when it does not concern the screen. */
  Optional<Object> live(KitchenEvent event);

  /** The screen's whole state at a sequence number (a "Snapshot" message). */
  Object snapshot(long sequence, KitchenState kitchen);
}
