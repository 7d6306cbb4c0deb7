package com.angelskitchen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.platform.config.KitchenSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  LoginThrottle cut = new LoginThrottle();
  Instant now = Instant.parse("2026-11-30T20:00:00Z");

  @BeforeEach
  void setUp() {
    cut.settings =
        new KitchenSettings() {
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
  void fiveWrongPasswordsPauseTheUsernameForAMinute() {
    for (int i = 0; i < 4; i++) {
      cut.failed("Ana", "10.0.0.7");
      assertThat(cut.paused("ana", "10.0.0.8")).isEmpty();
    }
    cut.failed("ana", "10.0.0.7");
    assertThat(cut.paused("ANA", "10.0.0.8")).hasValue(Duration.ofSeconds(60));
    assertThat(cut.paused("luis", "10.0.0.8")).as("other names are not paused").isEmpty();

    now = now.plusSeconds(61);
    assertThat(cut.paused("ana", "10.0.0.8")).isEmpty();
  }

  @Test
  void eachFurtherFailureDoublesThePauseUpToFifteenMinutes() {
    for (int i = 0; i < 6; i++) {
      cut.failed("ana", "10.0.0.7");
    }
    assertThat(cut.paused("ana", "x")).hasValue(Duration.ofSeconds(120));
    for (int i = 0; i < 10; i++) {
      cut.failed("ana", "10.0.0.7");
    }
    assertThat(cut.paused("ana", "x")).hasValue(Duration.ofMinutes(15));
  }

  @Test
  void anAddressIsPausedAfterFourTimesAsManyFailuresAcrossNames() {
    for (int i = 0; i < 19; i++) {
      cut.failed("guess-" + i, "10.0.0.9");
    }
    assertThat(cut.paused("someone", "10.0.0.9")).isEmpty();
    cut.failed("guess-19", "10.0.0.9");
    assertThat(cut.paused("someone", "10.0.0.9")).isPresent();
  }

  @Test
  void aSuccessForgivesAndOldFailuresAreForgotten() {
    for (int i = 0; i < 4; i++) {
      cut.failed("ana", "10.0.0.7");
    }
    cut.succeeded("ana", "10.0.0.7");
    cut.failed("ana", "10.0.0.7");
    assertThat(cut.paused("ana", "x")).isEmpty();

    for (int i = 0; i < 3; i++) {
      cut.failed("ana", "10.0.0.7");
    }
    now = now.plus(Duration.ofMinutes(31));
    cut.failed("ana", "10.0.0.7");
    assertThat(cut.paused("ana", "x")).as("failures 30 minutes apart do not add up").isEmpty();
  }
}
