package com.angelskitchen.web.kds;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Delayed;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** The push's threads, without threads: chores run and the pump drains when the test says so. */
final class FakeTimers extends KitchenTimers {

  /** A periodic chore that was scheduled. */
  static final class Chore implements ScheduledFuture<Object> {
    final long period;
    final TimeUnit unit;
    final Runnable task;
    boolean cancelled;

    Chore(long period, TimeUnit unit, Runnable task) {
      this.period = period;
      this.unit = unit;
      this.task = task;
    }

    void run() {
      task.run();
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      cancelled = true;
      return true;
    }

    @Override
    public boolean isCancelled() {
      return cancelled;
    }

    @Override
    public boolean isDone() {
      return cancelled;
    }

    @Override
    public Object get() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long getDelay(TimeUnit unit) {
      return 0;
    }

    @Override
    public int compareTo(Delayed other) {
      return 0;
    }
  }

  final ManualExecutor pump = new ManualExecutor();
  final List<Chore> chores = new ArrayList<>();

  @Override
  public Executor pump() {
    return pump;
  }

  @Override
  public ScheduledFuture<?> every(long period, TimeUnit unit, Runnable chore) {
    Chore scheduled = new Chore(period, unit, chore);
    chores.add(scheduled);
    return scheduled;
  }

  /** The one chore scheduled with this period. */
  Chore every(long period, TimeUnit unit) {
    return chores.stream()
        .filter(c -> unit.toNanos(period) == c.unit.toNanos(c.period))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two chores every " + period + " " + unit);
            })
        .orElseThrow(() -> new AssertionError("no chore every " + period + " " + unit));
  }
}
