package com.angelskitchen.partners.control;

import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerOutbox;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;

/**
 * When an item is 86'd (by a manager, or by its stock running out) or comes back, every partner is
 * told, in the same transaction (through the partner-status queue, retried like every call): a
 * guest must not pay a partner for food the kitchen cannot make.
 */
@Stateless
public class ItemSignal {

  @EJB PartnerOutbox outbox;

  public void availabilityChanged(@Observes ItemAvailabilityChanged changed) {
    outbox.send(OutboundCall.item(changed.available(), changed.itemCode(), changed.itemName()));
  }
}
