package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A kitchen screen in a test: a WebSocket client of {@code /ws/kds/{channel}} speaking the push
 * protocol (docs/kds-protocol.md) and keeping every event message it receives, in order. {@link
 * #connect} returns once the screen has resumed and is live, so every event committed afterwards is
 * on its way to it.
 */
public final class StationScreen implements AutoCloseable {

  public static final Duration PATIENCE = Duration.ofSeconds(20);

  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  private final java.util.concurrent.CompletableFuture<Integer> closed =
      new java.util.concurrent.CompletableFuture<>();
  private final WebSocket socket;

  /** Connects without resuming, as the manager: the raw protocol, for protocol tests. */
  public static StationScreen open(String channel) throws Exception {
    return new StationScreen(channel, Staff.manager());
  }

  /** Connects without resuming as this member (null: anonymous). */
  public static StationScreen open(String channel, Staff.Member member) throws Exception {
    return new StationScreen(channel, member);
  }

  /** Connects without resuming as this member to this exact address (one server of a cluster). */
  public static StationScreen openAt(java.net.URI endpoint, Staff.Member member) throws Exception {
    return new StationScreen(endpoint, member);
  }

  private StationScreen(String station, Staff.Member member) throws Exception {
    this(TestServer.ws("ws/kds/" + station), member);
  }

  private StationScreen(java.net.URI endpoint, Staff.Member member) throws Exception {
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
    if (member != null) {
      builder.header("Authorization", member.basic());
    }
    socket = builder.buildAsync(endpoint, new Collector()).get(10, TimeUnit.SECONDS);
  }

  public static StationScreen connect(String channel) throws Exception {
    StationScreen screen = new StationScreen(channel, Staff.manager());
    JsonObject welcome = screen.next();
    assertThat(welcome.getString("type")).isEqualTo("Welcome");
    assertThat(welcome.getString("channel")).isEqualTo(channel);
    screen.resume(welcome.getJsonNumber("sequence").longValue());
    return screen;
  }

  /** Sends Resume and reads up to the end of the replay (or the snapshot); returns what came. */
  public java.util.List<JsonObject> resume(long after) throws InterruptedException {
    socket.sendText("{\"type\": \"Resume\", \"after\": " + after + "}", true).join();
    java.util.List<JsonObject> replayed = new java.util.ArrayList<>();
    while (true) {
      JsonObject message = next();
      replayed.add(message);
      String type = message.getString("type");
      if (type.equals("ReplayDone") || type.equals("Snapshot")) {
        return replayed;
      }
    }
  }

  /** The next message that is not a heartbeat. */
  public JsonObject nextEvent() throws InterruptedException {
    JsonObject message = next();
    while (message.getString("type").equals("Heartbeat")) {
      message = next();
    }
    return message;
  }

  /** The next message of any kind, waiting up to {@link #PATIENCE} for it. */
  public JsonObject next() throws InterruptedException {
    JsonObject message = received.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("no message reached the screen within " + PATIENCE);
    }
    return message;
  }

  /** Waits for the server to close the connection; returns the close code. */
  public int awaitClose() throws Exception {
    return closed.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "test done");
    socket.abort();
  }

  private final class Collector implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        received.add(Json.object(partial.toString()));
        partial.setLength(0);
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closed.complete(statusCode);
      return null;
    }
  }

  /** {@link #handshakeStatus(String, Staff.Member, String)} without an Origin header. */
  public static int handshakeStatus(String channel, Staff.Member member) throws Exception {
    return handshakeStatus(channel, member, null);
  }

  /**
   * Opens a socket of this channel as {@code member} (null: anonymous), from {@code origin} (null:
   * no Origin header), and closes it again: 101 when the upgrade is accepted, else the refusal's
   * HTTP status.
   */
  public static int handshakeStatus(String channel, Staff.Member member, String origin)
      throws Exception {
    WebSocket.Builder builder =
        HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
    if (origin != null) {
      builder.header("Origin", origin);
    }
    if (member != null) {
      builder.header("Authorization", member.basic());
    }
    try {
      WebSocket socket =
          builder
              .buildAsync(TestServer.ws("ws/kds/" + channel), new WebSocket.Listener() {})
              .get(10, TimeUnit.SECONDS);
      socket.abort();
      return 101;
    } catch (ExecutionException failed) {
      assertThat(failed.getCause()).isInstanceOf(WebSocketHandshakeException.class);
      return ((WebSocketHandshakeException) failed.getCause()).getResponse().statusCode();
    }
  }
}
