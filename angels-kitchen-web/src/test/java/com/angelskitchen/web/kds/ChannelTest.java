package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChannelTest {

  private final List<String> asked = new ArrayList<>();
  private final Set<String> stations = Set.of("fritura", "horno-2");

  private Channel named(String name) {
    return Channel.named(
        name,
        code -> {
          asked.add(code);
          return stations.contains(code);
        });
  }

  @Test
  void theSharedChannelsAreKnownByName() {
    assertThat(named("expo")).isEqualTo(Channel.EXPO);
    assertThat(named("board")).isEqualTo(Channel.BOARD);
    assertThat(named("pos")).isEqualTo(Channel.POS);
    assertThat(asked).isEmpty();
  }

  @Test
  void aStationChannelNeedsAnExistingStation() {
    assertThat(named("fritura")).isEqualTo(Channel.station("fritura"));
    assertThat(named("horno-2")).isEqualTo(Channel.station("horno-2"));
    assertThat(named("parrilla")).isNull();
  }

  @Test
  void aNameThatCannotBeAStationCodeIsNotEvenLookedUp() {
    for (String name :
        List.of("", "Fritura", "fritura/extra", "-fritura", "a".repeat(33), "fr ito")) {
      assertThat(named(name)).as(name).isNull();
    }
    assertThat(asked).isEmpty();
  }
}
