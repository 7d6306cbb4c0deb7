package com.angelskitchen.ordering.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class BusinessDayTest {

  static final LocalTime FOUR_AM = LocalTime.of(4, 0);

  @Test
  void anEveningOrderBelongsToThatDay() {
    assertThat(BusinessDay.of(OffsetDateTime.parse("2026-11-27T21:00:00-03:00"), FOUR_AM))
        .isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void afterMidnightTheServiceIsStillTheDayBefore() {
    assertThat(BusinessDay.of(OffsetDateTime.parse("2026-11-28T01:30:00-03:00"), FOUR_AM))
        .isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(BusinessDay.of(OffsetDateTime.parse("2026-11-28T04:00:00-03:00"), FOUR_AM))
        .isEqualTo(LocalDate.of(2026, 11, 28));
  }

  @Test
  void aMidnightStartIsTheCalendarDay() {
    assertThat(
            BusinessDay.of(OffsetDateTime.parse("2026-11-28T00:00:00-03:00"), LocalTime.MIDNIGHT))
        .isEqualTo(LocalDate.of(2026, 11, 28));
  }
}
