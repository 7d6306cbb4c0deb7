package com.angelskitchen.ordering.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyKeyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "0f8fad5b-d9cb-469f-a165-70867728950e",
        "till-3:2026-12-05T12.00_17",
        "ABC.def_GHI:jkl-012"
      })
  void takesKeysOfTheAllowedCharacters(String value) {
    IdempotencyKey cut = new IdempotencyKey(value);

    assertThat(cut.value()).isEqualTo(value);
    assertThat(cut).hasToString(value);
  }

  @Test
  void takesAKeyOf128CharactersButNot129() {
    assertThat(new IdempotencyKey("k".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> new IdempotencyKey("k".repeat(129)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("1 to 128 characters");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " ", "two words", "key/with/slashes", "ñandú", "a\nb", "k+1", "k=1"})
  void refusesAnythingElseNamingTheRule(String value) {
    assertThatThrownBy(() -> new IdempotencyKey(value))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "the Idempotency-Key must be 1 to 128 characters, each a letter, a digit or one of"
                + " . _ : - (a UUID fits)");
  }

  @Test
  void aRandomKeyIsAValidUuidAndNewEachTime() {
    IdempotencyKey cut = IdempotencyKey.random();

    assertThat(cut.value())
        .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    assertThat(IdempotencyKey.random()).isNotEqualTo(cut);
  }
}
