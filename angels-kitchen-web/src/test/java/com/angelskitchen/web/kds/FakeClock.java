package com.angelskitchen.web.kds;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A {@link System#nanoTime()} that moves only when the test moves it. */
final class FakeClock implements LongSupplier {

  /** Far from zero, as nanoTime's origin is arbitrary. */
  private long now = 7_000_000_000_000L;

  @Override
  public long getAsLong() {
    return now;
  }

  void advance(Duration by) {
    now += by.toNanos();
  }

  void advanceMillis(long millis) {
    advance(Duration.ofMillis(millis));
  }
}
