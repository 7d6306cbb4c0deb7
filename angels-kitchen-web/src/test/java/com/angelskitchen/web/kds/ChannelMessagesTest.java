package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The protocol's own messages (docs/kds-protocol.md). */
class ChannelMessagesTest {

  static JsonObject json(String message) {
    try (var reader = Json.createReader(new StringReader(message))) {
      return reader.readObject();
    }
  }

  @Test
  void theWelcomeCarriesTheServersTimeForTheScreensTimers() {
    JsonObject welcome =
        json(
            ChannelMessages.welcome(
                Channel.station("fritura"), 60, 10, Instant.parse("2026-12-07T21:05:30.250Z")));

    assertThat(welcome.getString("type")).isEqualTo("Welcome");
    assertThat(welcome.getString("channel")).isEqualTo("fritura");
    assertThat(welcome.getJsonNumber("sequence").longValue()).isEqualTo(60);
    assertThat(welcome.getInt("heartbeatSeconds")).isEqualTo(10);
    assertThat(welcome.getString("serverTime")).isEqualTo("2026-12-07T21:05:30.250Z");
  }

  @Test
  void theHeartbeatCarriesTheServersTimeInUtcToTheMillisecond() {
    JsonObject heartbeat =
        json(ChannelMessages.heartbeat(61, Instant.parse("2026-12-07T21:05:40.123456789Z")));

    assertThat(heartbeat.getString("type")).isEqualTo("Heartbeat");
    assertThat(heartbeat.getJsonNumber("sequence").longValue()).isEqualTo(61);
    assertThat(heartbeat.getString("serverTime")).isEqualTo("2026-12-07T21:05:40.123Z");
    assertThat(Instant.parse(heartbeat.getString("serverTime")).toEpochMilli())
        .isEqualTo(Instant.parse("2026-12-07T21:05:40.123Z").toEpochMilli());
  }
}
