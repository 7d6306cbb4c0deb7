package com.angelskitchen.web.kds;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One connected screen: its channel, whether it is still catching up, and its outgoing backlog.
 *
 * <p>A screen starts out <em>syncing</em>: live events are kept aside (by sequence) while the
 * screen is sent what it missed; then the kept events newer than the replay are sent and the screen
 * goes <em>live</em>. Nothing falls between the replay and the live stream, and nothing is sent
 * twice.
 *
 * <p>At most one asynchronous send is in flight (the WebSocket API forbids overlapping sends on one
 * session); further messages wait in order. A screen whose backlog overflows is closed with "try
 * again later": it reconnects and resumes, instead of holding memory or anyone else up.
 */
public final class ScreenConnection {

  private static final Logger LOG = Logger.getLogger(ScreenConnection.class.getName());
  private static final CloseReason OVERFLOWED =
      new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "screen fell behind; reconnect");

  private static final ClassLoader PLAIN = ClassLoader.getPlatformClassLoader();

  private final Session session;
  private final Channel channel;
  private final int maxBacklog;
  private final Executor pump;
  private final LongSupplier nanoTime;
  private final Deque<String> backlog = new ArrayDeque<>();
  private final TreeMap<Long, String> keptWhileSyncing = new TreeMap<>();
  private boolean syncing = true;
  private long lastSequence;
  private boolean sending;
  private boolean drainScheduled;
  private boolean closed;

  /** Held while the screen is being caught up (see {@link ScreenSync}). */
  final Object catchUpTurn = new Object();

  private volatile long lastHeardNanos;

  ScreenConnection(
      Session session, Channel channel, int maxBacklog, Executor pump, LongSupplier nanoTime) {
    this.session = session;
    this.channel = channel;
    this.maxBacklog = maxBacklog;
    this.pump = pump;
    this.nanoTime = nanoTime;
    this.lastHeardNanos = nanoTime.getAsLong();
  }

  /** The screen sent something (a Ping, a Resume): it is alive. */
  void heard() {
    lastHeardNanos = nanoTime.getAsLong();
  }

  /** Whether the screen has been silent for longer than this. */
  boolean silentFor(long nanos) {
    return nanoTime.getAsLong() - lastHeardNanos > nanos;
  }

  Channel channel() {
    return channel;
  }

  String id() {
    return session.getId();
  }

  /** A live event for this screen: sent now, or kept until the screen has caught up. */
  void event(long sequence, String message) {
    boolean overflowed;
    synchronized (this) {
      if (closed || sequence <= lastSequence && !syncing) {
        return;
      }
      if (syncing) {
        keptWhileSyncing.put(sequence, message);
        overflowed = keptWhileSyncing.size() > maxBacklog;
      } else {
        lastSequence = sequence;
        overflowed = !enqueue(message);
      }
    }
    if (overflowed) {
      overflow();
    }
  }

  /** A message outside the event stream (welcome, heartbeat, replayed events). */
  void send(String message) {
    boolean overflowed;
    synchronized (this) {
      if (closed) {
        return;
      }
      overflowed = !enqueue(message);
    }
    if (overflowed) {
      overflow();
    }
  }

  /**
   * The replay up to {@code sequence} has been queued: send the live events kept since, newer than
   * it, and go live.
   */
  void caughtUpTo(long sequence) {
    boolean overflowed = false;
    synchronized (this) {
      if (closed) {
        return;
      }
      lastSequence = sequence;
      for (var kept : keptWhileSyncing.tailMap(sequence, false).entrySet()) {
        lastSequence = kept.getKey();
        overflowed |= !enqueue(kept.getValue());
      }
      keptWhileSyncing.clear();
      syncing = false;
    }
    if (overflowed) {
      overflow();
    }
  }

  /** Starts catching up again (a screen may send Resume more than once). */
  synchronized void resync() {
    syncing = true;
  }

  synchronized boolean isLive() {
    return !syncing && !closed;
  }

  /** Caller holds the monitor. Returns false when the backlog is full. */
  private boolean enqueue(String message) {
    if (backlog.size() >= maxBacklog) {
      return false;
    }
    backlog.addLast(message);
    scheduleDrain();
    return true;
  }

  /** Caller holds the monitor. */
  private void scheduleDrain() {
    if (!sending && !drainScheduled && !backlog.isEmpty()) {
      drainScheduled = true;
      pump.execute(this::sendNext);
    }
  }

  /** On the pump: sends the next queued message, if none is in flight. */
  private void sendNext() {
    String next;
    synchronized (this) {
      drainScheduled = false;
      if (closed || sending) {
        return;
      }
      next = backlog.pollFirst();
      if (next == null) {
        return;
      }
      sending = true;
    }
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(PLAIN);
    try {
      session.getAsyncRemote().sendText(next, this::sent);
    } catch (RuntimeException gone) {
      // Tyrus says "Socket is not connected" with a plain RuntimeException: the screen is gone.
      markClosed();
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  private void sent(SendResult result) {
    if (!result.isOK()) {
      LOG.log(Level.FINE, "send to screen " + id() + " failed", result.getException());
      markClosed();
      close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
      return;
    }
    synchronized (this) {
      sending = false;
      if (!closed) {
        scheduleDrain();
      }
    }
  }

  /**
   * Drops the screen's backlog at once and closes it on the pump: the overflow is noticed on a
   * committing thread, under the sequencer's lock, where a close blocked by a stuck peer would hold
   * every commit and every screen.
   */
  private void overflow() {
    markClosed();
    pump.execute(() -> close(OVERFLOWED));
  }

  boolean signedInAs(String username) {
    java.security.Principal who = session.getUserPrincipal();
    return who != null && who.getName().equals(username);
  }

  synchronized void markClosed() {
    closed = true;
    backlog.clear();
    keptWhileSyncing.clear();
    sending = false;
  }

  void close(CloseReason reason) {
    try {
      session.close(reason);
    } catch (IOException | IllegalStateException alreadyGone) {
      LOG.log(Level.FINE, "closing screen " + id(), alreadyGone);
    }
  }
}
