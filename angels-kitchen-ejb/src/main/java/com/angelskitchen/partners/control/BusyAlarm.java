package com.angelskitchen.partners.control;

import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.partners.boundary.BusyControl;
import com.angelskitchen.stations.events.TicketBumped;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When automatic busy mode is evaluated: shortly after an order placed, a ticket bumped or an order
 * cancelled has committed (so the count it reads includes it), on a timer so the cashier or the
 * cook waits for nothing; and every five seconds, so that a ticket's age alone switches it on, and
 * a calm period that has passed switches it off. Not persistent: a tick missed while the server was
 * down is simply the next one.
 *
 * <p>A rush does not evaluate once per order: a change starts a quarter-second timer, and the
 * changes committed until it fires share its evaluation (it reads after them, so it counts them
 * all). At 200 orders a second that saves a transaction and a thread hand-off per order; busy mode
 * still switches on within a quarter second of the order that tips it.
 */
@Singleton
@Lock(LockType.READ)
@DependsOn("SchemaMigration")
public class BusyAlarm {

  private static final Logger LOG = Logger.getLogger(BusyAlarm.class.getName());

  /** How long after a change its evaluation runs, gathering the changes committed meanwhile. */
  static final long GATHER_MILLIS = 250;

  @EJB BusyControl busy;

  @Resource TimerService timers;

  /** An evaluation is due and has not started reading yet. */
  private final AtomicBoolean due = new AtomicBoolean();

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "busy mode")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    try {
      busy.evaluate();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "could not evaluate busy mode; will retry", failed);
    }
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void placed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced placed) {
    evaluateSoon();
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void bumped(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketBumped bumped) {
    evaluateSoon();
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void cancelled(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) OrderCancelled cancelled) {
    evaluateSoon();
  }

  /** Makes an evaluation due shortly, unless one is due already and has not started reading. */
  private void evaluateSoon() {
    if (!due.compareAndSet(false, true)) {
      return;
    }
    try {
      timers.createSingleActionTimer(
          GATHER_MILLIS, new TimerConfig("busy mode after a change", false));
    } catch (RuntimeException refused) {
      due.set(false);
      LOG.log(Level.WARNING, "could not set the busy-mode timer; the next tick evaluates", refused);
    }
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void afterChanges(Timer timer) {
    due.set(false);
    tick();
  }
}
