package com.angelskitchen.web.kds;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A screen's WebSocket session: records what is sent to it and completes each asynchronous send
 * only when the test says so, as a real socket completes it when the bytes are out.
 */
final class FakeSession {

  private record Send(String message, SendHandler handler) {}

  final Session session;

  /** Every message handed to {@code sendText}, in order. */
  final List<String> sent = new ArrayList<>();

  /** The context class loader of the thread at each {@code sendText}. */
  final List<ClassLoader> loadersAtSend = new ArrayList<>();

  /** The reasons {@code close} was called with, in order. */
  final List<CloseReason> closes = new ArrayList<>();

  /** Thrown by the next {@code sendText}, like Tyrus's "Socket is not connected". */
  RuntimeException failNextSendWith;

  /** Thrown by {@code close}, like a session that is already gone. */
  Exception failCloseWith;

  private final Deque<Send> inFlight = new ArrayDeque<>();
  private int drained;
  private final String id;
  private final String username;

  FakeSession(String id) {
    this(id, null);
  }

  FakeSession(String id, String username) {
    this.id = id;
    this.username = username;
    RemoteEndpoint.Async remote = proxy(RemoteEndpoint.Async.class, this::remote);
    this.session =
        proxy(Session.class, (p, method, args) -> session(method.getName(), args, remote));
  }

  private Object session(String method, Object[] args, RemoteEndpoint.Async remote)
      throws Exception {
    switch (method) {
      case "getId":
        return id;
      case "getAsyncRemote":
        return remote;
      case "getUserPrincipal":
        return username == null ? null : (Principal) () -> username;
      case "close":
        closes.add(args == null ? null : (CloseReason) args[0]);
        if (failCloseWith != null) {
          throw failCloseWith;
        }
        return null;
      case "toString":
        return "FakeSession " + id;
      case "hashCode":
        return System.identityHashCode(this);
      case "equals":
        return args[0] == session;
      default:
        throw new UnsupportedOperationException("Session." + method);
    }
  }

  private Object remote(Object proxy, java.lang.reflect.Method method, Object[] args) {
    if (method.getName().equals("sendText") && args.length == 2) {
      loadersAtSend.add(Thread.currentThread().getContextClassLoader());
      if (failNextSendWith != null) {
        RuntimeException failure = failNextSendWith;
        failNextSendWith = null;
        throw failure;
      }
      sent.add((String) args[0]);
      inFlight.add(new Send((String) args[0], (SendHandler) args[1]));
      return null;
    }
    throw new UnsupportedOperationException("RemoteEndpoint.Async." + method.getName());
  }

  /** Sends started and not yet completed. */
  int inFlight() {
    return inFlight.size();
  }

  /** The socket finished sending the oldest message in flight. */
  void completeSend() {
    inFlight.removeFirst().handler().onResult(new SendResult());
  }

  /** The socket failed to send the oldest message in flight. */
  void failSend(Throwable failure) {
    inFlight.removeFirst().handler().onResult(new SendResult(failure));
  }

  /**
   * Runs the pump and completes every send of this session, until nothing of it is queued or in
   * flight; returns the messages sent since the previous drain (the pump may be shared: another
   * session's drain can start this one's sends).
   */
  List<String> drain(ManualExecutor pump) {
    pump.runAll();
    while (!inFlight.isEmpty()) {
      completeSend();
      pump.runAll();
    }
    List<String> since = List.copyOf(sent.subList(drained, sent.size()));
    drained = sent.size();
    return since;
  }

  /** The close code of the last close, or null when the session was never closed. */
  CloseReason.CloseCode closedWith() {
    return closes.isEmpty() ? null : closes.get(closes.size() - 1).getCloseCode();
  }

  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return (T)
        Proxy.newProxyInstance(FakeSession.class.getClassLoader(), new Class<?>[] {type}, handler);
  }

  static IOException alreadyClosed() {
    return new IOException("the session is already closed");
  }
}
