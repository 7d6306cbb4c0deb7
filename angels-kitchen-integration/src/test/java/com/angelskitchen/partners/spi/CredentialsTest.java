package com.angelskitchen.partners.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void hmacSha256HexMatchesKnownVectors() {
    assertThat(
            Credentials.hmacSha256Hex("key", utf8("The quick brown fox jumps over the lazy dog")))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    // RFC 4231, test case 2
    assertThat(Credentials.hmacSha256Hex("Jefe", utf8("what do ya want for nothing?")))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void matchesOnlyTheExactExpectedCredential() {
    assertThat(Credentials.matches("mostrador-s3cret", "mostrador-s3cret")).isTrue();
    assertThat(Credentials.matches("mostrador-s3creT", "mostrador-s3cret")).isFalse();
    assertThat(Credentials.matches("mostrador-s3cret ", "mostrador-s3cret")).isFalse();
    assertThat(Credentials.matches("mostrador", "mostrador-s3cret")).isFalse();
  }

  @Test
  void nullOrEmptyNeverMatches() {
    assertThat(Credentials.matches(null, "mostrador-s3cret")).isFalse();
    assertThat(Credentials.matches("", "mostrador-s3cret")).isFalse();
    assertThat(Credentials.matches("mostrador-s3cret", null)).isFalse();
    assertThat(Credentials.matches("", "")).as("an unset token lets nobody in").isFalse();
    assertThat(Credentials.matches(null, null)).isFalse();
  }

  @Test
  void bearerTakesTheTokenOfABearerHeaderOnly() {
    assertThat(Credentials.bearer("Bearer mostrador-s3cret")).isEqualTo("mostrador-s3cret");
    assertThat(Credentials.bearer("bearer   mostrador-s3cret  ")).isEqualTo("mostrador-s3cret");
    assertThat(Credentials.bearer("Basic bW9zdHJhZG9y")).isNull();
    assertThat(Credentials.bearer("Bearer")).isNull();
    assertThat(Credentials.bearer(null)).isNull();
  }
}
