package com.angelskitchen.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHashesTest {

  PasswordHashes cut = new PasswordHashes(10_000);

  @Test
  void theRightPasswordMatchesAndAnyOtherDoesNot() {
    String hash = cut.hash("empanada-de-carne".toCharArray());
    assertThat(cut.matches("empanada-de-carne".toCharArray(), hash)).isTrue();
    assertThat(cut.matches("empanada-de-pollo".toCharArray(), hash)).isFalse();
    assertThat(cut.matches("".toCharArray(), hash)).isFalse();
  }

  @Test
  void hashesAreSaltedAndInJakartaSecurityFormat() {
    String one = cut.hash("same password".toCharArray());
    String two = cut.hash("same password".toCharArray());
    assertThat(one).isNotEqualTo(two).startsWith("PBKDF2WithHmacSHA512:10000:");
    assertThat(one.split(":")).hasSize(4);
  }

  @Test
  void aHashMadeWithOtherIterationsStillMatches() {
    String old = new PasswordHashes(20_000).hash("fritura-2024".toCharArray());
    assertThat(cut.matches("fritura-2024".toCharArray(), old)).isTrue();
  }

  @Test
  void malformedOrMissingHashesNeverMatch() {
    assertThat(cut.matches("x".toCharArray(), null)).isFalse();
    assertThat(cut.matches("x".toCharArray(), "plain")).isFalse();
    assertThat(cut.matches("x".toCharArray(), "PBKDF2WithHmacSHA512:abc:AA==:AA==")).isFalse();
    assertThat(cut.matches("x".toCharArray(), "PBKDF2WithHmacSHA512:1000:!!:AA==")).isFalse();
  }

  @Test
  void tooFewIterationsAreRefused() {
    assertThatThrownBy(() -> new PasswordHashes(1000)).isInstanceOf(IllegalArgumentException.class);
  }
}
