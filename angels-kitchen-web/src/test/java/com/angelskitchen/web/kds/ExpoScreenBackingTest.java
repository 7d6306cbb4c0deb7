package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpoScreenBackingTest {

  @Test
  void theStationsReachTheExpoAsTheMoveMenuReadsThem() {
    String json =
        ExpoScreenBacking.json(
            List.of(
                new ExpoScreenBacking.Choice("fritura", "Fritura", 5, 8),
                new ExpoScreenBacking.Choice("horno", "Horno \"nuevo\"", 4, 9)));

    assertThat(json)
        .isEqualTo(
            "[{\"code\":\"fritura\",\"lateAfterMinutes\":8,\"name\":\"Fritura\","
                + "\"warningAfterMinutes\":5},"
                + "{\"code\":\"horno\",\"lateAfterMinutes\":9,\"name\":\"Horno \\\"nuevo\\\"\","
                + "\"warningAfterMinutes\":4}]");
  }
}
