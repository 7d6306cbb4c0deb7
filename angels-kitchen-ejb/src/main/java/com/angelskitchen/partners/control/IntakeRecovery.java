package com.angelskitchen.partners.control;

import com.angelskitchen.partners.boundary.IntakeQueue;
import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.boundary.PartnerOutbox;
import com.angelskitchen.partners.boundary.PartnerQueues;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Finds partner events that were acknowledged but never handled, and partner calls that were
 * decided but never made, and queues them again. That happens when the server dies between
 * committing an inbox row and sending its message, or when the broker drops a message whose
 * transaction was in doubt at a crash.
 *
 * <p>It runs once shortly after start-up — looking at every unprocessed event whose last message
 * went out before this server started, since that message may have died with it — and then every
 * {@code ak.partners.recovery-seconds} (default 5), queuing again those whose last message is older
 * than {@code ak.partners.requeue-after-seconds} (default 30): long enough for a burst's backlog to
 * drain, short enough that a lost order still reaches the kitchen in time. Events that failed as
 * often as the queue retries are left to the dead-letter page. An event whose message still waits
 * on the queue is not queued again; one queued twice all the same is handled once.
 *
 * <p>In a cluster each instance has its own broker and looks after the events it queued there. The
 * events of an instance whose server died are adopted by the first survivor that sweeps, at once:
 * the dead server's listening connection to PostgreSQL closed with it (see {@link
 * PartnerInbox#liveServers}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // sweeps never block its other callers
@DependsOn("SchemaMigration")
public class IntakeRecovery {

  private static final Logger LOG = Logger.getLogger(IntakeRecovery.class.getName());

  /** Due events looked at per sweep; a longer list is taken up by the next sweeps. */
  private static final int BATCH = 5_000;

  /** The events handled last, read to see how far the consumers have got. */
  private static final int RECENT_EVENTS = 200;

  /** Messages read from the intake queue to see which events still wait there. */
  private static final int MAX_BROWSED = 100_000;

  private static final int BROWSE_ATTEMPTS = 3;

  private static final Duration FIRST_SWEEP = Duration.ofSeconds(3);

  @EJB PartnerInbox inbox;

  @EJB IntakeQueue queue;

  @EJB PartnerOutbox outbox;

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
   * Queues again every event due for it now whose message is lost: first the events of servers that
   * are gone (in a cluster), then this instance's own. The queue is first in, first out: an event
   * whose message was queued more than a grace period before the latest one a consumer has handled
   * has been overtaken, so its message is gone, and it is queued again without looking at the
   * queue. Due events not overtaken are either still waiting in a draining backlog (left alone: the
   * next sweeps look again as the consumers get through it) or, when the consumers are idle, looked
   * up on the queue itself, which is then short: those whose message is not there are queued again.
   * An event queued twice all the same is handled once.
   *
   * @return how many events were queued again
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int sweep() {
    Set<String> live = inbox.liveServers();
    return adoptOrphans(live) + recoverOwn() + recoverCalls(live);
  }

  /**
   * Queues again the partner calls whose messages are lost (this instance's, queued before the
   * grace period or this server's start and due since) or wait on the broker of a server that is
   * gone (another instance's): each is taken over in its own transaction, and a call made meanwhile
   * is left alone.
   */
  private int recoverCalls(Set<String> live) {
    OffsetDateTime graceEnds = OffsetDateTime.now(clock).minus(grace());
    OffsetDateTime before = graceEnds.isAfter(startedAt) ? graceEnds : startedAt;
    int queued = 0;
    for (PartnerOutbox.Pending lost : outbox.lost(before, live, BATCH)) {
      if (outbox.requeue(lost)) {
        queued++;
      }
    }
    return queued;
  }

  /**
   * Queues here, at once, the events another instance had queued when its server died: their
   * messages wait on that instance's broker, which nobody consumes until it comes back (and then
   * finds them handled).
   */
  private int adoptOrphans(Set<String> live) {
    List<PartnerInbox.Unprocessed> orphans =
        inbox.orphaned(live, PartnerQueues.Intake.ATTEMPTS, BATCH);
    List<PartnerInbox.Unprocessed> adopted = inbox.adopt(orphans, live);
    for (PartnerInbox.Unprocessed event : adopted) {
      queue.queue(event.partner(), event.inboxId(), event.eventId());
    }
    return adopted.size();
  }

  private int recoverOwn() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime graceEnds = now.minus(grace());
    OffsetDateTime before = graceEnds.isAfter(startedAt) ? graceEnds : startedAt;
    List<PartnerInbox.Unprocessed> due =
        inbox.unprocessedBefore(before, PartnerQueues.Intake.ATTEMPTS, BATCH);
    if (due.isEmpty()) {
      return 0;
    }
    PartnerInbox.Progress progress = inbox.progress(RECENT_EVENTS);
    OffsetDateTime overtakenBefore =
        progress.handledQueuedAt() == null ? null : progress.handledQueuedAt().minus(grace());
    List<PartnerInbox.Unprocessed> overtaken =
        overtakenBefore == null
            ? List.of()
            : due.stream().filter(e -> e.lastQueuedAt().isBefore(overtakenBefore)).toList();
    List<PartnerInbox.Unprocessed> lost = new ArrayList<>(overtaken);
    List<Long> seenWaiting = List.of();
    boolean consumersIdle =
        progress.lastHandledAt() == null || progress.lastHandledAt().isBefore(graceEnds);
    if (lost.size() < due.size() && consumersIdle) {
      Optional<Set<Long>> waiting = browseQueue();
      List<PartnerInbox.Unprocessed> rest =
          due.stream().filter(e -> !overtaken.contains(e)).toList();
      if (waiting.isPresent()) {
        rest.stream().filter(e -> !waiting.get().contains(e.inboxId())).forEach(lost::add);
        seenWaiting =
            rest.stream()
                .map(PartnerInbox.Unprocessed::inboxId)
                .filter(waiting.get()::contains)
                .toList();
      } else {
        lost.addAll(rest); // idle consumers and a queue that cannot be read: queue them blind
      }
    }
    List<PartnerInbox.Unprocessed> again = inbox.markQueued(lost, seenWaiting, before);
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
