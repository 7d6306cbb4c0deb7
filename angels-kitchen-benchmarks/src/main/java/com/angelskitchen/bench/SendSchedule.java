package com.angelskitchen.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * When each request of an open-loop run is due, in nanoseconds from the start, and how many of them
 * are warm-up.
 *
 * @param offsets the send times, in order
 * @param warmup how many of the first ones are warm-up (not measured)
 */
record SendSchedule(List<Long> offsets, int warmup) {

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
}
