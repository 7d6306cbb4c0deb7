package com.angelskitchen.kitchen.control;

import com.angelskitchen.kitchen.entity.KitchenLogEntry;
import com.angelskitchen.kitchen.events.KitchenEvent;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.function.LongFunction;

/**
 * Appends kitchen events to the durable log, inside the caller's transaction.
 *
 * <p>The sequence number comes from a single counter row that the transaction updates and keeps
 * locked until it commits. A PostgreSQL sequence would not do: transaction A could take 5 and B
 * take 6 and commit first, and a screen that resumed "after 6" would never see 5. With the counter
 * row, a transaction can only take the next number once the previous holder has committed or rolled
 * back, so sequence order is commit order and a rollback leaves no gap. The lock is taken last in
 * the transaction, just before commit, to keep it short.
 */
@Dependent
public class KitchenLog {

  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /**
   * Takes the next sequence number, builds the event with it and records it.
   *
   * @param event builds the event from its sequence number
   * @param orderId the order the event concerns, for look-ups; null for kitchen-wide events
   */
  public <E extends KitchenEvent> E append(LongFunction<E> event, Long orderId) {
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
            sequence, OffsetDateTime.now(clock), built.type(), orderId, JSON.toJson(built)));
    return built;
  }
}
