package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.List;

/**
 * The order's name, note or pickup time changed after it was sent: the stations still working on it
 * show the new header.
 */
public record OrderChanged(long sequence, OrderHeader order, List<String> stations)
    implements KitchenEvent {

  public OrderChanged {
    stations = List.copyOf(stations);
  }
}
