package com.angelskitchen.integration.intake;

import com.angelskitchen.delivery.boundary.PartnerInbox;
import com.angelskitchen.integration.spi.WebhookEvent;
import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import java.util.Optional;

/**
 * Records a webhook event in the inbox and queues it, in one transaction: once this returns, the
 * event is in the database and its message on the broker's disk, or neither is. An event recorded
 * before is not queued again.
 */
@Stateless
public class PartnerEventQueue {

  /** Message property: the partner's id. */
  static final String PARTNER = "partner";

  /** Message property: the inbox row of the event. */
  static final String INBOX_ID = "inboxId";

  @Inject PartnerInbox inbox;

  @Inject JMSContext jms;

  @Resource(lookup = ResourceNames.ORDER_INTAKE_QUEUE)
  Queue intake;

  /**
   * @return true when the event is new, false for a redelivery of an event recorded before
   */
  public boolean receive(String partner, WebhookEvent event, String payload) {
    Optional<Long> recorded =
        inbox.record(
            new PartnerInbox.Arrival(
                partner, event.eventId(), event.eventType(), event.partnerOrderId(), payload));
    recorded.ifPresent(
        inboxId ->
            jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .setProperty(PARTNER, partner)
                .setProperty(INBOX_ID, inboxId)
                .send(intake, event.eventId()));
    return recorded.isPresent();
  }
}
