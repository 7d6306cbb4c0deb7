package com.angelskitchen.partners.boundary;

import com.angelskitchen.ordering.entity.OrderStateException;
import com.angelskitchen.partners.entity.PartnerEvent;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.ThisServer;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inbox of partner events. {@link #record} inserts an event unless the partner already sent it
 * (same partner, same event id): concurrent deliveries of one event wait on each other in the
 * database and exactly one of them records it. The caller queues the event only after the row is
 * committed, so the database alone says what was accepted; an event whose message never came (the
 * server died between the commit and the send, or the broker lost it) stays RECEIVED, and recovery
 * finds it ({@link #unprocessedBefore}) and queues it again ({@link #markQueued}). Handling claims
 * the row ({@link #claim}), so a message queued twice is still handled once.
 *
 * <p>In a cluster every server queues on its own broker. Each row says which server queued its last
 * message ({@code queued_by}, a {@link ThisServer#ID}): recovery applies its rules to the events of
 * its own instance, whose broker it can see, and adopts at once the events of another instance
 * whose server is gone ({@link #orphaned}), since their messages wait on a broker that nobody
 * consumes.
 */
@Stateless
public class PartnerInbox {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** What arrived: the partner's ids for the event and its order, and the raw payload. */
  public record Arrival(
      String partner, String eventId, String eventType, String partnerOrderId, String payload) {}

  /**
   * What recording an arrival found.
   *
   * @param inboxId the event's row
   * @param isNew true for a new event; false for a redelivery
   * @param toQueue true when a message must be queued for it: a new event, or a redelivery of an
   *     event still unprocessed after its grace period
   */
  public record Recorded(long inboxId, boolean isNew, boolean toQueue) {}

  /** An unprocessed event to queue again, and when its last message was queued. */
  public record Unprocessed(
      long inboxId, String partner, String eventId, OffsetDateTime lastQueuedAt) {}

  /**
   * Records an arrival. A redelivery of an event that is still RECEIVED although its last message
   * was queued more than {@code grace} ago is marked queued again and handed back to be queued: the
   * partner retrying is a sign the first message may be lost. A row being handled right now
   * (locked) is left alone.
   *
   * @return the new event; a redelivery to queue again; or empty for a plain redelivery
   */
  public Optional<Recorded> record(Arrival arrival, Duration grace) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    @SuppressWarnings("unchecked")
    List<Number> inserted =
        em.createNativeQuery(
                "INSERT INTO partner_event (partner, event_id, event_type, partner_order_id,"
                    + " payload, received_at, status, queued_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'RECEIVED', ?)"
                    + " ON CONFLICT (partner, event_id) DO NOTHING RETURNING id")
            .setParameter(1, arrival.partner())
            .setParameter(2, arrival.eventId())
            .setParameter(3, arrival.eventType())
            .setParameter(4, arrival.partnerOrderId())
            .setParameter(5, arrival.payload())
            .setParameter(6, now)
            .setParameter(7, ThisServer.ID)
            .getResultList();
    if (!inserted.isEmpty()) {
      return Optional.of(new Recorded(inserted.get(0).longValue(), true, true));
    }
    @SuppressWarnings("unchecked")
    List<Number> stale =
        em.createNativeQuery(
                "WITH stale AS (SELECT id FROM partner_event WHERE partner = ? AND event_id = ?"
                    + " AND status = 'RECEIVED' AND COALESCE(queued_at, received_at) < ?"
                    + " FOR UPDATE SKIP LOCKED)"
                    + " UPDATE partner_event e SET queued_at = ?, queued_by = ?,"
                    + " requeues = e.requeues + 1 FROM stale WHERE e.id = stale.id RETURNING e.id")
            .setParameter(1, arrival.partner())
            .setParameter(2, arrival.eventId())
            .setParameter(3, now.minus(grace))
            .setParameter(4, now)
            .setParameter(5, ThisServer.ID)
            .getResultList();
    return stale.stream().findFirst().map(id -> new Recorded(id.longValue(), false, true));
  }

  /** SQL: the row's last message was queued by this instance (this process or an earlier one). */
  private static final String OWN_INSTANCE =
      "(queued_by IS NULL OR split_part(queued_by, '/', 1) = ?)";

  /**
   * Up to {@code max} unprocessed events of this instance whose last message was queued before
   * {@code before}, oldest first, for recovery to check against the queue. Events that already
   * failed {@code maxFailures} times are left to the dead-letter page.
   */
  public List<Unprocessed> unprocessedBefore(OffsetDateTime before, int maxFailures, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, partner, event_id, COALESCE(queued_at, received_at) FROM partner_event"
                    + " WHERE status = 'RECEIVED' AND "
                    + OWN_INSTANCE
                    + " AND COALESCE(queued_at, received_at) < ? AND failures < ?"
                    + " ORDER BY received_at, id LIMIT ?")
            .setParameter(1, ThisServer.INSTANCE)
            .setParameter(2, before)
            .setParameter(3, maxFailures)
            .setParameter(4, max)
            .getResultList();
    return unprocessed(rows);
  }

  /**
   * The servers alive now: those whose listening connection (see {@code ServerBell}) is open. A
   * process that dies loses its connection at once, and PostgreSQL forgets its session.
   */
  public Set<String> liveServers() {
    @SuppressWarnings("unchecked")
    List<String> names =
        em.createNativeQuery(
                "SELECT application_name FROM pg_stat_activity WHERE application_name LIKE ?")
            .setParameter(1, ThisServer.APPLICATION_PREFIX + "%")
            .getResultList();
    return names.stream()
        .map(name -> name.substring(ThisServer.APPLICATION_PREFIX.length()))
        .collect(Collectors.toSet());
  }

  /**
   * Up to {@code max} unprocessed events whose last message was queued by another instance's server
   * that is not among {@code live}: their messages wait on a broker nobody consumes.
   */
  public List<Unprocessed> orphaned(Set<String> live, int maxFailures, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, partner, event_id, COALESCE(queued_at, received_at) FROM partner_event"
                    + " WHERE status = 'RECEIVED' AND queued_by IS NOT NULL"
                    + " AND split_part(queued_by, '/', 1) <> ?"
                    + " AND queued_by <> ALL (CAST(? AS varchar[])) AND failures < ?"
                    + " ORDER BY received_at, id LIMIT ?")
            .setParameter(1, ThisServer.INSTANCE)
            .setParameter(2, texts(live))
            .setParameter(3, maxFailures)
            .setParameter(4, max)
            .getResultList();
    return unprocessed(rows);
  }

  /**
   * Takes over orphaned events: marks them queued by this server now, unless meanwhile handled,
   * locked by a consumer, or taken over by another survivor (their server is no longer one of the
   * dead).
   *
   * @return the events to queue, once this transaction has committed
   */
  public List<Unprocessed> adopt(List<Unprocessed> orphans, Set<String> live) {
    return requeue(
        orphans,
        "split_part(queued_by, '/', 1) <> ?4 AND queued_by <> ALL (CAST(?5 AS varchar[]))",
        ThisServer.INSTANCE,
        texts(live));
  }

  /**
   * Marks these events queued again by this server now (counted in {@code requeues}) where they are
   * still RECEIVED, meet {@code condition} (its parameters numbered from ?4) and no consumer holds
   * them.
   *
   * @return the events marked, to queue once this transaction has committed
   */
  private List<Unprocessed> requeue(
      List<Unprocessed> events, String condition, Object... conditionValues) {
    if (events.isEmpty()) {
      return List.of();
    }
    var update =
        em.createNativeQuery(
                "UPDATE partner_event SET queued_at = ?1, queued_by = ?2, requeues = requeues + 1"
                    + " WHERE id IN (SELECT id FROM partner_event"
                    + " WHERE id = ANY (CAST(?3 AS bigint[])) AND status = 'RECEIVED' AND "
                    + condition
                    + " FOR UPDATE SKIP LOCKED) RETURNING id")
            .setParameter(1, OffsetDateTime.now(clock))
            .setParameter(2, ThisServer.ID)
            .setParameter(3, ids(events.stream().map(Unprocessed::inboxId).toList()));
    for (int i = 0; i < conditionValues.length; i++) {
      update.setParameter(4 + i, conditionValues[i]);
    }
    @SuppressWarnings("unchecked")
    List<Number> marked = update.getResultList();
    Set<Long> requeued = marked.stream().map(Number::longValue).collect(Collectors.toSet());
    return events.stream().filter(e -> requeued.contains(e.inboxId())).toList();
  }

  private static List<Unprocessed> unprocessed(List<Object[]> rows) {
    return rows.stream()
        .map(
            r ->
                new Unprocessed(
                    ((Number) r[0]).longValue(), (String) r[1], (String) r[2], time(r[3])))
        .toList();
  }

  /**
   * Marks events as queued now: {@code again} for those recovery queues again (counted in {@code
   * requeues}), the others because their message was found waiting on the queue. Events handled
   * meanwhile, or locked by a consumer handling them right now, are left out.
   *
   * @return the events of {@code again} still to queue, once this transaction has committed
   */
  public List<Unprocessed> markQueued(
      List<Unprocessed> again, List<Long> stillWaiting, OffsetDateTime queuedBefore) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!stillWaiting.isEmpty()) {
      em.createNativeQuery(
              "UPDATE partner_event SET queued_at = ?, queued_by = ? WHERE id IN"
                  + " (SELECT id FROM partner_event WHERE id = ANY (CAST(? AS bigint[]))"
                  + " AND status = 'RECEIVED' FOR UPDATE SKIP LOCKED)")
          .setParameter(1, now)
          .setParameter(2, ThisServer.ID)
          .setParameter(3, ids(stillWaiting))
          .executeUpdate();
    }
    return requeue(again, "COALESCE(queued_at, received_at) < ?4", queuedBefore);
  }

  /** A PostgreSQL array literal of texts, e.g. {"ak1/1f2e3d4c","ak2/5a6b7c8d"}. */
  static String texts(Set<String> values) {
    return values.stream()
        .map(v -> '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
        .collect(Collectors.joining(",", "{", "}"));
  }

  /** A PostgreSQL array literal of ids, e.g. {1,2,3}. */
  private static String ids(List<Long> ids) {
    return ids.stream()
        .map(String::valueOf)
        .collect(java.util.stream.Collectors.joining(",", "{", "}"));
  }

  /**
   * How far the intake has got, from the latest events: when the newest message that a consumer has
   * handled was queued, and when a consumer last handled one.
   *
   * @param handledQueuedAt the queue time of the latest-queued handled event, or null
   * @param lastHandledAt when the last event was handled, or null
   */
  public record Progress(OffsetDateTime handledQueuedAt, OffsetDateTime lastHandledAt) {}

  /**
   * This instance's intake progress, read from the {@code recent} events of this instance handled
   * last (by their index): its consumers take from its own broker only.
   */
  public Progress progress(int recent) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT max(COALESCE(queued_at, received_at)), max(handled_at) FROM"
                        + " (SELECT queued_at, received_at, handled_at FROM partner_event"
                        + " WHERE handled_at IS NOT NULL AND "
                        + OWN_INSTANCE
                        + " ORDER BY handled_at DESC LIMIT ?) latest")
                .setParameter(1, ThisServer.INSTANCE)
                .setParameter(2, recent)
                .getSingleResult();
    return new Progress(time(row[0]), time(row[1]));
  }

  static OffsetDateTime time(Object value) {
    if (value == null || value instanceof OffsetDateTime) {
      return (OffsetDateTime) value;
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("not a time: " + value.getClass());
  }

  /** How many events are acknowledged and not yet handled: the intake's backlog. */
  public long unprocessedCount() {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM partner_event WHERE status = 'RECEIVED'")
                .getSingleResult())
        .longValue();
  }

  /**
   * A manager asks for one unprocessed event to be handled again (the stuck-event alert): marked
   * queued now, whatever its failures.
   *
   * @return the event to queue
   * @throws NotFoundException when there is no such event
   * @throws OrderStateException when it was handled meanwhile
   */
  public Unprocessed takeOneForRequeue(long id) {
    PartnerEvent event = claim(id);
    if (event.isHandled()) {
      throw new OrderStateException(
          "partners.event-handled-meanwhile",
          "that partner event was handled meanwhile: "
              + event.status().name().toLowerCase(java.util.Locale.ROOT),
          event.status());
    }
    em.createNativeQuery(
            "UPDATE partner_event SET queued_at = ?, queued_by = ?, requeues = requeues + 1"
                + " WHERE id = ?")
        .setParameter(1, OffsetDateTime.now(clock))
        .setParameter(2, ThisServer.ID)
        .setParameter(3, id)
        .executeUpdate();
    return new Unprocessed(
        id,
        event.partner(),
        event.eventId(),
        event.queuedAt() != null ? event.queuedAt() : event.receivedAt());
  }

  /**
   * The event, locked for the caller's transaction: the intake claims it before interpreting it, so
   * two deliveries of one message never work on it at once.
   *
   * @throws NotFoundException when there is no such row
   */
  public PartnerEvent claim(long id) {
    return find(id, LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(
            () -> new NotFoundException("partners.event-not-found", "no partner event " + id, id));
  }

  /** The event, locked for the caller's transaction, or empty when there is no such row. */
  public Optional<PartnerEvent> find(long id, LockModeType lock) {
    return Optional.ofNullable(em.find(PartnerEvent.class, id, lock));
  }

  /** The latest events, newest first, for the manager's page. */
  public List<PartnerEvent> recent(int maxResults) {
    return em.createNamedQuery(PartnerEvent.RECENT, PartnerEvent.class)
        .setMaxResults(maxResults)
        .getResultList();
  }

  /** Events still unprocessed although received before {@code before}, oldest first. */
  public List<PartnerEvent> stuck(OffsetDateTime before, int maxResults) {
    return em.createNamedQuery(PartnerEvent.STUCK, PartnerEvent.class)
        .setParameter("before", before)
        .setMaxResults(maxResults)
        .getResultList();
  }

  /** When the oldest unprocessed event arrived, if any is unprocessed. */
  public Optional<OffsetDateTime> oldestUnprocessed() {
    return Optional.ofNullable(
        em.createNamedQuery(PartnerEvent.OLDEST_UNPROCESSED, OffsetDateTime.class)
            .getSingleResult());
  }

  /**
   * When the oldest unprocessed event that no consumer has even tried arrived, if any: one that
   * waits long is a sign the intake is not consuming at all (broker or consumers down), unlike an
   * event that failed (a business problem for the partners page).
   */
  public Optional<OffsetDateTime> oldestUnattempted() {
    return Optional.ofNullable(
        em.createNamedQuery(PartnerEvent.OLDEST_UNATTEMPTED, OffsetDateTime.class)
            .setParameter("instance", ThisServer.INSTANCE + "/%")
            .getSingleResult());
  }
}
