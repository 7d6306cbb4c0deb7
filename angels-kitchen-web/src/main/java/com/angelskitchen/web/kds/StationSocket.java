package com.angelskitchen.web.kds;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/** The kitchen screens' socket: {@code /ws/kds/{station}}, e.g. /ws/kds/fritura. */
@ServerEndpoint("/ws/kds/{station}")
public class StationSocket {

  private static final Logger LOG = Logger.getLogger(StationSocket.class.getName());
  private static final Pattern STATION = Pattern.compile("[a-z][a-z0-9-]{1,31}");

  @Inject StationScreens screens;

  @OnOpen
  public void open(Session session, @PathParam("station") String station) throws IOException {
    if (!STATION.matcher(station).matches()) {
      session.close(
          new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown station " + station));
      return;
    }
    screens.connected(session, station);
  }

  @OnClose
  public void close(Session session) {
    screens.disconnected(session);
  }

  @OnError
  public void error(Session session, Throwable failure) {
    LOG.log(Level.FINE, "screen " + session.getId() + " failed", failure);
    screens.disconnected(session);
  }
}
