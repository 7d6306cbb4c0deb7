package com.angelskitchen.it.cluster;

import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A wall screen that behaves like the KDS page: connected through the load balancer, it applies
 * events in sequence order, and when its socket drops it connects again (to whichever instance the
 * balancer picks) and resumes after the last sequence it applied. It keeps when each order's {@code
 * OrderPlaced} arrived, and counts what a screen must never see: an event twice or out of order.
 */
final class KitchenWall implements AutoCloseable {

  private final String channel;
  private final ScheduledExecutorService reconnects = Executors.newSingleThreadScheduledExecutor();
  private final Map<Long, Long> placedAt = new ConcurrentHashMap<>();
  private final List<Long> applied = new ArrayList<>();
  private final List<Long> appliedAt = new ArrayList<>();
  private volatile WebSocket socket;
  private volatile boolean closing;
  private volatile boolean welcomed;
  private long lastSequence;
  private int duplicates;
  private int outOfOrder;
  private int reconnections;
  private int snapshots;

  KitchenWall(String channel) {
    this.channel = channel;
    // Like a real screen, a Ping every 10 s: the server closes screens silent for 30 s.
    reconnects.scheduleAtFixedRate(this::ping, 10, 10, TimeUnit.SECONDS);
  }

  private void ping() {
    WebSocket open = socket;
    if (open != null && !open.isOutputClosed()) {
      open.sendText("{\"type\": \"Ping\"}", true);
    }
  }

  String channel() {
    return channel;
  }

  void connect() {
    if (closing) {
      return;
    }
    HttpClient.newHttpClient()
        .newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(3))
        .header("Authorization", Staff.manager().basic())
        .buildAsync(TestServer.ws("ws/kds/" + channel), new Listener())
        .whenComplete(
            (ws, failed) -> {
              if (failed != null) {
                reconnectSoon();
              } else {
                socket = ws;
              }
            });
  }

  private void reconnectSoon() {
    if (!closing) {
      reconnects.schedule(this::connect, 250, TimeUnit.MILLISECONDS);
    }
  }

  private synchronized void receive(WebSocket ws, JsonObject message) {
    String type = message.getString("type");
    switch (type) {
      case "Welcome" -> {
        welcomed = true;
        ws.sendText(
            "{\"type\": \"Resume\", \"after\": "
                + (lastSequence == 0 ? message.getJsonNumber("sequence").longValue() : lastSequence)
                + "}",
            true);
      }
      case "Snapshot" -> {
        snapshots++;
        lastSequence = message.getJsonNumber("sequence").longValue();
      }
      case "Heartbeat", "ReplayDone" -> {}
      default -> {
        long sequence = message.getJsonNumber("sequence").longValue();
        if (sequence <= lastSequence) {
          duplicates++;
        } else if (channel.equals("expo") && lastSequence > 0 && sequence != lastSequence + 1) {
          outOfOrder++; // expo is sent every kitchen event: no sequence may be skipped
        }
        if (sequence > lastSequence) {
          lastSequence = sequence;
          applied.add(sequence);
          appliedAt.add(System.nanoTime());
        }
        if (type.equals("OrderPlaced")) {
          // Station and expo screens get the order with its ticket, the board only its number.
          JsonObject data = message.getJsonObject("data");
          JsonObject order = data.containsKey("order") ? data.getJsonObject("order") : data;
          placedAt.putIfAbsent(order.getJsonNumber("orderId").longValue(), System.nanoTime());
        }
      }
    }
  }

  /**
   * The longest time this screen went without a new event from {@code from} on (System.nanoTime),
   * while events kept being committed: what a cook saw of a server dying.
   */
  synchronized long longestGapNanosFrom(long from) {
    long longest = 0;
    long previous = from;
    for (long at : appliedAt) {
      if (at >= from) {
        longest = Math.max(longest, at - previous);
        previous = at;
      }
    }
    return longest;
  }

  /** Whether the screen has been welcomed at least once. */
  boolean welcomed() {
    return welcomed;
  }

  /** When the order's OrderPlaced reached this screen (System.nanoTime), or null. */
  Long placedAt(long orderId) {
    return placedAt.get(orderId);
  }

  synchronized int duplicates() {
    return duplicates;
  }

  synchronized int outOfOrder() {
    return outOfOrder;
  }

  synchronized int reconnections() {
    return reconnections;
  }

  synchronized boolean increasing() {
    for (int i = 1; i < applied.size(); i++) {
      if (applied.get(i) <= applied.get(i - 1)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public synchronized String toString() {
    return channel
        + " screen (last sequence "
        + lastSequence
        + ", "
        + applied.size()
        + " events applied, "
        + reconnections
        + " reconnections, "
        + snapshots
        + " snapshots)";
  }

  @Override
  public void close() {
    closing = true;
    reconnects.shutdownNow();
    WebSocket open = socket;
    if (open != null) {
      open.abort();
    }
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        receive(ws, Json.createReader(new StringReader(text.toString())).readObject());
        text.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      dropped();
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      dropped();
    }

    private void dropped() {
      synchronized (KitchenWall.this) {
        reconnections++;
      }
      reconnectSoon();
    }
  }
}
