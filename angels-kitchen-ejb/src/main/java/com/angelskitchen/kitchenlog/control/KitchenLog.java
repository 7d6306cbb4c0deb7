package com.angelskitchen.kitchenlog.control;

import com.angelskitchen.kitchenlog.entity.KitchenLogEntry;
import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.platform.ThisServer;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Records kitchen events: appends each to the durable log and fires it as a CDI event, inside the
 * caller's transaction. Observers that push to screens listen after commit, so an event reaches a
 * screen only if its log entry is in the database.
 *
 * <p>The sequence number comes from a single counter row that the transaction updates and keeps
 * locked until it commits. A PostgreSQL sequence would not do: transaction A could take 5 and B
 * take 6 and commit first, and a screen that resumed "after 6" would never see 5. With the counter
 * row, a transaction can only take the next number once the previous holder has committed or rolled
 * back, so sequence order is commit order and a rollback leaves no gap.
 *
 * <p>That lock is the one place where every kitchen change queues, so it is held as briefly as
 * possible: everything else the transaction writes is flushed first, the event is serialised first,
 * and the counter update and the log insert are one statement, right before the commit. The stored
 * payload therefore carries sequence 0; {@link KitchenEventCodec} puts the real one back when
 * reading.
 *
 * <p>The same statement rings the {@linkplain #BELL_CHANNEL bell}: in a cluster, the other servers
 * hear that the log has grown and read the new entries for their own screens.
 */
@Dependent
public class KitchenLog {

  /**
   * The PostgreSQL notification channel every append rings, with "{@code <sequence> <server>}":
   * PostgreSQL delivers it to every listening server when, and only when, the transaction commits,
   * in commit order. Other servers of a cluster learn from it that the log has grown.
   */
  public static final String BELL_CHANNEL = "kitchen_log";

  private static final String APPEND =
      "WITH next AS (UPDATE kitchen_log_counter SET last_sequence = last_sequence + 1"
          + " WHERE id = 1 RETURNING last_sequence),"
          + " logged AS (INSERT INTO kitchen_log"
          + " (sequence, recorded_at, event_type, order_id, stations, payload)"
          + " SELECT last_sequence, ?1, ?2, CAST(?3 AS BIGINT), ?4, ?5 FROM next RETURNING sequence)"
          + " SELECT sequence, pg_notify('"
          + BELL_CHANNEL
          + "', sequence || ' ' || ?6) FROM logged";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Event<KitchenEvent> events;

  @Inject KitchenEventCodec codec;

  /**
   * Takes the next sequence number, logs the event and fires it. Call it last in a transaction.
   *
   * @param event builds the event from its sequence number
   * @param orderId the order the event concerns, for look-ups; null for kitchen-wide events
   */
  public <E extends KitchenEvent> E record(LongFunction<E> event, Long orderId) {
    E draft = event.apply(0);
    String payload = codec.toJson(draft);
    String stations = String.join(",", new LinkedHashSet<>(draft.stations()));
    em.flush();
    Object[] appended =
        (Object[])
            em.createNativeQuery(APPEND)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, OffsetDateTime.now(clock))
                .setParameter(2, draft.type())
                .setParameter(3, orderId)
                .setParameter(4, stations)
                .setParameter(5, payload)
                .setParameter(6, ThisServer.ID)
                .getSingleResult();
    long sequence = ((Number) appended[0]).longValue();
    E built = event.apply(sequence);
    events.fire(built);
    return built;
  }

  /** The last sequence number given out (committed, or being committed right now). */
  public long lastSequence() {
    return ((Number)
            em.createNativeQuery("SELECT last_sequence FROM kitchen_log_counter WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  /**
   * An order's first logged event of a type, rebuilt exactly as it was fired (its real sequence
   * included); for answering a retried request with the answer it got the first time.
   */
  public <E extends KitchenEvent> Optional<E> firstOf(long orderId, Class<E> type) {
    return em
        .createNamedQuery(KitchenLogEntry.OF_ORDER, KitchenLogEntry.class)
        .setParameter("orderId", orderId)
        .setParameter("type", type.getSimpleName())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(e -> type.cast(codec.fromLog(e)));
  }

  /** The entries after a sequence number, oldest first. */
  public List<KitchenLogEntry> after(long sequence, int maxResults) {
    return em.createNamedQuery(KitchenLogEntry.AFTER, KitchenLogEntry.class)
        .setParameter("after", sequence)
        .setMaxResults(maxResults)
        .getResultList();
  }
}
