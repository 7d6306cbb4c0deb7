package com.angelskitchen.partners.boundary;

import com.angelskitchen.partners.boundary.PartnerQueues.Calls;
import com.angelskitchen.partners.entity.PartnerCall;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.ThisServer;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Calls to partners, kept as rows of {@code partner_outbox} and carried by the persistent
 * partner-status queue. Both are written inside the caller's transaction: an order that was placed
 * has its acceptance recorded and queued, or neither happened. The integration module's consumer
 * claims the row, makes the call and marks the row done; a failed call is retried later, and every
 * attempt is recorded for the managers.
 *
 * <p>The row is the truth, the message the fast way to a consumer: a call whose message was lost (a
 * crash between the database's commit and the broker's), or waits on the broker of a server of the
 * cluster that died, is queued again by {@link com.angelskitchen.partners.control.IntakeRecovery}
 * from its row; a second message for a call already made finds its row done and changes nothing.
 */
@Stateless
public class PartnerOutbox {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject JMSContext jms;

  @Resource(lookup = Calls.JNDI_NAME)
  Queue partnerStatus;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A pending call, as recovery finds it. */
  public record Pending(long outboxId, OutboundCall call, OffsetDateTime dueAt) {}

  /** Records a call to make now and queues it, in the caller's transaction. */
  public void send(OutboundCall call) {
    queue(insert(call), call, Duration.ZERO);
  }

