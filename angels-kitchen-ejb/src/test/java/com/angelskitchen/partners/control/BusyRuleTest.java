package com.angelskitchen.partners.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.partners.control.BusyRule.Change;
import com.angelskitchen.partners.control.BusyRule.Load;
import com.angelskitchen.partners.control.BusyRule.State;
import com.angelskitchen.partners.control.BusyRule.Thresholds;
import com.angelskitchen.partners.control.BusyRule.Verdict;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class BusyRuleTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2025-03-14T21:00:00-03:00");
  static final Thresholds LIMITS = new Thresholds(10, 20, Duration.ofSeconds(120));
  static final State IDLE = new State(false, false, null);
  static final State BUSY = new State(true, false, null);

  @Test
  void switchesOnWhenOpenTicketsReachTheirThreshold() {
    Verdict verdict = BusyRule.decide(IDLE, LIMITS, new Load(10, 3), NOW);
    assertThat(verdict.change()).isEqualTo(Change.ON);
    assertThat(verdict.why().code()).isEqualTo("busy.why-open-tickets");
    assertThat(BusyRule.decide(IDLE, LIMITS, new Load(9, 3), NOW).change()).isEqualTo(Change.NONE);
  }

  @Test
  void switchesOnWhenTheOldestTicketIsTooOldEvenWithFewTickets() {
    Verdict verdict = BusyRule.decide(IDLE, LIMITS, new Load(2, 20), NOW);
    assertThat(verdict.change()).isEqualTo(Change.ON);
    assertThat(verdict.why().code()).isEqualTo("busy.why-oldest-ticket");
  }

  @Test
  void aThresholdLeftEmptyIsNotUsed() {
    Thresholds ticketsOnly = new Thresholds(10, null, Duration.ZERO);
    assertThat(BusyRule.decide(IDLE, ticketsOnly, new Load(1, 500), NOW).change())
        .isEqualTo(Change.NONE);
  }

  @Test
  void withoutThresholdsNothingIsAutomatic() {
    Thresholds none = new Thresholds(null, null, Duration.ZERO);
    assertThat(BusyRule.decide(IDLE, none, new Load(999, 999), NOW).change())
        .isEqualTo(Change.NONE);
    assertThat(BusyRule.decide(BUSY, none, new Load(0, 0), NOW).change()).isEqualTo(Change.NONE);
  }

  @Test
  void staysOnWhileOverAndForgetsAnyCalmPeriod() {
    State calming = new State(true, false, NOW.minusSeconds(60));
    Verdict verdict = BusyRule.decide(calming, LIMITS, new Load(12, 5), NOW);
    assertThat(verdict.change()).isEqualTo(Change.NONE);
    assertThat(verdict.calmSince()).isNull();
  }

  @Test
  void belowBothThresholdsStartsTheCalmPeriodButDoesNotSwitchOffYet() {
    Verdict verdict = BusyRule.decide(BUSY, LIMITS, new Load(3, 2), NOW);
    assertThat(verdict.change()).isEqualTo(Change.NONE);
    assertThat(verdict.calmSince()).isEqualTo(NOW);
  }

  @Test
  void switchesOffOnlyOnceTheCalmPeriodHasPassed() {
    State calm = new State(true, false, NOW.minusSeconds(119));
    Verdict early = BusyRule.decide(calm, LIMITS, new Load(3, 2), NOW);
    assertThat(early.change()).isEqualTo(Change.NONE);
    assertThat(early.calmSince()).isEqualTo(NOW.minusSeconds(119));

    Verdict later = BusyRule.decide(calm, LIMITS, new Load(3, 2), NOW.plusSeconds(1));
    assertThat(later.change()).isEqualTo(Change.OFF);
    assertThat(later.why().code()).isEqualTo("busy.why-calm");
    assertThat(later.calmSince()).isNull();
  }

  @Test
  void aZeroCalmPeriodSwitchesOffAtTheFirstEvaluationBelow() {
    Thresholds noWait = new Thresholds(10, null, Duration.ZERO);
    assertThat(BusyRule.decide(BUSY, noWait, new Load(9, 0), NOW).change()).isEqualTo(Change.OFF);
  }

  @Test
  void aManagersSwitchIsNeverUndoneAutomatically() {
    State manuallyOn = new State(true, true, null);
    assertThat(BusyRule.decide(manuallyOn, LIMITS, new Load(0, 0), NOW.plusHours(3)).change())
        .isEqualTo(Change.NONE);
    State manuallyOff = new State(false, true, null);
    assertThat(BusyRule.decide(manuallyOff, LIMITS, new Load(50, 60), NOW).change())
        .isEqualTo(Change.NONE);
  }
}
