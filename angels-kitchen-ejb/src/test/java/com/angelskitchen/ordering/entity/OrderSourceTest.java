package com.angelskitchen.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrderSourceTest {

  @Test
  void knowsThePartnersAndAcceptsNewOnes() {
    assertThat(OrderSource.UBER_EATS.code()).isEqualTo("UBER_EATS");
    assertThat(new OrderSource("RAPPI")).isEqualTo(new OrderSource("RAPPI"));
  }

  @Test
  void refusesCodesThatAreNotShortUpperCaseWords() {
    assertThatThrownBy(() -> new OrderSource("pos")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderSource("X")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OrderSource("UBER EATS"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
