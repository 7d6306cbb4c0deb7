package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.stations.boundary.KitchenState;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The JSON text of every message a screen receives (see docs/kds-protocol.md): the protocol's own
 * (welcome, heartbeat, end of replay) and, shaped by each channel's {@link ScreenModel}, its
 * snapshot and its live events. Welcome and Heartbeat carry the server's time ({@code serverTime},
 * ISO-8601 in UTC to the millisecond): a screen's own clock may be wrong, and its timers count from
 * the server's.
 */
public final class ChannelMessages {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ChannelMessages() {}

  /** An event message: {"type", "sequence", "data"}. */
  public record EventMessage(String type, long sequence, Object data) {}

  public record Welcome(
      String type, String channel, long sequence, int heartbeatSeconds, String serverTime) {}

  public record Marker(String type, long sequence) {}

  public record Heartbeat(String type, long sequence, String serverTime) {}

  /** The message for this channel, or empty when the event does not concern it. */
  public static Optional<String> forChannel(KitchenEvent event, Channel channel) {
    return ScreenModel.of(channel)
        .live(event)
        .map(data -> JSON.toJson(new EventMessage(event.type(), event.sequence(), data)));
  }

  /** The channel's whole state at a sequence number. */
  public static String snapshot(Channel channel, long sequence, KitchenState kitchen) {
    return JSON.toJson(ScreenModel.of(channel).snapshot(sequence, kitchen));
  }

  /** The first message on every connection; {@code now} is the server's time. */
  public static String welcome(Channel channel, long sequence, int heartbeatSeconds, Instant now) {
    return JSON.toJson(
        new Welcome("Welcome", channel.name(), sequence, heartbeatSeconds, serverTime(now)));
  }

  /**
   * Sent every few seconds: the connection is alive, this is the latest sequence, and {@code now}
   * the server's time.
   */
  public static String heartbeat(long sequence, Instant now) {
    return JSON.toJson(new Heartbeat("Heartbeat", sequence, serverTime(now)));
  }

  /** The server's time as the screens read it: ISO-8601 in UTC, to the millisecond. */
  static String serverTime(Instant now) {
    return now.truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** Ends a replay: what follows is live. */
  public static String replayDone(long sequence) {
    return JSON.toJson(new Marker("ReplayDone", sequence));
  }
}
