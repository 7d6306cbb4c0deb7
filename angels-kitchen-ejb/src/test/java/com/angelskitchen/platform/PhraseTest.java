package com.angelskitchen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.platform.persistence.PhraseArguments;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTest {

  @Test
  void keepsTheValuesAndSaysThemInEnglish() {
    Phrase said =
        Phrase.of(
            "outcome.placed-unmapped", "placed as order {0} (unmapped: {1})", "012", "Humita");

    assertThat(said.code()).isEqualTo("outcome.placed-unmapped");
    assertThat(said.arguments()).containsExactly("012", "Humita");
    assertThat(said.english()).isEqualTo("placed as order 012 (unmapped: Humita)");
  }

  @Test
  void anEnumIsKeptByTypeAndNameAndSaidInLowerCase() {
    Phrase said =
        Phrase.of(
            "outcome.already-final", "order {0} was already {1}", "007", OrderStatus.IN_KITCHEN);

    assertThat(said.arguments()).containsExactly("007", "OrderStatus.IN_KITCHEN");
    assertThat(said.english()).isEqualTo("order 007 was already in kitchen");
  }

  @Test
  void aValueHoldingAPlaceholderIsNotFilledAgain() {
    Phrase said = Phrase.of("outcome.declined", "denied: {0} / {1}", "{1} $5", "x");

    assertThat(said.english()).isEqualTo("denied: {1} $5 / x");
  }

  @Test
  void clippingCutsTheEnglishWordsAndKeepsTheCode() {
    Phrase said = Phrase.of("outcome.denied-86", "86'd: {0}", "Empanada de carne, ".repeat(40));

    Phrase clipped = said.clipped(50);

    assertThat(clipped.english()).hasSize(50).startsWith("86'd: Empanada").endsWith("…");
    assertThat(clipped.code()).isEqualTo("outcome.denied-86");
    assertThat(clipped.arguments()).isEqualTo(said.arguments());
  }

  @Test
  void aCodeIsLowerCaseWordsWithDots() {
    assertThatThrownBy(() -> Phrase.of("Outcome placed", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Phrase.of("outcome", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Phrase.plain("java.io.IOException: broken pipe").code()).isNull();
  }

  @Test
  void theArgumentsAreKeptAsAJsonArrayOfStrings() {
    PhraseArguments column = new PhraseArguments();

    String kept = column.convertToDatabaseColumn(List.of("012", "Humita \"sin\" cebolla", "ñ"));

    assertThat(kept).isEqualTo("[\"012\",\"Humita \\\"sin\\\" cebolla\",\"ñ\"]");
    assertThat(column.convertToEntityAttribute(kept))
        .containsExactly("012", "Humita \"sin\" cebolla", "ñ");
    assertThat(column.convertToDatabaseColumn(List.of())).isNull();
    assertThat(column.convertToEntityAttribute(null)).isEmpty();
  }
}
