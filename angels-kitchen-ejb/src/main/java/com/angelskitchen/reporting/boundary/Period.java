package com.angelskitchen.reporting.boundary;

import com.angelskitchen.platform.InvalidRequestException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Business days from {@code first} to {@code last}, both included; at most two years. */
public record Period(LocalDate first, LocalDate last) {

  public static final int LONGEST_DAYS = 731;

  public Period {
    if (first == null || last == null) {
      throw new InvalidRequestException(
          "reports.period-incomplete", "a period needs its first and last business day");
    }
    if (last.isBefore(first)) {
      throw new InvalidRequestException(
          "reports.period-reversed", "a period ends on or after the day it starts");
    }
    if (ChronoUnit.DAYS.between(first, last) >= LONGEST_DAYS) {
      throw new InvalidRequestException(
          "reports.period-too-long", "a period is at most " + LONGEST_DAYS + " days", LONGEST_DAYS);
    }
  }

  public static Period day(LocalDate day) {
    return new Period(day, day);
  }

  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }
}
