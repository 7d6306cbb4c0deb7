package com.angelskitchen.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;

/**
 * The send-and-account loop of the load harnesses. Open loop: each moment of a {@link SendSchedule}
 * is handed to the harness when it is due, whatever became of the requests before, and the harness
 * {@link #post}s its requests over an {@link OrderSender}. Every answer is accounted: accepted (a
 * status the harness expects) or an error of its kind ({@code HTTP 503}, {@code ConnectException},
 * ...); an accepted request that is timed adds its latency counted from its <em>scheduled</em>
 * moment, so that a harness that falls behind cannot hide the queueing.
 *
 * <pre>{@code
 * try (OpenLoop loop = new OpenLoop(schedule, sender, status -> status == 201)) {
 *   loop.run((i, at) -> loop.post(i, at, i >= schedule.warmup(), request(i), null));
 *   long unanswered = loop.awaitAnswers(120);
 *   // loop.accepted(), loop.errors(), loop.errorKinds(), loop.latency().percentiles()
 * }
 * }</pre>
 */
final class OpenLoop implements AutoCloseable {

  /** A request: where it is posted, its JSON body, and extra header lines (each ending CRLF). */
  record Request(String path, String body, String headers) {}

  /** Hears an accepted answer, on a sender thread, after the loop has counted it. */
  @FunctionalInterface
  interface Accepted {
    void accepted(int index, long answeredNanos, OrderSender.Answer answer);
  }

  /** Hears an answer that was not accepted, on a sender thread, after the loop has counted it. */
  @FunctionalInterface
  interface Failed {
    void failed(int index, OrderSender.Answer answer);
  }

  private final SendSchedule schedule;
  private final OrderSender sender;
  private final IntPredicate accepting;
  private final long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
  private final Latencies latency = new Latencies();
  private final AtomicInteger accepted = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();
  private final Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
  private final AtomicLong lastAccepted = new AtomicLong();
  private final Object answers = new Object();
  private long posted;
  private long answered;

  /**
   * @param accepting which HTTP statuses accept a request (201 for an order, 202 for a webhook...)
   */
  OpenLoop(SendSchedule schedule, OrderSender sender, IntPredicate accepting) {
    this.schedule = schedule;
    this.sender = sender;
    this.accepting = accepting;
  }

  /**
   * When the schedule starts ({@link System#nanoTime()}): 200 ms after the loop was made, time for
   * the harness to get ready.
   */
  long start() {
    return start;
  }

  /** Hands every moment of the schedule to {@code moment} when it is due. */
  void run(SendSchedule.Moment moment) throws Exception {
    run(() -> false, moment);
  }

  /** Hands the moments of the schedule to {@code moment} until {@code stop} says so. */
  void run(BooleanSupplier stop, SendSchedule.Moment moment) throws Exception {
    schedule.play(start, stop, moment);
  }

  /**
   * Posts a request of moment {@code index}, due at {@code scheduledNanos}; {@code timed}: its
   * latency counts (a measured moment's first request). {@code onAccepted} may be null.
   */
  void post(int index, long scheduledNanos, boolean timed, Request request, Accepted onAccepted) {
    post(index, scheduledNanos, timed, request, onAccepted, null);
  }

  /** As {@link #post(int, long, boolean, Request, Accepted)}; {@code onFailed} hears the others. */
  void post(
      int index,
      long scheduledNanos,
      boolean timed,
      Request request,
      Accepted onAccepted,
      Failed onFailed) {
    synchronized (answers) {
      posted++;
    }
    sender.post(
        request.path(),
        request.body(),
        request.headers(),
        index,
        (order, answer) -> {
          if (answer.failure() == null && accepting.test(answer.status())) {
            long now = System.nanoTime();
            accepted.incrementAndGet();
            lastAccepted.accumulateAndGet(now, Math::max);
            if (timed) {
              latency.recordBetween(scheduledNanos, now);
            }
            if (onAccepted != null) {
              onAccepted.accepted(order, now, answer);
            }
          } else {
            errors.incrementAndGet();
            errorKinds.merge(kind(answer), 1, Integer::sum);
            if (onFailed != null) {
              onFailed.failed(order, answer);
            }
          }
          synchronized (answers) {
            answered++;
            answers.notifyAll();
          }
        });
  }

  /** What went wrong with an answer: {@code HTTP <status>}, or the failure's simple class name. */
  static String kind(OrderSender.Answer answer) {
    return answer.failure() != null
        ? answer.failure().getClass().getSimpleName()
        : "HTTP " + answer.status();
  }

  /**
   * Waits until every request posted so far is answered, at most {@code timeoutSeconds}.
   *
   * @return how many are still unanswered
   */
  long awaitAnswers(long timeoutSeconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    synchronized (answers) {
      for (long left = deadline - System.nanoTime();
          answered < posted && left > 0;
          left = deadline - System.nanoTime()) {
        TimeUnit.NANOSECONDS.timedWait(answers, left);
      }
      return posted - answered;
    }
  }

  /** Answers accepted. */
  int accepted() {
    return accepted.get();
  }

  /** Answers not accepted: another status, a failed connection or a timeout. */
  int errors() {
    return errors.get();
  }

  /** The errors by kind ({@link #kind}). */
  Map<String, Integer> errorKinds() {
    return errorKinds;
  }

  /** Scheduled moment → accepted answer, of the timed requests. */
  Latencies latency() {
    return latency;
  }

  /** When the last accepted answer came ({@link System#nanoTime()}), 0 before the first. */
  long lastAccepted() {
    return lastAccepted.get();
  }

  @Override
  public void close() {
    sender.close();
  }
}
