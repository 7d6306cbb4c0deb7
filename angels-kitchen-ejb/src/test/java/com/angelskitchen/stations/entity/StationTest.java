package com.angelskitchen.stations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;

class StationTest {

  @Test
  void aStationWithoutABumpBarIsWorkedWithTheKeyboard() {
    assertThat(new Station.Settings("Fritura", 1, 5, 8).bumpBar()).isEqualTo("keyboard");
    assertThat(new Station.Settings("Fritura", 1, 5, 8, null).bumpBar()).isEqualTo("keyboard");
    assertThat(new Station.Settings("Fritura", 1, 5, 8, "  ").bumpBar()).isEqualTo("keyboard");
  }

  @Test
  void everyDocumentedKeyMapIsAccepted() {
    assertThat(Station.BUMP_BARS).containsExactly("keyboard", "bumpbar-20", "bumpbar-10");
    for (String bumpBar : Station.BUMP_BARS) {
      assertThat(new Station.Settings("Horno", 2, 5, 8, " " + bumpBar + " ").bumpBar())
          .isEqualTo(bumpBar);
    }
  }

  @Test
  void anUnknownKeyMapIsRefusedWithItsCode() {
    assertThatThrownBy(() -> new Station.Settings("Horno", 2, 5, 8, "bumpbar-99"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.code()).isEqualTo("stations.bump-bar-unknown");
              assertThat(e.arguments()).containsExactly("bumpbar-99");
            });
    assertThatThrownBy(() -> new Station.Settings("Horno", 2, 5, 8, "Keyboard"))
        .isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void theStationKeepsTheKeyMapItIsConfiguredWith() {
    Station cut = new Station("fritura", new Station.Settings("Fritura", 1, 5, 8, "bumpbar-20"));
    assertThat(cut.bumpBar()).isEqualTo("bumpbar-20");

    cut.configure(new Station.Settings("Fritura", 1, 5, 8, "bumpbar-10"));

    assertThat(cut.bumpBar()).isEqualTo("bumpbar-10");
  }
}
