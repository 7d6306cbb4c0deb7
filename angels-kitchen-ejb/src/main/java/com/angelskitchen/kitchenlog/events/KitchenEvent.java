package com.angelskitchen.kitchenlog.events;

import java.util.List;

/**
 * A fact the kitchen screens must learn about. Its sequence is its position in the kitchen log:
 * strictly increasing in commit order, so a screen that saw sequence n has seen every event up to n
 * and needs exactly those after it.
 */
public interface KitchenEvent {

  long sequence();

  /** The name screens switch on; by default the record's simple name, e.g. OrderPlaced. */
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * The stations whose screens this event changes, for routing and for replaying one station's
   * events. Empty when it concerns no station's screen (the expo and the POS see every event).
   */
  List<String> stations();
}
