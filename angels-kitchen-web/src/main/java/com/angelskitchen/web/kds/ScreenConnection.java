package com.angelskitchen.web.kds;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One connected screen with its own outgoing backlog. At most one asynchronous send is in flight
 * per screen (the WebSocket API forbids overlapping sends on one session); further messages wait in
 * the backlog in order. A screen whose backlog overflows is closed with "try again later": it
 * reconnects and catches up, instead of holding memory or anyone else up.
 */
final class ScreenConnection {

  private static final Logger LOG = Logger.getLogger(ScreenConnection.class.getName());
  private static final CloseReason OVERFLOWED =
      new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "screen fell behind; reconnect");

  private final Session session;
  private final String station;
  private final int maxBacklog;
  private final Deque<String> backlog = new ArrayDeque<>();
  private boolean sending;
  private boolean closed;

  ScreenConnection(Session session, String station, int maxBacklog) {
    this.session = session;
    this.station = station;
    this.maxBacklog = maxBacklog;
  }

  String station() {
    return station;
  }

  String id() {
    return session.getId();
  }

  /** Queues the message; returns at once. */
  void send(String message) {
    boolean overflowed;
    synchronized (this) {
      if (closed) {
        return;
      }
      overflowed = backlog.size() >= maxBacklog;
      if (!overflowed) {
        backlog.addLast(message);
        if (!sending) {
          sendNext();
        }
        return;
      }
      closed = true;
      backlog.clear();
    }
    close(OVERFLOWED);
  }

  /** Caller holds the monitor. */
  private void sendNext() {
    String next = backlog.pollFirst();
    if (next == null) {
      sending = false;
      return;
    }
    sending = true;
    session.getAsyncRemote().sendText(next, this::sent);
  }

  private void sent(SendResult result) {
    if (!result.isOK()) {
      LOG.log(Level.FINE, "send to screen " + id() + " failed", result.getException());
      synchronized (this) {
        closed = true;
        backlog.clear();
        sending = false;
      }
      close(new CloseReason(CloseReason.CloseCodes.CLOSED_ABNORMALLY, "send failed"));
      return;
    }
    synchronized (this) {
      sendNext();
    }
  }

  void markClosed() {
    synchronized (this) {
      closed = true;
      backlog.clear();
    }
  }

  private void close(CloseReason reason) {
    try {
      session.close(reason);
    } catch (IOException | IllegalStateException alreadyGone) {
      LOG.log(Level.FINE, "closing screen " + id(), alreadyGone);
    }
  }
}
