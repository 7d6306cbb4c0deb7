package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.boundary.KitchenLogReader;
import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.stations.boundary.KitchenState;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Brings a (re)connecting screen up to date: the events it missed from the kitchen log, or a
 * snapshot when it is new or too far behind; then live. Also sends the heartbeats, with the
 * server's time for the screens' timers.
 */
@ApplicationScoped
public class ScreenSync {

  private static final Logger LOG = Logger.getLogger(ScreenSync.class.getName());

  /**
   * A screen further behind than this gets a snapshot instead of a replay. Half a screen's backlog
   * ({@link ConnectedScreens#MAX_BACKLOG}): the replay, its end and the live events held back
   * meanwhile share that backlog, and a replay that filled it would close a slow screen on every
   * reconnect.
   */
  static final int MAX_REPLAY = ConnectedScreens.MAX_BACKLOG / 2;

  static final int HEARTBEAT_SECONDS = 10;

  /** A screen that sent nothing (not even a Ping) for this long is considered gone. */
  static final long SILENCE_LIMIT_SECONDS = 30;

  @Inject EventSequencer sequencer;

  @Inject ConnectedScreens screens;

  @EJB KitchenLogReader log;

  @EJB KitchenState state;

  @Resource ManagedExecutorService executor;

  @Inject KitchenTimers timers;

  /** The server's time, sent with every heartbeat. */
  @Inject Clock clock;

  private ScheduledFuture<?> heartbeat;
  private ScheduledFuture<?> silenceWatch;

  @PostConstruct
  void start() {
    heartbeat =
        timers.every(
            HEARTBEAT_SECONDS,
            TimeUnit.SECONDS,
            () ->
                screens.sendToAllLive(
                    ChannelMessages.heartbeat(sequencer.released(), clock.instant())));
    silenceWatch =
        timers.every(
            5,
            TimeUnit.SECONDS,
            () -> screens.closeSilent(TimeUnit.SECONDS.toNanos(SILENCE_LIMIT_SECONDS)));
  }

  @PreDestroy
  void stop() {
    if (heartbeat != null) {
      heartbeat.cancel(false);
      silenceWatch.cancel(false);
    }
  }

  /**
   * The screen says the last sequence it applied; it is sent what it missed, then goes live. Runs
   * on a managed thread: reading the log never holds up the socket.
   */
  public void resume(ScreenConnection screen, long after) {
    long upTo = sequencer.atReleased(screen::resync);
    executor.execute(() -> catchUp(screen, after, upTo));
  }

  /**
   * One catch-up at a time per screen: the replays of two Resumes in quick succession would
   * otherwise interleave, and a screen ignores any event older than one it already has, so an event
   * of the earlier replay could be lost behind a later one.
   */
  private void catchUp(ScreenConnection screen, long after, long upTo) {
    synchronized (screen.catchUpTurn) {
      catchUpInTurn(screen, after, upTo);
    }
  }

  private void catchUpInTurn(ScreenConnection screen, long after, long upTo) {
    try {
      if (after <= 0 || after > upTo || upTo - after > MAX_REPLAY) {
        screen.send(ChannelMessages.snapshot(screen.channel(), upTo, state));
      } else {
        // A screen that missed nothing reads nothing (a limit of 0 would mean "no limit").
        List<KitchenEvent> missed =
            after == upTo ? List.of() : log.eventsAfter(after, (int) (upTo - after));
        for (KitchenEvent event : missed) {
          ChannelMessages.forChannel(event, screen.channel()).ifPresent(screen::send);
        }
        screen.send(ChannelMessages.replayDone(upTo));
      }
      screen.caughtUpTo(upTo);
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "could not bring screen " + screen.id() + " up to date", failed);
      screen.markClosed();
      screen.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "catching up failed"));
    }
  }
}
