package com.angelskitchen.web.kds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The screens connected right now, by station. */
@ApplicationScoped
public class StationScreens {

  /** Messages a screen may have waiting before it is told to reconnect. */
  static final int MAX_BACKLOG = 1_000;

  private final Map<String, Set<ScreenConnection>> byStation = new ConcurrentHashMap<>();
  private final Map<String, ScreenConnection> bySession = new ConcurrentHashMap<>();

  /**
   * Registers the screen and greets it with a Welcome message. The greeting is queued before the
   * screen joins its station, so it always comes first: a screen that has read its Welcome receives
   * every event committed from then on.
   */
  void connected(Session session, String station) {
    ScreenConnection screen = new ScreenConnection(session, station, MAX_BACKLOG);
    screen.send(
        Json.createObjectBuilder()
            .add("type", "Welcome")
            .add("station", station)
            .build()
            .toString());
    bySession.put(session.getId(), screen);
    byStation.computeIfAbsent(station, s -> ConcurrentHashMap.newKeySet()).add(screen);
  }

  void disconnected(Session session) {
    ScreenConnection screen = bySession.remove(session.getId());
    if (screen != null) {
      screen.markClosed();
      Set<ScreenConnection> screens = byStation.get(screen.station());
      if (screens != null) {
        screens.remove(screen);
      }
    }
  }

  /** Sends the message to every screen of the station, without waiting for any of them. */
  public void sendToStation(String station, String message) {
    Set<ScreenConnection> screens = byStation.get(station);
    if (screens != null) {
      screens.forEach(screen -> screen.send(message));
    }
  }

  public int connectedScreens() {
    return bySession.size();
  }
}
