package com.angelskitchen.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedApiCredentialsTest {

  VerifiedApiCredentials cut = new VerifiedApiCredentials();
  Instant now = Instant.parse("2026-11-30T20:00:00Z");
  CredentialValidationResult manager = new CredentialValidationResult("manager", Set.of("MANAGER"));

  void at(Instant instant) {
    now = instant;
    cut.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  @Test
  void aVerifiedCredentialIsRememberedForAMinuteAndOnlyForTheSamePassword() {
    at(now);
    assertThat(cut.recall("manager", "secret-one")).isEmpty();
    cut.remember("manager", "secret-one", manager);
    assertThat(cut.recall("manager", "secret-one")).hasValue(manager);
    assertThat(cut.recall("manager", "secret-two")).isEmpty();
    assertThat(cut.recall("cook", "secret-one")).isEmpty();
  }

  @Test
  void afterAMinuteOneCallerChecksAgainWhileTheOthersGoOn() {
    at(now);
    cut.remember("manager", "secret-one", manager);
    at(now.plus(Duration.ofSeconds(61)));
    assertThat(cut.recall("manager", "secret-one")).as("the one to check again").isEmpty();
    assertThat(cut.recall("manager", "secret-one")).as("the others meanwhile").hasValue(manager);
    assertThat(cut.recall("manager", "secret-one")).hasValue(manager);
    cut.remember("manager", "secret-one", manager);
    at(now.plus(Duration.ofSeconds(30)));
    assertThat(cut.recall("manager", "secret-one")).hasValue(manager);
  }

  @Test
  void nothingIsRememberedLongerThanTwoMinutesOrAfterAFailedRecheck() {
    at(now);
    cut.remember("manager", "secret-one", manager);
    at(now.plus(Duration.ofSeconds(121)));
    assertThat(cut.recall("manager", "secret-one")).isEmpty();
    assertThat(cut.recall("manager", "secret-one")).isEmpty();

    cut.remember("manager", "secret-one", manager);
    cut.forget("manager", "secret-one");
    assertThat(cut.recall("manager", "secret-one")).isEmpty();
  }
}
