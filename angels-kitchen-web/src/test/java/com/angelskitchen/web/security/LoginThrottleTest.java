package com.angelskitchen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.staff.boundary.SignInStrikes;
import com.angelskitchen.staff.control.StaffSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  LoginThrottle cut = new LoginThrottle();
  Instant now = Instant.parse("2026-11-30T20:00:00Z");

  /** The table's behaviour, in memory: the policy is what this test is about. */
  static class StrikesInMemory extends SignInStrikes {
    final Map<String, Strikes> rows = new HashMap<>();

    @Override
    public Optional<Strikes> of(String key) {
      return Optional.ofNullable(rows.get(key));
    }

    @Override
    public Strikes update(String key, UnaryOperator<Strikes> change) {
      Strikes changed = change.apply(rows.get(key));
      if (changed == null) {
        rows.remove(key);
      } else {
        rows.put(key, changed);
      }
      return changed;
    }

    @Override
    public void forget(String key) {
      rows.remove(key);
    }

    @Override
    public void forgetBefore(Instant before) {
      rows.values().removeIf(s -> s.last().isBefore(before));
    }
  }

  @BeforeEach
  void setUp() {
    cut.strikes = new StrikesInMemory();
    cut.settings =
        new StaffSettings() {
          @Override
          public int loginMaxFailures() {
            return 5;
          }

          @Override
          public Duration loginLockout() {
            return Duration.ofSeconds(60);
          }
        };
    cut.clock =
        new Clock() {
          @Override
          public ZoneId getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        };
  }

  @Test
  void fiveFailedAttemptsPauseTheNameAtThatAddressForAMinute() {
    for (int i = 0; i < 5; i++) {
      assertThat(cut.attempt("Ana", "10.0.0.7")).isEmpty();
    }
    assertThat(cut.attempt("ANA", "10.0.0.7")).hasValue(Duration.ofSeconds(60));
    assertThat(cut.paused("ana", "10.0.0.8"))
        .as("a stranger elsewhere has not locked Ana out")
        .isEmpty();
    assertThat(cut.paused("luis", "10.0.0.9")).isEmpty();

    now = now.plusSeconds(61);
    assertThat(cut.paused("ana", "10.0.0.7")).isEmpty();
  }

  @Test
  void aStrikeBelowTheAllowanceDoesNotPauseAnAttemptWhoseClockReadAMomentEarlier() {
    // Two staff sign in from the restaurant's one address at once: the second read the clock a
    // millisecond before the first struck the address.
    Instant earlier = now;
    now = now.plusMillis(1);
    assertThat(cut.attempt("ana", "10.0.0.7")).isEmpty();
    now = earlier;

    assertThat(cut.attempt("luis", "10.0.0.7"))
        .as("the address has 1 strike of 20: nobody is paused")
        .isEmpty();
  }

  @Test
  void attemptsWhilePausedDoNotCountAndEachLaterFailureDoublesThePause() {
    for (int i = 0; i < 5; i++) {
      cut.attempt("ana", "10.0.0.7");
    }
    for (int i = 0; i < 10; i++) {
      assertThat(cut.attempt("ana", "10.0.0.7")).isPresent();
    }
    now = now.plusSeconds(61);
    assertThat(cut.attempt("ana", "10.0.0.7")).isEmpty();
    assertThat(cut.paused("ana", "10.0.0.7")).hasValue(Duration.ofSeconds(120));
  }

  @Test
  void aNameTriedFromManyAddressesAndAnAddressTryingManyNamesArePausedToo() {
    for (int i = 0; i < 20; i++) {
      cut.attempt("manager", "10.0.1." + i);
    }
    assertThat(cut.paused("manager", "10.0.9.9")).isPresent();

    for (int i = 0; i < 20; i++) {
      cut.attempt("guess-" + i, "10.0.0.9");
    }
    assertThat(cut.paused("someone", "10.0.0.9")).isPresent();
    assertThat(cut.paused("someone", "10.0.0.10")).isEmpty();
  }

  @Test
  void aSuccessForgivesTheNameAndOldFailuresAreForgotten() {
    for (int i = 0; i < 4; i++) {
      cut.attempt("ana", "10.0.0.7");
    }
    cut.attempt("ana", "10.0.0.7");
    cut.succeeded("ana", "10.0.0.7");
    assertThat(cut.paused("ana", "10.0.0.7")).isEmpty();
    cut.attempt("ana", "10.0.0.7");
    assertThat(cut.paused("ana", "10.0.0.7")).isEmpty();

    for (int i = 0; i < 3; i++) {
      cut.attempt("luis", "10.0.0.7");
    }
    now = now.plus(Duration.ofMinutes(31));
    cut.attempt("luis", "10.0.0.7");
    cut.attempt("luis", "10.0.0.7");
    assertThat(cut.paused("luis", "10.0.0.7"))
        .as("failures 30 minutes apart do not add up")
        .isEmpty();
  }
}
