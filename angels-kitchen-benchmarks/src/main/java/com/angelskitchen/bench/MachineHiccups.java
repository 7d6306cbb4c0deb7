package com.angelskitchen.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * How late a thread that asked to sleep 1 ms actually wakes up on this machine, measured during the
 * run (the idea of jHiccup). It is the floor under every latency the harness reports: an order
 * passes through about twenty such wake-ups (request thread, each database round trip, the push to
 * the screens), and no server code can answer faster than the machine schedules it. On a virtual
 * machine whose idle vCPUs are descheduled by the host, or where the host's own memory monitor runs
 * now and then, these hiccups are what the slowest 1 % of orders run into.
 */
final class MachineHiccups implements AutoCloseable {

  private static final long SLEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final Histogram lateMicros = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
  private final Thread sleeper;
  private volatile boolean recording;
  private volatile boolean stopped;

  MachineHiccups() {
    sleeper = new Thread(this::sleepAndMeasure, "hiccup-meter");
    sleeper.setDaemon(true);
    sleeper.start();
  }

  /** From now on, wake-ups count (the warm-up's do not). */
  void record() {
    recording = true;
  }

  private void sleepAndMeasure() {
    while (!stopped) {
      long before = System.nanoTime();
      LockSupport.parkNanos(SLEEP_NANOS);
      long late = System.nanoTime() - before - SLEEP_NANOS;
      if (recording) {
        synchronized (lateMicros) {
          lateMicros.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(late)));
        }
      }
    }
  }

  /** One line: the wake-up lateness percentiles and how many wake-ups were 5 ms or more late. */
  String summary() {
    synchronized (lateMicros) {
      long total = lateMicros.getTotalCount();
      long over5ms = total - lateMicros.getCountBetweenValues(0, 4_999);
      return String.format(
          "p50 %.2f   p99 %.2f   p99.9 %.2f   max %.2f   (%d wake-ups, %d of them 5 ms or more late)",
          lateMicros.getValueAtPercentile(50) / 1000.0,
          lateMicros.getValueAtPercentile(99) / 1000.0,
          lateMicros.getValueAtPercentile(99.9) / 1000.0,
          lateMicros.getMaxValue() / 1000.0,
          total,
          over5ms);
    }
  }

  @Override
  public void close() {
    stopped = true;
    sleeper.interrupt();
  }
}
