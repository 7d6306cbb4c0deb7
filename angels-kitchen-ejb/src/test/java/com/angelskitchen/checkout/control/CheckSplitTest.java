package com.angelskitchen.checkout.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class CheckSplitTest {

  @Test
  void anEvenSplitLosesNoCent() {
    // 5880.60 in 3 = 1960.20 each
    assertThat(CheckSplit.evenly(Money.of("5880.60"), 3)).containsOnly(Money.of("1960.20"));
    // 100.00 in 3: 33.34 + 33.33 + 33.33
    assertThat(CheckSplit.evenly(Money.of("100.00"), 3))
        .containsExactly(Money.of("33.34"), Money.of("33.33"), Money.of("33.33"));
    assertThatThrownBy(() -> CheckSplit.evenly(Money.of("100.00"), 1))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> CheckSplit.evenly(Money.of("100.00"), 21))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aSplitByItemSharesTheTotalInProportionToTheLinesItHolds() {
    // Lines 3600 (2 carne), 1800 (1 carne), 1500 (gaseosa); tax on top 21 %: total 8349.00.
    // Part 1 holds 3600 + 1500 = 5100 of 6900: 8349 × 5100 / 6900 = 6171.00; part 2 the rest.
    SortedMap<Integer, CheckSplit.Part> parts =
        CheckSplit.byItem(
            Money.of("8349.00"),
            Map.of(11L, Money.of("3600.00"), 12L, Money.of("1800.00"), 13L, Money.of("1500.00")),
            Map.of(11L, 1, 12L, 2, 13L, 1));

    assertThat(parts.get(1).lineIds()).containsExactly(11L, 13L);
    assertThat(parts.get(2).lineIds()).containsExactly(12L);
    assertThat(parts.get(1).amount()).isEqualTo(Money.of("6171.00"));
    assertThat(parts.get(2).amount()).isEqualTo(Money.of("2178.00"));
  }

  @Test
  void theCentLeftOverGoesToThePartThatLostMostInRounding() {
    // 100.00 after a discount, three equal lines, two in part 1: 66.666… → 66.66 (lost .67 of a
    // cent) and 33.333… → 33.33 (lost .33): the cent to part 1.
    SortedMap<Integer, CheckSplit.Part> parts =
        CheckSplit.byItem(
            Money.of("100.00"),
            Map.of(1L, Money.of("40.00"), 2L, Money.of("40.00"), 3L, Money.of("40.00")),
            Map.of(1L, 1, 2L, 1, 3L, 2));

    assertThat(parts.get(1).amount()).isEqualTo(Money.of("66.67"));
    assertThat(parts.get(2).amount()).isEqualTo(Money.of("33.33"));
  }

  @Test
  void everyLineGoesToAPartAndThePartsAreNumberedWithoutAGap() {
    Map<Long, Money> lines = Map.of(1L, Money.of("10.00"), 2L, Money.of("20.00"));
    assertThatThrownBy(() -> CheckSplit.byItem(Money.of("30.00"), lines, Map.of(1L, 1)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("every line");
    assertThatThrownBy(() -> CheckSplit.byItem(Money.of("30.00"), lines, Map.of(1L, 1, 2L, 3)))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("number the parts");
    assertThatThrownBy(() -> CheckSplit.byItem(Money.of("30.00"), lines, Map.of(1L, 1, 2L, 1)))
        .as("one part is no split")
        .isInstanceOf(InvalidRequestException.class);
    Map<Long, Integer> unnumbered = new java.util.HashMap<>();
    unnumbered.put(1L, 1);
    unnumbered.put(2L, null);
    assertThatThrownBy(() -> CheckSplit.byItem(Money.of("30.00"), lines, unnumbered))
        .as("a line without a part")
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aCompedCheckSplitsIntoZeroes() {
    SortedMap<Integer, CheckSplit.Part> parts =
        CheckSplit.byItem(Money.ZERO, Map.of(1L, Money.ZERO, 2L, Money.ZERO), Map.of(1L, 1, 2L, 2));
    assertThat(parts.values()).extracting(CheckSplit.Part::amount).containsOnly(Money.ZERO);
    assertThat(List.copyOf(parts.keySet())).containsExactly(1, 2);
  }
}
