package com.angelskitchen.stations.control;

import com.angelskitchen.platform.KitchenException;

/** An item that no routing rule names, with no default station to fall back on. */
public class NoStationException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public NoStationException(String item) {
    super(
        Kind.CONFLICT,
        "stations.no-station",
        "no station prepares "
            + item
            + ": no routing rule names it or its category, and no default station is set",
        item);
  }
}
