package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.menu.events.MenuChanged;
import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.stations.events.LineBumped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;

/** Kitchen events for the push tests: small, real ones, told apart by their sequence. */
final class Events {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 14, 13, 5, 0, 0, ZoneOffset.UTC);

  private Events() {}

  /** An event no station sees (only the expo and the POS): the menu changed. */
  static KitchenEvent menuChanged(long sequence) {
    return new MenuChanged(sequence, "item", "croqueta-" + sequence);
  }

  /** A station bumped a line: only that station, the expo (and nobody else) see it. */
  static KitchenEvent lineBumped(long sequence, String station) {
    return new LineBumped(sequence, 7, "A-007", 70, station, 700 + sequence, AT);
  }

  /** An order is ready: the expo, the board and the POS see it, no station does. */
  static KitchenEvent orderReady(long sequence) {
    return new OrderReady(sequence, 7, "A-007", AT);
  }

  /** Events numbered from {@code first} to {@code last}, in that order. */
  static List<KitchenEvent> menuChanges(long first, long last) {
    return LongStream.rangeClosed(first, last).mapToObj(Events::menuChanged).toList();
  }
}
