package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.stations.boundary.KitchenState;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;

/**
 * The JSON text of every message a screen receives (see docs/kds-protocol.md): the protocol's own
 * (welcome, heartbeat, end of replay) and, shaped by each channel's {@link ScreenModel}, its
 * snapshot and its live events.
 */
public final class ChannelMessages {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ChannelMessages() {}

  /** An event message: {"type", "sequence", "data"}. */
  public record EventMessage(String type, long sequence, Object data) {}

  public record Welcome(String type, String channel, long sequence, int heartbeatSeconds) {}

  public record Marker(String type, long sequence) {}

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

  /** The first message on every connection. */
  public static String welcome(Channel channel, long sequence, int heartbeatSeconds) {
    return JSON.toJson(new Welcome("Welcome", channel.name(), sequence, heartbeatSeconds));
  }

  /** Sent every few seconds: the connection is alive, and this is the latest sequence. */
  public static String heartbeat(long sequence) {
    return JSON.toJson(new Marker("Heartbeat", sequence));
  }

  /** Ends a replay: what follows is live. */
  public static String replayDone(long sequence) {
    return JSON.toJson(new Marker("ReplayDone", sequence));
  }
}
