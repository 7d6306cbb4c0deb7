package com.angelskitchen.printing.entity;

/** When a station's tickets come out on paper. */
public enum PrintMode {
  /** Never: the screens are the only ticket. */
  OFF,
  /** Every ticket fired to the station, as it is fired. */
  EVERY_TICKET,
  /**
   * Only when every screen of the station has been dark for longer than the fallback seconds: then
   * all its open tickets, oldest first, and each new one as it comes.
   */
  FALLBACK
}
