package com.angelskitchen.reporting.entity;

import com.angelskitchen.platform.KitchenException;

/**
 * A business day is closed once: a second Z close of the same day (another manager's, a second tap)
 * is refused, saying when and by whom it was closed. What happens after a close goes into the next
 * day's report.
 */
public class DayAlreadyClosedException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param businessDay the day, ISO ({@code 2026-12-07})
   * @param closedAt the time of the close in the restaurant ({@code 23:10})
   * @param closedBy the manager who closed it
   */
  public DayAlreadyClosedException(String businessDay, String closedAt, String closedBy) {
    super(
        Kind.CONFLICT,
        "reports.day-already-closed",
        "business day " + businessDay + " was already closed at " + closedAt + " by " + closedBy,
        businessDay,
        closedAt,
        closedBy);
  }
}
