package com.angelskitchen.partners.control;

import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.partners.boundary.CallAction;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerOutbox;
import com.angelskitchen.partners.entity.PartnerOrderLink;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * When the last station bumps a partner's order, the partner's ready signal is queued in that same
 * transaction: observed synchronously (not after commit), so the bump and the signal commit
 * together or not at all. A session bean (its observer a business method, in the bump's
 * transaction) so that its persistence context is always the EJB module's own.
 */
@Stateless
public class ReadySignal {

  @PersistenceContext EntityManager em;

  @EJB PartnerOutbox outbox;

  public void orderReady(@Observes OrderReady ready) {
    em.createNamedQuery(PartnerOrderLink.BY_ORDER, PartnerOrderLink.class)
        .setParameter("orderId", ready.orderId())
        .getResultList()
        .forEach(
            link ->
                outbox.send(
                    OutboundCall.about(
                        link.partner(),
                        CallAction.READY,
                        link.partnerOrderId(),
                        ready.orderId(),
                        ready.orderNumber())));
  }
}
