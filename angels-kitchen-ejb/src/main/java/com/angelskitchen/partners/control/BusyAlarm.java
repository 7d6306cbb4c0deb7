package com.angelskitchen.partners.control;

import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.partners.boundary.BusyControl;
import com.angelskitchen.stations.events.TicketBumped;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When automatic busy mode is evaluated: after an order placed, a ticket bumped or an order
 * cancelled has committed (so the count it reads includes it), on a background thread so the
 * cashier or the cook waits for nothing; and every five seconds, so that a ticket's age alone
 * switches it on, and a calm period that has passed switches it off. Not persistent: a tick missed
 * while the server was down is simply the next one.
 */
@Singleton
@Lock(LockType.READ)
@DependsOn("SchemaMigration")
public class BusyAlarm {

  private static final Logger LOG = Logger.getLogger(BusyAlarm.class.getName());

  @EJB BusyControl busy;

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
    busy.evaluateSoon();
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void bumped(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketBumped bumped) {
    busy.evaluateSoon();
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void cancelled(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) OrderCancelled cancelled) {
    busy.evaluateSoon();
  }
}
