package com.angelskitchen.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
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
}