  /**
   * Records and queues a call to every partner that supersedes any like it still waiting (a menu
   * publication: the latest menu is built when the call is made, so one waiting call covers every
   * change before it). At most one such call waits at a time, across the cluster: a partial unique
   * index on the outbox (V28) refuses a second waiting row, and the insert then does nothing. A
   * {@code delay} of zero (a manager's "publish now") also brings a waiting call forward to now.
   *
   * @return whether a new call was queued (false: one was waiting and covers this one)
   */
  public boolean sendOnce(OutboundCall call, Duration delay) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    OffsetDateTime due = now.plus(delay);
    @SuppressWarnings("unchecked")
    List<Number> inserted =
        em.createNativeQuery(
                "INSERT INTO partner_outbox (partner, action, call, due_at, queued_at, queued_by,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"
                    + " RETURNING id")
            .setParameter(1, call.partner())
            .setParameter(2, call.action().name())
            .setParameter(3, JSON.toJson(call))
            .setParameter(4, due)
            .setParameter(5, now)
            .setParameter(6, ThisServer.ID)
            .setParameter(7, now)
            .getResultList();
    if (!inserted.isEmpty()) {
      queue(inserted.get(0).longValue(), call, delay);
      return true;
    }
    if (delay.isZero()) {
      // A waiting call due later: due now, and a message now (the later one finds it done).
      @SuppressWarnings("unchecked")
      List<Number> waiting =
          em.createNativeQuery(
                  "UPDATE partner_outbox SET due_at = ?, queued_at = ?, queued_by = ?"
                      + " WHERE partner = ? AND action = ? AND done_at IS NULL AND due_at > ?"
                      + " RETURNING id")
              .setParameter(1, now)
              .setParameter(2, now)
              .setParameter(3, ThisServer.ID)
              .setParameter(4, call.partner())
              .setParameter(5, call.action().name())
              .setParameter(6, now)
              .getResultList();
      waiting.forEach(id -> queue(id.longValue(), call, Duration.ZERO));
    }
    return false;
  }

  /** A new row for the call, due now and queued by this server. */
  private long insert(OutboundCall call) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return ((Number)
            em.createNativeQuery(
                    "INSERT INTO partner_outbox (partner, action, call, due_at, queued_at,"
                        + " queued_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")
                .setParameter(1, call.partner())
                .setParameter(2, call.action().name())
                .setParameter(3, JSON.toJson(call))
                .setParameter(4, now)
                .setParameter(5, now)
                .setParameter(6, ThisServer.ID)
                .setParameter(7, now)
                .getSingleResult())
        .longValue();
  }

  /** The call's next attempt, once {@code delay} has passed (a retry's backoff). */
  public void retryLater(long outboxId, OutboundCall next, Duration delay) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    em.createNativeQuery(
            "UPDATE partner_outbox SET call = ?, due_at = ?, queued_at = ?, queued_by = ?"
                + " WHERE id = ?")
        .setParameter(1, JSON.toJson(next))
        .setParameter(2, now.plus(delay))
        .setParameter(3, now)
        .setParameter(4, ThisServer.ID)
        .setParameter(5, outboxId)
        .executeUpdate();
    queue(outboxId, next, delay);
  }

  /**
   * The call of this row, locked for the caller's transaction, while it is still to be made; empty
   * when it was made already (its message came twice) or there is no such row.
   */
  public Optional<OutboundCall> claim(long outboxId) {
    @SuppressWarnings("unchecked")
    List<String> pending =
        em.createNativeQuery(
                "SELECT call FROM partner_outbox WHERE id = ? AND done_at IS NULL FOR UPDATE")
            .setParameter(1, outboxId)
            .getResultList();
    return pending.stream().findFirst().map(PartnerOutbox::read);
  }

  /** The call was made (or fanned out): no message for it does anything any more. */
  public void done(long outboxId) {
    em.createNativeQuery("UPDATE partner_outbox SET done_at = ? WHERE id = ?")
        .setParameter(1, OffsetDateTime.now(clock))
        .setParameter(2, outboxId)
        .executeUpdate();
  }

  /**
   * The call failed for good, in the caller's transaction: its row is closed as given up, a dead
   * letter for a manager to replay. A call that has no row (queued before the outbox existed) gets
   * one, given up.
   */
  public void giveUp(Long outboxId, OutboundCall call) {
    long id = outboxId != null ? outboxId : insert(call);
    OffsetDateTime now = OffsetDateTime.now(clock);
    em.createNativeQuery("UPDATE partner_outbox SET done_at = ?, gave_up_at = ? WHERE id = ?")
        .setParameter(1, now)
        .setParameter(2, now)
        .setParameter(3, id)
        .executeUpdate();
  }

  /** A call that failed for good: a dead letter. */
  public record GivenUp(long outboxId, OutboundCall call, OffsetDateTime at) {}

  /** The calls that failed for good and were not replayed, latest first. */
  public List<GivenUp> givenUp(int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, call, gave_up_at FROM partner_outbox WHERE gave_up_at IS NOT NULL"
                    + " ORDER BY gave_up_at DESC LIMIT ?")
            .setParameter(1, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new GivenUp(
                    ((Number) r[0]).longValue(), read((String) r[1]), PartnerInbox.time(r[2])))
        .toList();
  }

  /**
   * Makes a call that failed for good once more, as a new call (the manager fixed the cause).
   *
   * @throws NotFoundException when it is not (or no longer) a dead letter: replayed already?
   */
  public void replay(long outboxId) {
    @SuppressWarnings("unchecked")
    List<String> dead =
        em.createNativeQuery(
                "UPDATE partner_outbox SET gave_up_at = NULL WHERE id = ?"
                    + " AND gave_up_at IS NOT NULL RETURNING call")
            .setParameter(1, outboxId)
            .getResultList();
    if (dead.isEmpty()) {
      throw new NotFoundException(
          "partners.dead-call-gone", "no dead call " + outboxId + " (replayed already?)", outboxId);
    }
    send(read(dead.get(0)));
  }

  /**
   * Pending calls whose message was queued before {@code before} by a server of this instance (a
   * message lost in a crash), or by a server of another instance that is not among {@code live}
   * (its broker is gone with it): recovery queues them again here.
   */
  public List<Pending> lost(OffsetDateTime before, Set<String> live, int max) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, call, due_at FROM partner_outbox WHERE done_at IS NULL AND ("
                    + "(split_part(queued_by, '/', 1) = ? AND queued_at < ? AND due_at < ?)"
                    + " OR (split_part(queued_by, '/', 1) <> ?"
                    + " AND queued_by <> ALL (CAST(? AS varchar[]))))"
                    + " ORDER BY id LIMIT ?")
            .setParameter(1, ThisServer.INSTANCE)
            .setParameter(2, before)
            .setParameter(3, before)
            .setParameter(4, ThisServer.INSTANCE)
            .setParameter(5, PartnerInbox.texts(live))
            .setParameter(6, max)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new Pending(
                    ((Number) r[0]).longValue(), read((String) r[1]), PartnerInbox.time(r[2])))
        .toList();
  }

  /**
   * Takes a lost call over and queues it again (on this server's broker, due when it was due),
   * unless it was made or taken over meanwhile. Runs in its own transaction.
   *
   * @return whether it was queued again
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean requeue(Pending lost) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    @SuppressWarnings("unchecked")
    List<Number> taken =
        em.createNativeQuery(
                "UPDATE partner_outbox SET queued_at = ?, queued_by = ? WHERE id IN (SELECT id"
                    + " FROM partner_outbox WHERE id = ? AND done_at IS NULL"
                    + " AND queued_at < ? FOR UPDATE SKIP LOCKED) RETURNING id")
            .setParameter(1, now)
            .setParameter(2, ThisServer.ID)
            .setParameter(3, lost.outboxId())
            .setParameter(4, now)
            .getResultList();
    if (taken.isEmpty()) {
      return false;
    }
    Duration wait = Duration.between(now, lost.dueAt());
    queue(lost.outboxId(), lost.call(), wait.isNegative() ? Duration.ZERO : wait);
    return true;
  }

  private void queue(long outboxId, OutboundCall call, Duration delay) {
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .setDeliveryDelay(delay.toMillis())
        .setProperty(Calls.PARTNER, call.partner())
        .setProperty(Calls.ACTION, call.action().name())
        .setProperty(Calls.OUTBOX_ID, outboxId)
        .send(partnerStatus, JSON.toJson(call));
  }

  /** Records one attempt and its answer in the caller's transaction. */
  public void record(PartnerCall attempt) {
    em.persist(attempt);
  }

  /** Reads a queued call back. */
  public static OutboundCall read(String json) {
    return JSON.fromJson(json, OutboundCall.class);
  }
}
