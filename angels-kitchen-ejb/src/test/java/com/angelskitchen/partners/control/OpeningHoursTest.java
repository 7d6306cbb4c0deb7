package com.angelskitchen.partners.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.partners.control.OpeningHours.Range;
import com.angelskitchen.platform.KitchenException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

  // 2025-03-14 is a Friday, 2025-03-15 a Saturday.
  static final LocalDate FRIDAY = LocalDate.of(2025, 3, 14);
  static final LocalDate SATURDAY = FRIDAY.plusDays(1);

  /** Lunch and a late dinner on Fridays that runs into Saturday; Saturday lunch only. */
  final OpeningHours cut =
      new OpeningHours(
          Map.of(
              DayOfWeek.FRIDAY,
              List.of(Range.parse("20:00", "02:00"), Range.parse("11:00", "15:00")),
              DayOfWeek.SATURDAY,
              List.of(Range.parse("12:00", "16:00"))),
          Map.of());

  static LocalDateTime at(LocalDate day, String time) {
    return day.atTime(java.time.LocalTime.parse(time));
  }

  @Test
  void openWithinARangeAndClosedBetweenRanges() {
    assertThat(cut.openAt(at(FRIDAY, "11:00"))).isTrue();
    assertThat(cut.openAt(at(FRIDAY, "14:59"))).isTrue();
    assertThat(cut.openAt(at(FRIDAY, "15:00"))).as("closing time is closed").isFalse();
    assertThat(cut.openAt(at(FRIDAY, "17:30"))).isFalse();
    assertThat(cut.openAt(at(FRIDAY, "10:59"))).isFalse();
  }

  @Test
  void aRangeCrossingMidnightIsOpenUntilTheNextDaysClosing() {
    assertThat(cut.openAt(at(FRIDAY, "23:59"))).isTrue();
    assertThat(cut.openAt(at(SATURDAY, "00:30"))).as("Friday's dinner, Saturday 00:30").isTrue();
    assertThat(cut.openAt(at(SATURDAY, "01:59"))).isTrue();
    assertThat(cut.openAt(at(SATURDAY, "02:00"))).isFalse();
    assertThat(cut.openAt(at(SATURDAY, "11:00"))).isFalse();
    assertThat(cut.openAt(at(SATURDAY, "12:00"))).isTrue();
  }

  @Test
  void aWeekdayWithoutRangesIsClosed() {
    assertThat(cut.openAt(at(FRIDAY.minusDays(1), "12:00"))).as("Thursday").isFalse();
  }

  @Test
  void noHoursAtAllIsAlwaysOpen() {
    assertThat(OpeningHours.ALWAYS.openAt(at(FRIDAY, "03:00"))).isTrue();
    assertThat(OpeningHours.ALWAYS.openAt(at(SATURDAY, "23:59"))).isTrue();
  }

  @Test
  void anExceptionClosedAllDayOverridesTheWeek() {
    OpeningHours holiday = new OpeningHours(cut.week(), Map.of(FRIDAY, List.of()));
    assertThat(holiday.openAt(at(FRIDAY, "12:00"))).isFalse();
    assertThat(holiday.openAt(at(FRIDAY, "21:00"))).isFalse();
    assertThat(holiday.openAt(at(SATURDAY, "00:30")))
        .as("no Friday dinner to run into Saturday")
        .isFalse();
    assertThat(holiday.openAt(at(SATURDAY, "12:00"))).isTrue();
  }

  @Test
  void anExceptionWithSpecialHoursReplacesThatDaysRanges() {
    OpeningHours special =
        new OpeningHours(cut.week(), Map.of(FRIDAY, List.of(Range.parse("18:00", "22:00"))));
    assertThat(special.openAt(at(FRIDAY, "12:00"))).isFalse();
    assertThat(special.openAt(at(FRIDAY, "18:30"))).isTrue();
    assertThat(special.openAt(at(FRIDAY, "23:00"))).isFalse();
    assertThat(special.openAt(at(SATURDAY, "00:30"))).isFalse();
  }

  @Test
  void exceptionsAloneLeaveEveryOtherDayOpen() {
    OpeningHours onlyHoliday = new OpeningHours(Map.of(), Map.of(FRIDAY, List.of()));
    assertThat(onlyHoliday.openAt(at(FRIDAY, "12:00"))).isFalse();
    assertThat(onlyHoliday.openAt(at(SATURDAY, "00:30"))).isTrue();
    assertThat(onlyHoliday.openAt(at(SATURDAY, "12:00"))).isTrue();
  }

  @Test
  void midnightToMidnightIsTheWholeDay() {
    OpeningHours allDay =
        new OpeningHours(
            Map.of(DayOfWeek.FRIDAY, List.of(Range.parse("00:00", "00:00"))), Map.of());
    assertThat(allDay.openAt(at(FRIDAY, "00:00"))).isTrue();
    assertThat(allDay.openAt(at(FRIDAY, "23:59"))).isTrue();
    assertThat(allDay.openAt(at(SATURDAY, "00:00"))).isFalse();
  }

  @Test
  void buenosAiresHasNoDaylightSavingSoWallClockHoursAreTheSameAllYear() {
    ZoneId store = ZoneId.of("America/Argentina/Buenos_Aires");
    // 15:00 UTC is 12:00 in Buenos Aires in January and in July alike (UTC-3, no DST).
    for (String utc : List.of("2025-01-17T15:00:00Z", "2025-07-18T15:00:00Z")) {
      LocalDateTime local = ZonedDateTime.parse(utc).withZoneSameInstant(store).toLocalDateTime();
      assertThat(local.toLocalTime()).hasToString("12:00");
      assertThat(cut.openAt(local)).as(utc).isTrue();
    }
  }

  @Test
  void overlappingRangesAreRefused() {
    assertThatThrownBy(
            () ->
                new OpeningHours(
                    Map.of(
                        DayOfWeek.MONDAY,
                        List.of(Range.parse("11:00", "15:00"), Range.parse("14:00", "18:00"))),
                    Map.of()))
        .isInstanceOf(KitchenException.class)
        .extracting(e -> ((KitchenException) e).code())
        .isEqualTo("hours.overlap");
  }

  @Test
  void aRangeCrossingMidnightMayNotRunIntoTheNextDaysFirstRange() {
    assertThatThrownBy(
            () ->
                new OpeningHours(
                    Map.of(
                        DayOfWeek.SUNDAY,
                        List.of(Range.parse("20:00", "03:00")),
                        DayOfWeek.MONDAY,
                        List.of(Range.parse("02:00", "06:00"))),
                    Map.of()))
        .isInstanceOf(KitchenException.class)
        .extracting(e -> ((KitchenException) e).code())
        .isEqualTo("hours.overlap");
  }

  @Test
  void touchingRangesAreFine() {
    OpeningHours touching =
        new OpeningHours(
            Map.of(
                DayOfWeek.MONDAY,
                List.of(Range.parse("11:00", "15:00"), Range.parse("15:00", "18:00"))),
            Map.of());
    assertThat(touching.week().get(DayOfWeek.MONDAY)).hasSize(2);
  }

  @Test
  void badTimesAreRefused() {
    for (String bad : new String[] {"25:00", "9:00", "12:60", "noon", ""}) {
      assertThatThrownBy(() -> Range.parse(bad, "15:00"))
          .as(bad)
          .isInstanceOf(KitchenException.class)
          .extracting(e -> ((KitchenException) e).code())
          .isEqualTo("hours.bad-time");
    }
  }
}
