package com.angelskitchen.ordering.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

/**
 * The business day a moment belongs to. A kitchen that closes at 2 a.m. is still in Friday's
 * service: the day starts at a configured time (04:00 by default), not at midnight.
 */
public final class BusinessDay {

  private BusinessDay() {}

  public static LocalDate of(OffsetDateTime moment, LocalTime dayStartsAt) {
    return moment
        .minusHours(dayStartsAt.getHour())
        .minusMinutes(dayStartsAt.getMinute())
        .toLocalDate();
  }

  /** When the business day of this moment began, in the moment's offset. */
  public static OffsetDateTime startOf(OffsetDateTime moment, LocalTime dayStartsAt) {
    return of(moment, dayStartsAt).atTime(dayStartsAt).atOffset(moment.getOffset());
  }
}
