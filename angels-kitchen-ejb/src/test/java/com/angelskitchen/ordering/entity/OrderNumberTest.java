package com.angelskitchen.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OrderNumberTest {

  static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

  @Test
  void displaysAtLeastThreeDigits() {
    assertThat(new OrderNumber(FRIDAY, 7).display()).isEqualTo("007");
    assertThat(new OrderNumber(FRIDAY, 1234).display()).isEqualTo("1234");
  }

  @Test
  void isOnlyEqualWithinTheSameBusinessDay() {
    OrderNumber cut = new OrderNumber(FRIDAY, 42);

    assertThat(cut)
        .isEqualTo(new OrderNumber(FRIDAY, 42))
        .hasSameHashCodeAs(new OrderNumber(FRIDAY, 42));
    assertThat(cut).isNotEqualTo(new OrderNumber(FRIDAY.plusDays(1), 42));
  }

  @Test
  void startsAtOne() {
    assertThatThrownBy(() -> new OrderNumber(FRIDAY, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
