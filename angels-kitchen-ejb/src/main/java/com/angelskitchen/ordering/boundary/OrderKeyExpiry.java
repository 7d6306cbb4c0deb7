package com.angelskitchen.ordering.boundary;

import com.angelskitchen.ordering.control.OrderKeys;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.logging.Logger;

/**
 * Forgets idempotency keys once nobody retries with them any more. A key is kept for {@link #KEEP}
 * at least: clients retry within seconds or minutes, a till that was offline within the shift, and
 * a request repeated a day later is a new order in all but name. Runs every hour, so a key lives at
 * most an hour longer; an expired key used again simply places a new order. Depends on the schema
 * migration so that its first tick never meets a database still being migrated.
 */
@Singleton
@DependsOn("SchemaMigration")
public class OrderKeyExpiry {

  /** How long a key is honoured at least. */
  public static final Duration KEEP = Duration.ofHours(24);

  private static final Logger LOG = Logger.getLogger(OrderKeyExpiry.class.getName());

  @Inject OrderKeys keys;

  @Inject Clock clock;

  @Schedule(minute = "7", hour = "*", persistent = false, info = "order idempotency keys")
  void tick() {
    forgetExpired(OffsetDateTime.now(clock));
  }

  /**
   * Deletes the keys claimed more than {@link #KEEP} before {@code now}, in one transaction.
   *
   * @return how many
   */
  public int forgetExpired(OffsetDateTime now) {
    int forgotten = keys.forgetBefore(now.minus(KEEP));
    if (forgotten > 0) {
      LOG.fine(() -> "forgot " + forgotten + " order idempotency keys");
    }
    return forgotten;
  }
}
