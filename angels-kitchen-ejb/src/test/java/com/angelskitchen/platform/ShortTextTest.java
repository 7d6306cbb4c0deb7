package com.angelskitchen.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {

  @Test
  void clipKeepsShortTextAndNull() {
    assertThat(ShortText.clip("bien dorada", 11)).isEqualTo("bien dorada");
    assertThat(ShortText.clip("bien dorada", 10)).isEqualTo("bien dora…");
    assertThat(ShortText.clip(null, 10)).isNull();
  }
}
