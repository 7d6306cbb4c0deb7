package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.boundary.KitchenLogReader;
import com.angelskitchen.kitchenlog.events.KitchenEvent;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases committed kitchen events to the screens strictly in sequence order.
 *
 * <p>Events are observed after commit on the committing threads, so two transactions that committed
 * as 41 then 42 may reach this observer as 42 then 41. Sequence numbers have no gaps, so the
 * sequencer knows exactly which event comes next: 42 waits until 41 arrives and both are then
 * released in order. Should 41 not arrive within {@link #GAP_PATIENCE_MILLIS} (its observer failed,
 * or another server committed it), the missing events are read from the kitchen log. Events
 * committed by another server of a cluster are read from the log as soon as that server's {@link
 * com.angelskitchen.web.cluster.ServerBell} rings here.
 *
 * <p>Each channel's message is built by the committing thread before it takes the lock (see {@link
 * Publication}); under the lock the sequencer only puts events in order and queues the ready
 * messages, so committing threads do not wait for one another's JSON.
 */
@ApplicationScoped
public class EventSequencer {

  private static final Logger LOG = Logger.getLogger(EventSequencer.class.getName());
  static final long GAP_PATIENCE_MILLIS = 250;

  @EJB KitchenLogReader log;

  @Inject ConnectedScreens screens;

  @Inject KitchenTimers timers;

  /** The clock the gap patience is measured on (a seam for unit tests). */
  LongSupplier nanoTime = System::nanoTime;

  private final TreeMap<Long, Publication> waiting = new TreeMap<>();
  private long released;
  private long waitingSince;
  private ScheduledFuture<?> gapWatch;

  @PostConstruct
  void start() {
    released = log.lastSequence();
    gapWatch = timers.every(100, TimeUnit.MILLISECONDS, this::fillGap);
  }

  @PreDestroy
  void stop() {
    if (gapWatch != null) {
      gapWatch.cancel(false);
    }
  }

  /**
   * Created with the application, not on first use: created by the first event's observer, it would
   * read that event's sequence as already released and drop it.
   */
  void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
    released();
  }

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KitchenEvent event) {
    release(List.of(screens.prepare(event)));
  }

  /** The highest sequence released to screens: every event up to it has been published. */
  public synchronized long released() {
    return released;
  }

  /**
   * Runs {@code action} with the released sequence at a moment when no event is being released, so
   * that the action (registering a screen) cannot fall between two releases.
   */
  public synchronized long atReleased(Runnable action) {
    action.run();
    return released;
  }

  /** Takes committed events (in any order) and publishes every one whose turn has come. */
  public void accept(List<KitchenEvent> events) {
    release(events.stream().map(Publication::new).toList());
  }

  private synchronized void release(List<Publication> publications) {
    for (Publication publication : publications) {
      if (publication.sequence() > released) {
        if (waiting.isEmpty()) {
          waitingSince = nanoTime.getAsLong();
        }
        waiting.put(publication.sequence(), publication);
      }
    }
    while (!waiting.isEmpty() && waiting.firstKey() == released + 1) {
      Publication next = waiting.pollFirstEntry().getValue();
      released = next.sequence();
      screens.publish(next);
      waitingSince = nanoTime.getAsLong();
    }
  }

  /**
   * Another server of the cluster committed the kitchen log up to {@code sequence} (its {@link
   * com.angelskitchen.web.cluster.ServerBell} rang): reads from the log what this server has not
   * released yet, up to it, and releases it in order. Runs on the bell's thread.
   */
  public void heard(long sequence) {
    while (true) {
      long from;
      synchronized (this) {
        if (sequence <= released) {
          return;
        }
        from = released;
      }
      List<KitchenEvent> missed = log.eventsAfter(from, (int) Math.min(sequence - from, 1_000));
      accept(missed);
      synchronized (this) {
        if (released == from) {
          return; // not in the log yet (cannot happen after its commit); the gap watch retries
        }
      }
    }
  }

  /** Reads from the kitchen log the events a waiting event has been missing for too long. */
  public void fillGap() {
    long from;
    int missing;
    synchronized (this) {
      if (waiting.isEmpty()
          || nanoTime.getAsLong() - waitingSince
              < TimeUnit.MILLISECONDS.toNanos(GAP_PATIENCE_MILLIS)) {
        return;
      }
      from = released;
      missing = (int) Math.min(waiting.firstKey() - released - 1, 1_000);
    }
    try {
      accept(log.eventsAfter(from, missing));
    } catch (RuntimeException failed) {
      LOG.log(
          Level.WARNING, "could not read kitchen events after " + from + "; will retry", failed);
    }
  }
}
