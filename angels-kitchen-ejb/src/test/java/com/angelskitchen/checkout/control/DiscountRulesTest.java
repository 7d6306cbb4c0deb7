package com.angelskitchen.checkout.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.checkout.entity.DiscountKind;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DiscountRulesTest {

  static final Money LINE = Money.of("5400.00");

  @Test
  void aPercentageIsOfWhatItAppliesToRoundedHalfUp() {
    assertThat(DiscountRules.amountOf(DiscountKind.PERCENT, new BigDecimal("10"), LINE))
        .isEqualTo(Money.of("540.00"));
    // 1805.55 × 15 % = 270.8325 → 270.83; 0.05 × 50 % = 0.025 → 0.03
    assertThat(
            DiscountRules.amountOf(DiscountKind.PERCENT, new BigDecimal("15"), Money.of("1805.55")))
        .isEqualTo(Money.of("270.83"));
    assertThat(DiscountRules.amountOf(DiscountKind.PERCENT, new BigDecimal("50"), Money.of("0.05")))
        .isEqualTo(Money.of("0.03"));
    assertThat(DiscountRules.amountOf(DiscountKind.PERCENT, new BigDecimal("100"), LINE))
        .as("a comp")
        .isEqualTo(LINE);
  }

  @Test
  void anAmountIsTakenOffAsItIsAndNeverMoreThanIsLeft() {
    assertThat(DiscountRules.amountOf(DiscountKind.AMOUNT, new BigDecimal("500"), LINE))
        .isEqualTo(Money.of("500.00"));
    assertThatThrownBy(
            () -> DiscountRules.amountOf(DiscountKind.AMOUNT, new BigDecimal("5400.01"), LINE))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("more than what is left");
  }

  @Test
  void aDiscountIsAboveZeroInCentsAndAPercentageAtMostAHundred() {
    for (String value : new String[] {"0", "-5", "1.005"}) {
      assertThatThrownBy(
              () -> DiscountRules.amountOf(DiscountKind.AMOUNT, new BigDecimal(value), LINE))
          .as(value)
          .isInstanceOf(InvalidRequestException.class);
    }
    assertThatThrownBy(
            () -> DiscountRules.amountOf(DiscountKind.PERCENT, new BigDecimal("100.01"), LINE))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> DiscountRules.amountOf(null, BigDecimal.ONE, LINE))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void aManagerApprovesADiscountAboveTheLimitOfWhatItAppliesTo() {
    BigDecimal limit = BigDecimal.TEN;
    assertThat(DiscountRules.needsApproval(Money.of("540.00"), LINE, limit)).as("10 %").isFalse();
    assertThat(DiscountRules.needsApproval(Money.of("540.01"), LINE, limit)).isTrue();
    assertThat(DiscountRules.needsApproval(LINE, LINE, limit)).as("a comp").isTrue();
    assertThat(DiscountRules.needsApproval(Money.of("0.01"), LINE, BigDecimal.ZERO))
        .as("a limit of 0: every discount")
        .isTrue();
  }
}
