package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

class ScreenSoundTest {

  @Test
  void theSoundsAreCalledAsThePageAndTheApiCallThem() {
    assertThat(ScreenSound.CHIME.code()).isEqualTo("chime");
    assertThat(ScreenSound.BELL.code()).isEqualTo("bell");
    assertThat(ScreenSound.OFF.code()).isEqualTo("off");
  }

  @Test
  void aScreenMayAskForASoundInAnyCase() {
    assertThat(ScreenSound.of("chime")).isEqualTo(ScreenSound.CHIME);
    assertThat(ScreenSound.of(" Bell ")).isEqualTo(ScreenSound.BELL);
    assertThat(ScreenSound.of("OFF")).isEqualTo(ScreenSound.OFF);
  }

  @Test
  void anyOtherSoundIsRefusedWithItsCode() {
    for (String wrong : new String[] {null, "", "siren", "chime!"}) {
      assertThatThrownBy(() -> ScreenSound.of(wrong))
          .as(String.valueOf(wrong))
          .isInstanceOfSatisfying(
              InvalidRequestException.class,
              e -> assertThat(e.code()).isEqualTo("screen.sound-unknown"));
    }
  }

  @Test
  void aKeptSoundNoLongerKnownCountsAsNotChosen() {
    assertThat(ScreenSound.known("trumpet")).isEmpty();
    assertThat(ScreenSound.known(null)).isEmpty();
    assertThat(ScreenSound.known("bell")).contains(ScreenSound.BELL);
  }
}
