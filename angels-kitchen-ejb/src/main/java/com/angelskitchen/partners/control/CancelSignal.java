package com.angelskitchen.partners.control;

import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerOutbox;
import com.angelskitchen.partners.entity.PartnerAlert;
import com.angelskitchen.partners.entity.PartnerEventStatus;
import com.angelskitchen.partners.entity.PartnerOrderLink;
import com.angelskitchen.platform.Phrase;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * When the restaurant cancels (voids) a partner's order it had accepted, the partner is told, in
 * the same transaction as the void (through the partner-status queue), and managers get an alert to
 * check the call went through: the guest is waiting for food that will not come. A cancellation the
 * partner itself asked for is not echoed back.
 */
@Stateless
public class CancelSignal {

  @PersistenceContext EntityManager em;

  @EJB PartnerOutbox outbox;

  @Inject Clock clock;

  public void orderCancelled(@Observes OrderCancelled cancelled) {
    for (PartnerOrderLink link :
        em.createNamedQuery(PartnerOrderLink.BY_ORDER, PartnerOrderLink.class)
            .setParameter("orderId", cancelled.orderId())
            .getResultList()) {
      if (askedByThePartner(cancelled.orderId())) {
        continue;
      }
      outbox.send(
          OutboundCall.cancel(
              link.partner(),
              link.partnerOrderId(),
              cancelled.orderId(),
              cancelled.orderNumber(),
              cancelled.reason()));
      em.persist(
          new PartnerAlert(
              link.partner(),
              cancelled.orderId(),
              Phrase.of(
                  "alert.voided-here",
                  "Order {0} ({1}) was voided here ({2}): the partner was told to cancel it;"
                      + " check its answer under Calls.",
                  cancelled.orderNumber(),
                  link.displayId(),
                  cancelled.reason()),
              OffsetDateTime.now(clock)));
    }
  }

  private boolean askedByThePartner(long orderId) {
    return em.createQuery(
                "SELECT COUNT(e) FROM PartnerEvent e WHERE e.orderId = :orderId AND e.status = :status",
                Long.class)
            .setParameter("orderId", orderId)
            .setParameter("status", PartnerEventStatus.CANCELLED)
            .getSingleResult()
        > 0;
  }
}
