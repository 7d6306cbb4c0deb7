package com.angelskitchen.ordering.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fires held orders when their time comes. The hold lives in the database (status HELD and a fire
 * time), and this alarm only polls it, so nothing is lost across a restart: orders that came due
 * while the server was down fire on the first tick after it is back. Each order fires in its own
 * transaction; one failure does not stop the others. It depends on the schema migration, so its
 * first tick never runs against a database that is still being migrated.
 */
@Singleton
@DependsOn("SchemaMigration")
public class HeldOrderAlarm {

  private static final Logger LOG = Logger.getLogger(HeldOrderAlarm.class.getName());
  private static final int BATCH = 200;

  @EJB OrderDesk desk;

  @Inject Clock clock;

  @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false, info = "held orders")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick() {
    fireDue(OffsetDateTime.now(clock));
  }

  /**
   * Fires every held order due at {@code now}.
   *
   * @return how many orders were due
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int fireDue(OffsetDateTime now) {
    List<Long> due = desk.dueToFire(now, BATCH);
    for (long orderId : due) {
      try {
        desk.fireIfDue(orderId, now);
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "could not fire held order " + orderId + "; will retry", failed);
      }
    }
    return due.size();
  }
}
