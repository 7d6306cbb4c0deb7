package com.angelskitchen.ordering.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The idempotency keys orders were placed under, in the caller's transaction. {@link #claim} comes
 * first in the transaction that places the order: the key's primary key is the point where two
 * requests with one key meet. The second one's insert waits until the first commits (and then finds
 * its row) or rolls back (and then claims the key itself), so exactly one of them places the order,
 * with no lock held in the application and none across a restart.
 */
@Dependent
public class OrderKeys {

  private static final String CLAIM =
      "INSERT INTO order_idempotency (idempotency_key, staff, request_hash, created_at)"
          + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (idempotency_key) DO NOTHING"
          + " RETURNING idempotency_key";

  @PersistenceContext EntityManager em;

  /** How a key was used before: by whom, for which order (by its fingerprint), placing which. */
  public record Use(String staff, String fingerprint, Long orderId) {

    /** True when this is a retry of the same order by the same person. */
    public boolean repeats(String otherStaff, String otherFingerprint) {
      return staff.equals(otherStaff) && fingerprint.equals(otherFingerprint);
    }
  }

  /**
   * Claims the key for an order about to be placed, waiting for a transaction that holds it.
   *
   * @return empty when the key is now this transaction's; otherwise its earlier use, committed
   */
  public Optional<Use> claim(String key, String staff, String fingerprint, OffsetDateTime now) {
    List<?> claimed =
        em.createNativeQuery(CLAIM)
            .setParameter(1, key)
            .setParameter(2, staff)
            .setParameter(3, fingerprint)
            .setParameter(4, now)
            .getResultList();
    if (!claimed.isEmpty()) {
      return Optional.empty();
    }
    // READ COMMITTED: this statement sees the row whose commit the insert waited for. It can only
    // be missing if the row expired in between, a day after it was written; the caller retries.
    List<?> rows =
        em.createNativeQuery(
                "SELECT staff, request_hash, order_id FROM order_idempotency"
                    + " WHERE idempotency_key = ?1")
            .setParameter(1, key)
            .getResultList();
    if (rows.isEmpty()) {
      return claim(key, staff, fingerprint, now);
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(
        new Use(
            (String) row[0],
            ((String) row[1]).strip(),
            row[2] == null ? null : ((Number) row[2]).longValue()));
  }

  /**
   * Records the order placed under a key this transaction claimed. The order's rows are written
   * first, for the foreign key; call it before the kitchen log's append, which should stay last.
   */
  public void settle(String key, long orderId) {
    em.flush();
    em.createNativeQuery("UPDATE order_idempotency SET order_id = ?1 WHERE idempotency_key = ?2")
        .setParameter(1, orderId)
        .setParameter(2, key)
        .executeUpdate();
  }

  /**
   * Forgets the keys claimed before a moment.
   *
   * @return how many
   */
  public int forgetBefore(OffsetDateTime cutoff) {
    return em.createNativeQuery("DELETE FROM order_idempotency WHERE created_at < ?1")
        .setParameter(1, cutoff)
        .executeUpdate();
  }
}
