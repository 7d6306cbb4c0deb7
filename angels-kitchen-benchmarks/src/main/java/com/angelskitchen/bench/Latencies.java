package com.angelskitchen.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Latencies recorded from any thread, in microseconds (HdrHistogram, three significant digits), and
 * the line of percentiles every report prints of them.
 */
final class Latencies {

  private final Histogram micros;

  /** Up to a minute. */
  Latencies() {
    this(TimeUnit.MINUTES.toMicros(1));
  }

  Latencies(long highestMicros) {
    micros = new Histogram(highestMicros, 3);
  }

  /** Records one latency in microseconds; a negative one (a clock read early) counts as 0. */
  synchronized void record(long latencyMicros) {
    micros.recordValue(Math.max(0, latencyMicros));
  }

  /** Records the time from {@code fromNanos} to {@code toNanos} ({@link System#nanoTime()}). */
  void recordBetween(long fromNanos, long toNanos) {
    record(TimeUnit.NANOSECONDS.toMicros(toNanos - fromNanos));
  }

  synchronized long count() {
    return micros.getTotalCount();
  }

  /** {@code p50 … p90 … p99 … p99.9 … max …}, in milliseconds with two decimals. */
  synchronized String percentiles() {
    return String.format(
        "p50 %.2f   p90 %.2f   p99 %.2f   p99.9 %.2f   max %.2f",
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getValueAtPercentile(99.9) / 1000.0,
        micros.getMaxValue() / 1000.0);
  }
}
