package com.angelskitchen.web.kds;

import com.angelskitchen.printing.boundary.PrintQueue;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the printing, every two seconds, which stations have a screen connected to this server: a
 * station in fallback mode prints only once none of its screens has been seen anywhere for its
 * fallback seconds. Each server of a cluster reports its own screens; the database keeps the latest
 * sighting. The report runs on a managed thread (it calls the push and the core), never two at
 * once.
 */
@ApplicationScoped
public class StationScreensSeen {

  private static final Logger LOG = Logger.getLogger(StationScreensSeen.class.getName());

  static final long EVERY_SECONDS = 2;

  @Inject ConnectedScreens screens;

  @Inject KitchenTimers timers;

  @EJB PrintQueue printing;

  @Resource ManagedExecutorService executor;

  private final AtomicBoolean reporting = new AtomicBoolean();
  private ScheduledFuture<?> report;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    report = timers.every(EVERY_SECONDS, TimeUnit.SECONDS, this::report);
  }

  @PreDestroy
  void stop() {
    if (report != null) {
      report.cancel(false);
    }
  }

  /** On the timers' thread: only hands the report over to the managed executor. */
  private void report() {
    if (!reporting.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.execute(
          () -> {
            try {
              Set<String> seen = screens.stationsOnScreen();
              if (!seen.isEmpty()) {
                printing.screensSeen(seen);
              }
            } catch (RuntimeException failed) {
              LOG.log(Level.WARNING, "could not report the stations on screen", failed);
            } finally {
              reporting.set(false);
            }
          });
    } catch (RuntimeException rejected) {
      reporting.set(false);
    }
  }
}
