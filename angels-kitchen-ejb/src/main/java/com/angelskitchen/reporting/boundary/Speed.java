package com.angelskitchen.reporting.boundary;

import java.util.List;

/**
 * Speed of service over a period: per station the time from a ticket's firing to its bump (median
 * and 90th percentile, in minutes) and the share of tickets bumped after the station's "late"
 * threshold; the slowest items (line fired → line bumped); orders from placement to READY (a
 * scheduled order's wait until its fire time included; cancelled orders left out).
 */
public record Speed(
    Period period, List<StationSpeed> stations, List<SlowItem> slowestItems, OrderTime orders) {

  /** One station's ticket times. */
  public record StationSpeed(
      String station,
      String name,
      long tickets,
      double medianMinutes,
      double p90Minutes,
      int lateAfterMinutes,
      double lateShare) {}

  /** An item's average time at its station. */
  public record SlowItem(String station, String item, long lines, double averageMinutes) {}

  /** Orders from placement to READY. */
  public record OrderTime(long orders, double medianMinutes, double p90Minutes) {}
}
