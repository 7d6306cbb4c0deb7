package com.angelskitchen.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.printing.control.PrintSelection.OpenTicket;
import com.angelskitchen.printing.control.PrintSelection.Station;
import com.angelskitchen.printing.entity.PrintMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintSelectionTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-08T21:00:00-03:00");
  static final Duration THIRTY = Duration.ofSeconds(30);

  static OffsetDateTime ago(int seconds) {
    return NOW.minusSeconds(seconds);
  }

  static final List<OpenTicket> OPEN =
      List.of(
          new OpenTicket(7, ago(100)),
          new OpenTicket(5, ago(300)),
          new OpenTicket(9, ago(100)),
          new OpenTicket(3, ago(10)));

  @Test
  void offPrintsNothing() {
    assertThat(
            PrintSelection.toPrint(new Station(PrintMode.OFF, THIRTY, ago(3600), null), OPEN, NOW))
        .isEmpty();
  }

  @Test
  void everyTicketPrintsTheTicketsFiredSinceItWasTurnedOnOldestFirst() {
    Station station = new Station(PrintMode.EVERY_TICKET, THIRTY, ago(200), NOW);
    assertThat(PrintSelection.toPrint(station, OPEN, NOW)).containsExactly(7L, 9L, 3L);
  }

  @Test
  void fallbackPrintsNothingWhileAScreenWasSeenWithinTheFallback() {
    Station station = new Station(PrintMode.FALLBACK, THIRTY, ago(3600), ago(29));
    assertThat(PrintSelection.toPrint(station, OPEN, NOW)).isEmpty();
    assertThat(
            PrintSelection.toPrint(
                new Station(PrintMode.FALLBACK, THIRTY, ago(3600), ago(30)), OPEN, NOW))
        .as("exactly the fallback: not longer yet")
        .isEmpty();
  }

  @Test
  void fallbackPrintsEveryOpenTicketInFiringOrderOnceTheScreensAreDarkLongerThanTheFallback() {
    Station station = new Station(PrintMode.FALLBACK, THIRTY, ago(3600), ago(31));
    assertThat(PrintSelection.toPrint(station, OPEN, NOW)).containsExactly(5L, 7L, 9L, 3L);
  }

  @Test
  void aStationNeverSeenIsDarkSinceTheModeWasSet() {
    assertThat(
            PrintSelection.toPrint(
                new Station(PrintMode.FALLBACK, THIRTY, ago(10), null), OPEN, NOW))
        .isEmpty();
    assertThat(
            PrintSelection.toPrint(
                new Station(PrintMode.FALLBACK, THIRTY, ago(40), null), OPEN, NOW))
        .containsExactly(5L, 7L, 9L, 3L);
    assertThat(
            PrintSelection.screensDark(
                new Station(PrintMode.FALLBACK, THIRTY, ago(10), ago(3600)), NOW))
        .as("a sighting from before the mode was set counts from the mode")
        .isFalse();
  }

  @Test
  void theSweepReadsTicketsOnlyWhenTheStationMayPrint() {
    assertThat(PrintSelection.mayPrint(new Station(PrintMode.OFF, THIRTY, ago(3600), null), NOW))
        .isFalse();
    assertThat(
            PrintSelection.mayPrint(
                new Station(PrintMode.EVERY_TICKET, THIRTY, ago(3600), ago(1)), NOW))
        .isTrue();
    assertThat(
            PrintSelection.mayPrint(
                new Station(PrintMode.FALLBACK, THIRTY, ago(3600), ago(5)), NOW))
        .as("screens up")
        .isFalse();
    assertThat(
            PrintSelection.mayPrint(
                new Station(PrintMode.FALLBACK, THIRTY, ago(3600), ago(31)), NOW))
        .as("screens dark")
        .isTrue();
  }
}
