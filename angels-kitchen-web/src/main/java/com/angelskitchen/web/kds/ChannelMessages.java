package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import com.angelskitchen.menu.events.MenuChanged;
import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.ordering.events.OrderCompleted;
import com.angelskitchen.ordering.events.OrderFired;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.stations.boundary.KitchenScreens;
import com.angelskitchen.stations.events.TicketRecalled;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.Optional;

/**
 * What each channel is told of a kitchen event, as the JSON text sent to its screens. A station
 * hears only the events that concern it, and of a new or fired order only its own ticket; the expo
 * hears everything; the board hears order numbers and nothing else (no names, no lines).
 */
public final class ChannelMessages {

  private static final Jsonb JSON = JsonbBuilder.create();

  private ChannelMessages() {}

  /** An event message: {"type", "sequence", "data"}. */
  public record EventMessage(String type, long sequence, Object data) {}

  /** What a station sees of a new or fired order: the header and its own ticket. */
  public record StationTicket(OrderHeader order, Object ticket) {}

  /** What the board sees of an order. */
  public record BoardNumber(long orderId, String orderNumber, String status) {}

  /** The message for this channel, or empty when the event does not concern it. */
  public static Optional<String> forChannel(KitchenEvent event, Channel channel) {
    return data(event, channel)
        .map(data -> JSON.toJson(new EventMessage(event.type(), event.sequence(), data)));
  }

  private static Optional<Object> data(KitchenEvent event, Channel channel) {
    return switch (channel.kind()) {
      case EXPO -> Optional.of(event);
      case STATION -> forStation(event, channel.name());
      case BOARD -> forBoard(event);
      case POS -> forPos(event);
    };
  }

  private static Optional<Object> forStation(KitchenEvent event, String station) {
    if (!event.stations().contains(station)) {
      return Optional.empty();
    }
    if (event instanceof OrderPlaced placed) {
      return placed.ticketFor(station).map(t -> new StationTicket(placed.order(), t));
    }
    if (event instanceof OrderFired fired) {
      return fired.ticketFor(station).map(t -> new StationTicket(fired.order(), t));
    }
    return Optional.of(event);
  }

  private static Optional<Object> forBoard(KitchenEvent event) {
    if (event instanceof OrderPlaced placed && !placed.held()) {
      return board(placed.order().orderId(), placed.order().orderNumber(), "IN_KITCHEN");
    }
    if (event instanceof OrderFired fired) {
      return board(fired.order().orderId(), fired.order().orderNumber(), "IN_KITCHEN");
    }
    if (event instanceof OrderReady ready) {
      return board(ready.orderId(), ready.orderNumber(), "READY");
    }
    if (event instanceof TicketRecalled recalled) {
      return board(
          recalled.order().orderId(), recalled.order().orderNumber(), recalled.orderStatus());
    }
    if (event instanceof OrderCompleted completed) {
      return board(completed.orderId(), completed.orderNumber(), "COMPLETED");
    }
    if (event instanceof OrderCancelled cancelled) {
      return board(cancelled.orderId(), cancelled.orderNumber(), "CANCELLED");
    }
    return Optional.empty();
  }

  /**
   * The POS hears of every order's status (held ones too) and of menu changes; it redraws from the
   * server, so the message says only what changed.
   */
  private static Optional<Object> forPos(KitchenEvent event) {
    if (event instanceof ItemAvailabilityChanged || event instanceof MenuChanged) {
      return Optional.of(event);
    }
    if (event instanceof OrderPlaced placed) {
      return board(placed.order().orderId(), placed.order().orderNumber(), placed.status());
    }
    return forBoard(event);
  }

  private static Optional<Object> board(long orderId, String number, String status) {
    return Optional.of(new BoardNumber(orderId, number, status));
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

  /**
   * The channel's whole state at a sequence number. The POS keeps its state on the server (its
   * pages redraw from there), so its snapshot only says "redraw everything".
   */
  public static String snapshot(Channel channel, long sequence, KitchenScreens screens) {
    return switch (channel.kind()) {
      case STATION ->
          JSON.toJson(
              new StationSnapshot("Snapshot", sequence, screens.stationTickets(channel.name())));
      case EXPO -> JSON.toJson(new ExpoSnapshot("Snapshot", sequence, screens.expo()));
      case BOARD -> JSON.toJson(new BoardSnapshot("Snapshot", sequence, screens.board()));
      case POS -> JSON.toJson(new Marker("Snapshot", sequence));
    };
  }

  public record Welcome(String type, String channel, long sequence, int heartbeatSeconds) {}

  public record Marker(String type, long sequence) {}

  public record StationSnapshot(
      String type, long sequence, List<KitchenScreens.ScreenTicket> tickets) {}

  public record ExpoSnapshot(String type, long sequence, List<KitchenScreens.ExpoOrder> orders) {}

  public record BoardSnapshot(String type, long sequence, List<KitchenScreens.BoardOrder> orders) {}
}
