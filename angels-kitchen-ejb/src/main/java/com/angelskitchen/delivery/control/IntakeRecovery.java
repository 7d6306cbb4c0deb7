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
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * Finds partner events that were acknowledged but never handled, and queues them again. That
 * happens when the server dies between committing an inbox row and sending its message, or when the
 * broker drops a message whose transaction was in doubt at a crash.
 *
 * <p>It runs once shortly after start-up — looking at every unprocessed event whose last message
 * went out before this server started, since that message may have died with it — and then every
 * {@code ak.partners.recovery-seconds} (default 5), queuing again those whose last message is older
 * than {@code ak.partners.requeue-after-seconds} (default 30): long enough for a burst's backlog to
 * drain, short enough that a lost order still reaches the kitchen in time. Events that failed as
 * often as the queue retries are left to the dead-letter page. An event whose message still waits
 * on the queue is not queued again; one queued twice all the same is handled once.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // sweeps never block its other callers
@DependsOn("SchemaMigration")
public class IntakeRecovery {

  private static final Logger LOG = Logger.getLogger(IntakeRecovery.class.getName());

  /** Due events looked at per sweep; a longer list is taken up by the next sweeps. */
  private static final int BATCH = 5_000;

  /** Messages read from the intake queue to see which events still wait there. */
  private static final int MAX_BROWSED = 100_000;

  private static final int BROWSE_ATTEMPTS = 3;

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
   * Queues again every event due for it now whose message is not waiting on the queue. An event
   * whose message is there (a backlog draining after a rush or a restart) is only marked as seen
   * queued, so a long backlog is never queued twice. When the queue cannot be browsed, only events
   * four grace periods past their last message are queued again, blind: a duplicate message costs a
   * lookup, a lost one an order, and this bounds the duplicates a draining backlog gets.
   *
   * @return how many events were queued again
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sweep() {
    OffsetDateTime graceEnds = OffsetDateTime.now(clock).minus(grace());
    OffsetDateTime before = graceEnds.isAfter(startedAt) ? graceEnds : startedAt;
    List<PartnerInbox.Unprocessed> due =
        inbox.unprocessedBefore(before, IntakeQueue.ATTEMPTS, BATCH);
    if (due.isEmpty()) {
      return 0;
    }
    List<PartnerInbox.Unprocessed> lost;
    List<Long> seenWaiting;
    Optional<Set<Long>> browsed = browseQueue();
    if (browsed.isPresent()) {
      Set<Long> waiting = browsed.get();
      lost = due.stream().filter(e -> !waiting.contains(e.inboxId())).toList();
      seenWaiting =
          due.stream().map(PartnerInbox.Unprocessed::inboxId).filter(waiting::contains).toList();
    } else {
      // The broker would not show its queue (OpenMQ's browser fails while consumers take messages
      // from under it): only events four grace periods past their last message go again, blind.
      OffsetDateTime blind = OffsetDateTime.now(clock).minus(grace().multipliedBy(4));
      Set<Long> longLost =
          inbox
              .unprocessedBefore(
                  blind.isAfter(startedAt) ? blind : startedAt, IntakeQueue.ATTEMPTS, BATCH)
              .stream()
              .map(PartnerInbox.Unprocessed::inboxId)
              .collect(Collectors.toSet());
      lost = due.stream().filter(e -> longLost.contains(e.inboxId())).toList();
      seenWaiting = List.of();
    }
    List<PartnerInbox.Unprocessed> again = inbox.markQueued(lost, seenWaiting);
    for (PartnerInbox.Unprocessed event : again) {
      queue.queue(event.partner(), event.inboxId(), event.eventId());
    }
    return again.size();
  }

  /** The events whose messages wait on the queue; the browser is given a few tries. */
  private Optional<Set<Long>> browseQueue() {
    for (int attempt = 0; attempt < BROWSE_ATTEMPTS; attempt++) {
      Optional<Set<Long>> waiting = queue.waitingInboxIds(MAX_BROWSED);
      if (waiting.isPresent()) {
        return waiting;
      }
    }
    return Optional.empty();
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
