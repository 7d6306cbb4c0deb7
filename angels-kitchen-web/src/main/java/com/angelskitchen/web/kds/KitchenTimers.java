package com.angelskitchen.web.kds;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The push's own threads: the pump that sends queued messages to the screens, and one scheduler
 * thread for its periodic chores (heartbeats, watching for sequence gaps, silent screens). Its
 * thread comes from the container's managed thread factory, so it runs with the application's
 * context; the periodic tasks themselves are plain, because Payara's managed scheduled executor
 * captures the whole context again for every run, which costs more than the chores themselves.
 *
 * <p>Payara injects nothing into a CDI bean that is first created where no component environment is
 * current (its injection services then skip the injection, silently): the suite saw a deployment
 * whose {@link ConnectedScreens} had no timers, so that no screen could connect to it. The beans
 * the chores call are therefore created with the application ({@link ConnectedScreens}, {@link
 * EventSequencer}), and a chore that needs more hands its work to the managed executor (as {@link
 * StationScreensSeen} does).
 */
@ApplicationScoped
public class KitchenTimers {

  @Resource ManagedThreadFactory threads;

  /** A scheduler that has not ticked for this long is stuck (it ticks every second). */
  public static final long STALLED_AFTER_MILLIS = 30_000;

  private ScheduledExecutorService scheduler;
  private ExecutorService pump;
  private volatile long lastTick = System.nanoTime();

  @PostConstruct
  void start() {
    scheduler = Executors.newSingleThreadScheduledExecutor(threads);
    pump = Executors.newSingleThreadExecutor(threads);
    every(1, TimeUnit.SECONDS, () -> lastTick = System.nanoTime());
  }

  /** How long ago the scheduler last ran a chore: the liveness of the screens' push. */
  public long millisSinceLastTick() {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastTick);
  }

  @PreDestroy
  void stop() {
    scheduler.shutdownNow();
    pump.shutdownNow();
  }

  /** The thread every WebSocket send happens on. */
  public Executor pump() {
    return pump;
  }

  public ScheduledFuture<?> every(long period, TimeUnit unit, Runnable chore) {
    return scheduler.scheduleWithFixedDelay(chore, period, period, unit);
  }
}
