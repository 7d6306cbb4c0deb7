package com.angelskitchen.staff.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceTokensTest {

  @Test
  void tokensAreRandomWellFormedAndDigestedToHex() {
    String one = DeviceTokens.newToken();
    String two = DeviceTokens.newToken();
    assertThat(one).isNotEqualTo(two);
    assertThat(DeviceTokens.wellFormed(one)).isTrue();
    assertThat(DeviceTokens.digest(one)).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(one);
    assertThat(DeviceTokens.digest(one)).isEqualTo(DeviceTokens.digest(one));
  }

  @Test
  void anythingElseIsNotAToken() {
    assertThat(DeviceTokens.wellFormed(null)).isFalse();
    assertThat(DeviceTokens.wellFormed("")).isFalse();
    assertThat(DeviceTokens.wellFormed("' OR 1=1 --")).isFalse();
  }
}
