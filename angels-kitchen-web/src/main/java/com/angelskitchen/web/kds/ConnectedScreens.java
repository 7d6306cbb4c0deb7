package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The screens connected right now, by channel, and the delivery of events to them. Created with the
 * application (see {@link #createdWithTheApplication}).
 */
@ApplicationScoped
public class ConnectedScreens {

  private static final Logger LOG = Logger.getLogger(ConnectedScreens.class.getName());

  /** Messages a screen may have waiting before it is told to reconnect. */
  static final int MAX_BACKLOG = 1_000;

  private final Map<Channel, Set<ScreenConnection>> byChannel = new ConcurrentHashMap<>();
  private final Map<String, ScreenConnection> bySession = new ConcurrentHashMap<>();

  @Inject KitchenTimers timers;

  /** The clock screens' silence is measured on (a seam for unit tests). */
  LongSupplier nanoTime = System::nanoTime;

  /**
   * Created with the application, on the thread that starts it: Payara injects nothing into a bean
   * first created where no component environment is current, and every screen's handshake then
   * failed until the next deploy (see {@link KitchenTimers}).
   */
  void createdWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Observing is enough: the application's start creates this bean, with its injections.
  }

  /** Says loudly, with where it happened, if the container created this bean uninjected. */
  @PostConstruct
  void checkInjected() {
    if (timers == null) {
      LOG.log(
          Level.SEVERE,
          "the screens' push was created without its injections on thread "
              + Thread.currentThread().getName()
              + ": no screen can connect until the application is deployed again",
          new IllegalStateException("created here"));
    }
  }

  public ScreenConnection connected(Session session, Channel channel) {
    ScreenConnection screen =
        new ScreenConnection(session, channel, MAX_BACKLOG, timers.pump(), nanoTime);
    bySession.put(session.getId(), screen);
    byChannel.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet()).add(screen);
    return screen;
  }

  public ScreenConnection of(Session session) {
    return bySession.get(session.getId());
  }

  public void disconnected(Session session) {
    ScreenConnection screen = bySession.remove(session.getId());
    if (screen != null) {
      screen.markClosed();
      Set<ScreenConnection> screens = byChannel.get(screen.channel());
      if (screens != null) {
        screens.remove(screen);
      }
    }
  }

  /** The event with its messages built for the channels that have screens right now. */
  public Publication prepare(KitchenEvent event) {
    return new Publication(event)
        .preparedFor(
            byChannel.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(Map.Entry::getKey)
                .toList());
  }

  /**
   * Sends a released event to every screen whose channel it concerns. The message is built once per
   * channel (usually already, by {@link #prepare}); sending only queues it, so this never waits for
   * a screen.
   */
  public void publish(Publication publication) {
    byChannel.forEach(
        (channel, screens) -> {
          if (!screens.isEmpty()) {
            publication
                .messageFor(channel)
                .ifPresent(
                    message -> screens.forEach(s -> s.event(publication.sequence(), message)));
          }
        });
  }

  /** Closes the screens that sent nothing, not even a Ping, for longer than this. */
  public void closeSilent(long nanos) {
    List.copyOf(bySession.values()).stream()
        .filter(s -> s.silentFor(nanos))
        .forEach(
            s -> {
              s.markClosed();
              s.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "no ping for too long"));
            });
  }

  /** Sends the same message to every live screen (heartbeats). */
  public void sendToAllLive(String message) {
    bySession.values().stream().filter(ScreenConnection::isLive).forEach(s -> s.send(message));
  }

  /**
   * Closes every screen of a channel (they reconnect and resume), e.g. after a station is renamed.
   */
  public void closeChannel(String channel, CloseReason reason) {
    List.copyOf(bySession.values()).stream()
        .filter(s -> s.channel().name().equals(channel))
        .forEach(s -> s.close(reason));
  }

  /**
   * Closes the screens signed in as this member (their account was disabled, got a new password or
   * another role): a screen that may still connect reconnects and is checked again.
   */
  public void closeMember(String username, CloseReason reason) {
    List.copyOf(bySession.values()).stream()
        .filter(s -> s.signedInAs(username))
        .forEach(s -> s.close(reason));
  }

  /**
   * A screen counts as on for the printing's fallback only while it is heard: it pings every 10 s,
   * so one silent for longer has lost its network even if its socket is not closed yet.
   */
  static final long HEARD_WITHIN_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(15);

  /** The stations that have at least one screen connected to this server and heard lately. */
  public Set<String> stationsOnScreen() {
    Set<String> stations = new java.util.TreeSet<>();
    byChannel.forEach(
        (channel, screens) -> {
          if (channel.kind() == Channel.Kind.STATION
              && screens.stream().anyMatch(s -> !s.silentFor(HEARD_WITHIN_NANOS))) {
            stations.add(channel.name());
          }
        });
    return stations;
  }

  public int connectedScreens() {
    return bySession.size();
  }
}
