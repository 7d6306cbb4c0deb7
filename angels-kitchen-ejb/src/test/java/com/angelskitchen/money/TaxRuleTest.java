package com.angelskitchen.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The VAT of a charge, worked out by hand for each case. */
class TaxRuleTest {

  static final TaxRule IVA_INCLUDED = TaxRule.included("0.21");
  static final TaxRule ON_TOP = TaxRule.onTop("0.21");

  @Test
  void includedVatIsTheChargeTimesRateOverOnePlusRateRoundedHalfUp() {
    // 1800 × 0.21 / 1.21 = 378 / 1.21 = 312.3966… → 312.40
    assertThat(IVA_INCLUDED.taxOf(Money.of("1800.00"))).isEqualTo(Money.of("312.40"));
    // 5400 × 0.21 / 1.21 = 1134 / 1.21 = 937.1900… → 937.19
    assertThat(IVA_INCLUDED.taxOf(Money.of("5400.00"))).isEqualTo(Money.of("937.19"));
    // 0.06 × 0.21 / 1.21 = 0.0104… → 0.01; 0.02 → 0.0034… → 0.00
    assertThat(IVA_INCLUDED.taxOf(Money.of("0.06"))).isEqualTo(Money.of("0.01"));
    assertThat(IVA_INCLUDED.taxOf(Money.of("0.02"))).isEqualTo(Money.ZERO);
    assertThat(IVA_INCLUDED.totalOf(Money.of("5400.00")))
        .as("the guest pays the menu price")
        .isEqualTo(Money.of("5400.00"));
  }

  @Test
  void taxOnTopIsTheChargeTimesRateRoundedHalfUpAndAdded() {
    // 5400 × 0.21 = 1134.00; 0.10 × 0.25 = 0.025 → 0.03 (half up)
    assertThat(ON_TOP.taxOf(Money.of("5400.00"))).isEqualTo(Money.of("1134.00"));
    assertThat(ON_TOP.totalOf(Money.of("5400.00"))).isEqualTo(Money.of("6534.00"));
    assertThat(TaxRule.onTop("0.25").taxOf(Money.of("0.10"))).isEqualTo(Money.of("0.03"));
  }

  @Test
  void aRateOfZeroTaxesNothingEitherWay() {
    assertThat(TaxRule.included("0").taxOf(Money.of("1800.00"))).isEqualTo(Money.ZERO);
    assertThat(TaxRule.onTop("0").totalOf(Money.of("1800.00"))).isEqualTo(Money.of("1800.00"));
  }

  @Test
  void aRateIsAtLeastZeroAndBelowOne() {
    assertThatThrownBy(() -> new TaxRule(new BigDecimal("-0.01"), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TaxRule(BigDecimal.ONE, false))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
