package com.angelskitchen.reporting.boundary;

import java.time.LocalTime;
import java.util.List;

/**
 * The kitchen right now: open tickets per station and their oldest, orders per quarter hour today.
 */
public record KitchenLoad(List<StationLoad> stations, List<QuarterHour> quarterHours) {

  /** A station's open tickets; {@code oldestMinutes} is null when it has none. */
  public record StationLoad(String station, String name, long openTickets, Double oldestMinutes) {}

  /** Orders placed today in the quarter hour starting at {@code start}. */
  public record QuarterHour(LocalTime start, long orders) {}
}
