package com.angelskitchen.delivery.control;

import com.angelskitchen.delivery.boundary.IntakeQueue;
import com.angelskitchen.delivery.boundary.PartnerInbox;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Finds partner events that were acknowledged but never handled, and queues them again. That
 * happens when the server dies between committing an inbox row and sending its message, or when the
 * broker drops a message whose transaction was in doubt at a crash.
 *
 * <p>It runs once shortly after start-up — queuing again every unprocessed event whose last message
 * went out before this server started, since that message may have died with it — and then every
 * {@code ak.partners.recovery-seconds} (default 5), queuing again those whose last message is older
 * than {@code ak.partners.requeue-after-seconds} (default 30): long enough for a burst's backlog to
 * drain, short enough that a lost order still reaches the kitchen in time. Events that failed as
 * often as the queue retries are left to the dead-letter page. Queuing an event twice is harmless.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // sweeps never block its other callers
@DependsOn("SchemaMigration")
public class IntakeRecovery {

  private static final Logger LOG = Logger.getLogger(IntakeRecovery.class.getName());

  /** Events queued again per transaction. */
  private static final int BATCH = 200;

  private static final Duration FIRST_SWEEP = Duration.ofSeconds(3);

  @EJB PartnerInbox inbox;

  @EJB IntakeQueue queue;

  @Inject Config config;

  @Inject Clock clock;

  @Resource TimerService timers;

  private OffsetDateTime startedAt;

  @PostConstruct
  void start() {
    startedAt = OffsetDateTime.now(clock);
    timers.createIntervalTimer(
        FIRST_SWEEP.toMillis(),
        period().toMillis(),
        new TimerConfig("partner intake recovery", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void tick(Timer timer) {
    try {
      int queued = sweep();
      if (queued > 0) {
        LOG.warning(
            () ->
                "queued "
                    + queued
                    + " unprocessed partner event(s) again (acknowledged, never handled)");
      }
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "partner intake recovery failed; will retry", failed);
    }
  }

  /**
   * Queues again every event due for it now.
   *
   * @return how many
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sweep() {
    OffsetDateTime graceEnds = OffsetDateTime.now(clock).minus(grace());
    OffsetDateTime before = graceEnds.isAfter(startedAt) ? graceEnds : startedAt;
    int total = 0;
    List<PartnerInbox.Unprocessed> due;
    do {
      due = inbox.takeForRequeue(before, IntakeQueue.ATTEMPTS, BATCH);
      for (PartnerInbox.Unprocessed event : due) {
        queue.queue(event.partner(), event.inboxId(), event.eventId());
      }
      total += due.size();
    } while (due.size() == BATCH);
    return total;
  }

  private Duration grace() {
    return grace(config);
  }

  /** How long an event's message may take before the event counts as lost. */
  public static Duration grace(Config config) {
    return Duration.ofSeconds(
        config.getOptionalValue("ak.partners.requeue-after-seconds", Integer.class).orElse(30));
  }

  private Duration period() {
    return Duration.ofSeconds(
        Math.max(
            1, config.getOptionalValue("ak.partners.recovery-seconds", Integer.class).orElse(5)));
  }
}
