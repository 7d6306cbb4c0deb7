package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A kitchen screen in a test: a WebSocket client of {@code /ws/kds/{station}} that keeps every
 * message it receives, in order. {@link #connect} returns once the server has greeted the screen,
 * so every event committed afterwards is on its way to it.
 */
public final class StationScreen implements AutoCloseable {

  public static final Duration PATIENCE = Duration.ofSeconds(20);

  private final BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
  private final WebSocket socket;

  private StationScreen(String station) throws Exception {
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .buildAsync(TestServer.ws("ws/kds/" + station), new Collector())
            .get(10, TimeUnit.SECONDS);
  }

  public static StationScreen connect(String station) throws Exception {
    StationScreen screen = new StationScreen(station);
    JsonObject welcome = screen.next();
    assertThat(welcome.getString("type")).isEqualTo("Welcome");
    assertThat(welcome.getString("station")).isEqualTo(station);
    return screen;
  }

  /** The next message, waiting up to {@link #PATIENCE} for it. */
  public JsonObject next() throws InterruptedException {
    JsonObject message = received.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    if (message == null) {
      throw new AssertionError("no message reached the screen within " + PATIENCE);
    }
    return message;
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
  }
}
