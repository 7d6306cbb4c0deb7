package com.angelskitchen.ordering.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FireTimeTest {

  static final OffsetDateTime PICKUP = OffsetDateTime.parse("2026-11-27T21:30:00-03:00");

  @Test
  void firesTheLongestPrepTimeBeforePickup() {
    assertThat(FireTime.of(PICKUP, List.of(8, 12, 1)))
        .isEqualTo(OffsetDateTime.parse("2026-11-27T21:18:00-03:00"));
  }

  @Test
  void anOrderForNowHasNoFireTime() {
    assertThat(FireTime.of(null, List.of(8))).isNull();
  }
}
