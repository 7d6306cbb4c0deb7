package com.angelskitchen.ordering.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The moment a sale is timed, read under a lock that a Z close takes exclusively: an order being
 * placed reads its time only once no close is being made, and a close reads its end only once no
 * order is between reading its time and committing. So every order is in exactly one end-of-day
 * report, never in neither because it was timed before a close and written after it. The lock is a
 * PostgreSQL transaction-level advisory lock (shared for orders, which never wait on each other;
 * exclusive for the close), released at commit.
 */
@Dependent
public class SalesClock {

  private static final String LOCK = "angels-kitchen sales clock";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** Now, for an order being placed: waits while a Z close is being made. */
  public OffsetDateTime forOrder() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock_shared(hashtext(?1))")
        .setParameter(1, LOCK)
        .getSingleResult();
    return OffsetDateTime.now(clock);
  }

  /** Waits for every order being placed to commit, and holds new ones back until this commits. */
  public void stopOrdersForTheClose() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, LOCK)
        .getSingleResult();
  }
}
