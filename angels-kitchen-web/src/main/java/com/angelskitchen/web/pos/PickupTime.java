package com.angelskitchen.web.pos;

import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A pickup time as the cashier types it ("21:30", the store's clock), for a new order and for a
 * change to one: today, or, before the business day's start (04:00), tomorrow morning when that
 * time has passed today.
 */
final class PickupTime {

  private PickupTime() {}

  /**
   * @return empty for "as soon as possible" (nothing typed); null, with the error on the page, for
   *     a time that is not one or has passed
   */
  static Optional<OffsetDateTime> read(
      String typed, Clock clock, StoreFormat format, LocalTime businessDayStartsAt) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    LocalTime time;
    try {
      time = LocalTime.parse(typed.strip());
    } catch (DateTimeParseException notATime) {
      PageMessages.error("pos.pickup.unreadable", typed.strip());
      return null;
    }
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(format.zone()));
    ZonedDateTime at = now.with(time).truncatedTo(ChronoUnit.MINUTES);
    if (at.isBefore(now.truncatedTo(ChronoUnit.MINUTES))) {
      if (!time.isBefore(businessDayStartsAt)) {
        PageMessages.error("pos.pickup.passed", format.time(now.toOffsetDateTime()));
        return null;
      }
      at = at.plusDays(1);
    }
    return Optional.of(at.toOffsetDateTime());
  }

  /** A pickup time as the cashier reads it again ("21:30"), or blank. */
  static String shown(OffsetDateTime pickupAt, StoreFormat format) {
    return pickupAt == null
        ? null
        : pickupAt
            .atZoneSameInstant(format.zone())
            .toLocalTime()
            .truncatedTo(ChronoUnit.MINUTES)
            .toString();
  }
}
