package com.angelskitchen.web.kds;

import com.angelskitchen.platform.JsonP;
import com.angelskitchen.stations.boundary.KitchenState;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kitchen screens' socket, {@code /ws/kds/{channel}}: a station code, "expo", "board" or "pos".
 * See docs/kds-protocol.md for the messages.
 */
@ServerEndpoint("/ws/kds/{channel}")
public class KitchenSocket {

  private static final Logger LOG = Logger.getLogger(KitchenSocket.class.getName());

  @Inject ConnectedScreens screens;

  @Inject EventSequencer sequencer;

  @Inject ScreenSync sync;

  @EJB KitchenState state;

  /** The server's time, sent with the Welcome. */
  @Inject Clock clock;

  @OnOpen
  public void open(Session session, @PathParam("channel") String name) throws IOException {
    Channel channel = Channel.named(name, state::isStation);
    if (channel == null) {
      // ChannelGate refuses unknown channels before the upgrade; this only catches a station
      // removed in between. (Closing here races with the end of the upgrade request.)
      session.close(
          new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown channel " + name));
      return;
    }
    // No container idle timeout: Tyrus would reschedule it on Payara's managed executor at every
    // message sent, which costs more than the message. ScreenSync closes silent screens instead.
    session.setMaxIdleTimeout(0);
    ScreenConnection[] screen = new ScreenConnection[1];
    long sequence = sequencer.atReleased(() -> screen[0] = screens.connected(session, channel));
    screen[0].send(
        ChannelMessages.welcome(channel, sequence, ScreenSync.HEARTBEAT_SECONDS, clock.instant()));
  }

  @OnMessage
  public void message(Session session, String text) {
    ScreenConnection screen = screens.of(session);
    if (screen == null) {
      return;
    }
    screen.heard();
    JsonObject message;
    try (var reader = JsonP.JSON.createReader(new StringReader(text))) {
      message = reader.readObject();
    } catch (JsonException | IllegalStateException notJson) {
      refuse(screen, "messages are JSON objects");
      return;
    }
    switch (message.getString("type", "")) {
      case "Resume" ->
          sync.resume(
              screen,
              message.containsKey("after") && !message.isNull("after")
                  ? message.getJsonNumber("after").longValue()
                  : 0);
      case "Ping" -> {}
      default -> refuse(screen, "unknown message type");
    }
  }

  @OnClose
  public void close(Session session) {
    screens.disconnected(session);
  }

  @OnError
  public void error(Session session, Throwable failure) {
    LOG.log(Level.WARNING, "screen " + session.getId() + " failed", failure);
    screens.disconnected(session);
  }

  private static void refuse(ScreenConnection screen, String reason) {
    screen.markClosed();
    screen.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, reason));
  }
}
