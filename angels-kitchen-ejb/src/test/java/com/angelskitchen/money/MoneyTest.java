package com.angelskitchen.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void alwaysHasTwoDecimals() {
    assertThat(Money.of("5").amount()).isEqualByComparingTo("5.00").hasToString("5.00");
    assertThat(Money.of("5.5")).isEqualTo(Money.of("5.50"));
  }

  @Test
  void refusesFractionsOfACentAndNegativeAmounts() {
    assertThatThrownBy(() -> Money.of("1.005")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.of("-1.00")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void appliesARateRoundingHalfUpToCents() {
    assertThat(Money.of("10.05").atRate(new BigDecimal("0.21"))).isEqualTo(Money.of("2.11"));
    assertThat(Money.of("0.50").atRate(new BigDecimal("0.21"))).isEqualTo(Money.of("0.11"));
    assertThat(Money.of("0.10").atRate(new BigDecimal("0.05"))).isEqualTo(Money.of("0.01"));
  }

  @Test
  void addsAndMultipliesExactly() {
    assertThat(Money.of("0.10").plus(Money.of("0.20"))).isEqualTo(Money.of("0.30"));
    assertThat(Money.of("1800.00").times(3)).isEqualTo(Money.of("5400.00"));
  }

  @Test
  void splittingEvenlyLosesNoCentAndTheFirstPartsTakeTheCentsLeftOver() {
    assertThat(Money.of("100.00").split(3))
        .containsExactly(Money.of("33.34"), Money.of("33.33"), Money.of("33.33"));
    assertThat(Money.of("0.02").split(3))
        .containsExactly(Money.of("0.01"), Money.of("0.01"), Money.ZERO);
    assertThat(Money.of("5400.00").split(4)).containsOnly(Money.of("1350.00"));
    assertThatThrownBy(() -> Money.of("1.00").split(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allocatingByWeightGivesTheCentLeftOverToTheShareThatLostMostInRounding() {
    // 54000 cents × 4300 / 6200 = 37451.61 → 37451 (lost .61); × 1900 / 6200 = 16548.39 → 16548
    // (lost .39): one cent left, to the first.
    assertThat(Money.of("540.00").allocate(List.of(new BigDecimal("4300"), new BigDecimal("1900"))))
        .containsExactly(Money.of("374.52"), Money.of("165.48"));
  }

  @Test
  void aShareOfWeightZeroGetsNothingAndTiesGoToTheEarlierShare() {
    assertThat(Money.of("1.00").allocate(List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Money.ZERO, Money.of("0.50"), Money.of("0.50"));
    assertThat(Money.of("0.01").allocate(List.of(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE)))
        .containsExactly(Money.ZERO, Money.of("0.01"), Money.ZERO);
    assertThatThrownBy(() -> Money.of("1.00").allocate(List.of(BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyAllocationAddsUpToTheAmount() {
    java.util.Random random = new java.util.Random(25);
    for (int round = 0; round < 2000; round++) {
      Money amount = new Money(BigDecimal.valueOf(random.nextInt(10_000_000), 2));
      List<BigDecimal> weights =
          random
              .ints(1 + random.nextInt(8), 0, 5000)
              .mapToObj(BigDecimal::valueOf)
              .collect(java.util.stream.Collectors.toList());
      weights.set(0, weights.get(0).add(BigDecimal.ONE));
      List<Money> shares = amount.allocate(weights);
      assertThat(shares.stream().reduce(Money.ZERO, Money::plus)).isEqualTo(amount);
      for (int i = 0; i < shares.size(); i++) {
        if (weights.get(i).signum() == 0) {
          assertThat(shares.get(i)).isEqualTo(Money.ZERO);
        }
      }
    }
  }
}
