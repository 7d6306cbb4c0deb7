package com.angelskitchen.kitchen.control;

import com.angelskitchen.kitchen.entity.KitchenLogEntry;
import com.angelskitchen.kitchen.events.KitchenEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
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
 * back, so sequence order is commit order and a rollback leaves no gap. Call {@link #record} last
 * in a transaction, after every other read, to keep that lock short.
 */
@Dependent
public class KitchenLog {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject Event<KitchenEvent> events;

  /**
   * Takes the next sequence number, builds the event with it, logs and fires it.
   *
   * @param event builds the event from its sequence number
   * @param orderId the order the event concerns, for look-ups; null for kitchen-wide events
   */
  public <E extends KitchenEvent> E record(LongFunction<E> event, Long orderId) {
    long sequence =
        ((Number)
                em.createNativeQuery(
                        "UPDATE kitchen_log_counter SET last_sequence = last_sequence + 1"
                            + " WHERE id = 1 RETURNING last_sequence")
                    .getSingleResult())
            .longValue();
    E built = event.apply(sequence);
    em.persist(
        new KitchenLogEntry(
            sequence,
            OffsetDateTime.now(clock),
            built.type(),
            orderId,
            String.join(",", new LinkedHashSet<>(built.stations())),
            KitchenEventCodec.toJson(built)));
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

  /** The entries after a sequence number, oldest first. */
  public List<KitchenLogEntry> after(long sequence, int maxResults) {
    return em.createNamedQuery(KitchenLogEntry.AFTER, KitchenLogEntry.class)
        .setParameter("after", sequence)
        .setMaxResults(maxResults)
        .getResultList();
  }
}
