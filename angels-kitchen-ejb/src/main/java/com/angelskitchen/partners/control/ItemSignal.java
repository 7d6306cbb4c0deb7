package com.angelskitchen.partners.control;

import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerOutbox;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * When an item is 86'd (by a manager, or by its stock running out) or comes back, every partner is
 * told, in the same transaction (through the partner-status queue, retried like every call): a
 * guest must not pay a partner for food the kitchen cannot make. A flavour of a dozen is also an
 * option of the dozen on the partners' menus: the menu is published again for it.
 */
@Stateless
public class ItemSignal {

  @EJB PartnerOutbox outbox;

  @PersistenceContext EntityManager em;

  public void availabilityChanged(@Observes ItemAvailabilityChanged changed) {
    outbox.send(OutboundCall.item(changed.available(), changed.itemCode(), changed.itemName()));
    if (isFlavour(changed.itemCode())) {
      // The partners sell it inside dozens too, as an option of the dozen: the menu says which
      // options are on sale, so it is published again (one waiting publication at most).
      outbox.sendOnce(OutboundCall.menu(), Duration.ZERO);
    }
  }

  private boolean isFlavour(String itemCode) {
    return !em.createQuery(
            "SELECT g.id FROM ModifierGroup g JOIN g.choices c WHERE c.item.code = :code",
            Long.class)
        .setParameter("code", itemCode)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
