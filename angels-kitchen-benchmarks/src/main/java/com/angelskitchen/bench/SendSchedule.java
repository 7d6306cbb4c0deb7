package com.angelskitchen.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * When each request of an open-loop run is due, in nanoseconds from the start, and how many of them
 * are warm-up; {@link #play} waits for each moment and hands it to the harness.
 *
 * @param offsets the send times, in order
 * @param warmup how many of the first ones are warm-up (not measured)
 */
record SendSchedule(List<Long> offsets, int warmup) {

  /** What a harness does at one moment of a schedule (usually: send a request). */
  @FunctionalInterface
  interface Moment {
    void due(int index, long scheduledNanos) throws Exception;
  }

  /** How long {@link #play} waits at most before it asks again whether to stop. */
  private static final long STOP_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /**
   * The warm-up ramps from a tenth of the rate to the full rate: a freshly started JVM has not
   * compiled its hot paths yet, and the full rate at once would bury it in a queue it never works
   * off. Then the measured part runs at the full rate.
   */
  static SendSchedule ramped(int rate, int warmupSeconds, int seconds) {
    long period = TimeUnit.SECONDS.toNanos(1) / rate;
    long warmupNanos = TimeUnit.SECONDS.toNanos(warmupSeconds);
    List<Long> offsets = new ArrayList<>();
    for (long t = 0; t < warmupNanos; ) {
      offsets.add(t);
      t += (long) (period / (0.1 + 0.9 * t / (double) warmupNanos));
    }
    int warmup = offsets.size();
    for (int i = 0; i < rate * seconds; i++) {
      offsets.add(warmupNanos + i * period);
    }
    return new SendSchedule(offsets, warmup);
  }

  /** Everything at once, all measured. */
  static SendSchedule burst(int count) {
    return new SendSchedule(Collections.nCopies(count, 0L), 0);
  }

  /** {@code count} moments at a steady rate from the start, the first {@code warmup} unmeasured. */
  static SendSchedule steady(int rate, int count, int warmup) {
    long period = TimeUnit.SECONDS.toNanos(1) / rate;
    List<Long> offsets = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      offsets.add(i * period);
    }
    return new SendSchedule(offsets, warmup);
  }

  int size() {
    return offsets.size();
  }

  /**
   * Hands every moment to {@code moment}, in order, when it is due: at {@code start} ({@link
   * System#nanoTime()}) plus its offset. A moment reached late (the harness fell behind) is handed
   * over at once with the time it was due, so that a latency counted from it shows the delay; the
   * moments after it keep their times. Ends early, before the next moment, once {@code stop} says
   * so (asked at least every 100 ms while waiting).
   */
  void play(long start, BooleanSupplier stop, Moment moment) throws Exception {
    for (int i = 0; i < offsets.size(); i++) {
      long at = start + offsets.get(i);
      for (long wait = at - System.nanoTime(); wait > 0; wait = at - System.nanoTime()) {
        if (stop.getAsBoolean()) {
          return;
        }
        LockSupport.parkNanos(Math.min(wait, STOP_CHECK_NANOS));
      }
      if (stop.getAsBoolean()) {
        return;
      }
      moment.due(i, at);
    }
  }
}
