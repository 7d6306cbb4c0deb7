package com.angelskitchen.delivery.boundary;

import com.angelskitchen.delivery.entity.PartnerEvent;
import com.angelskitchen.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The inbox of partner events. {@link #record} inserts an event unless the partner already sent it
 * (same partner, same event id): concurrent deliveries of one event wait on each other in the
 * database and exactly one of them records it. The caller queues the recorded event in the same
 * transaction, so an acknowledged webhook is never lost and never handled twice.
 */
@Stateless
public class PartnerInbox {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** What arrived: the partner's ids for the event and its order, and the raw payload. */
  public record Arrival(
      String partner, String eventId, String eventType, String partnerOrderId, String payload) {}

  /**
   * @return the new event's id, or empty when this event was recorded before (a redelivery)
   */
  public Optional<Long> record(Arrival arrival) {
    @SuppressWarnings("unchecked")
    List<Number> inserted =
        em.createNativeQuery(
                "INSERT INTO partner_event (partner, event_id, event_type, partner_order_id,"
                    + " payload, received_at, status) VALUES (?, ?, ?, ?, ?, ?, 'RECEIVED')"
                    + " ON CONFLICT (partner, event_id) DO NOTHING RETURNING id")
            .setParameter(1, arrival.partner())
            .setParameter(2, arrival.eventId())
            .setParameter(3, arrival.eventType())
            .setParameter(4, arrival.partnerOrderId())
            .setParameter(5, arrival.payload())
            .setParameter(6, OffsetDateTime.now(clock))
            .getResultList();
    return inserted.stream().findFirst().map(Number::longValue);
  }

  /**
   * The event, locked for the caller's transaction: the intake claims it before interpreting it, so
   * two deliveries of one message never work on it at once.
   */
  public PartnerEvent claim(long id) {
    PartnerEvent event = em.find(PartnerEvent.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new NotFoundException("no partner event " + id);
    }
    return event;
  }

  /** The latest events, newest first, for the manager's page. */
  public List<PartnerEvent> recent(int maxResults) {
    return em.createNamedQuery(PartnerEvent.RECENT, PartnerEvent.class)
        .setMaxResults(maxResults)
        .getResultList();
  }
}
