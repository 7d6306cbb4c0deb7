package com.angelskitchen.integration.intake;

import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Puts partner payloads on the intake queue as persistent JSON text messages, inside the caller's
 * transaction (or its own): once this returns, the broker holds the message on disk.
 */
@Stateless
public class OrderIntakeQueue {

  @Inject JMSContext jms;

  @Resource(lookup = ResourceNames.ORDER_INTAKE_QUEUE)
  Queue intake;

  public void enqueue(String partner, String partnerEventId, String payload) {
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .setProperty(IntakeMessages.PARTNER, partner)
        .setProperty(IntakeMessages.PARTNER_EVENT_ID, partnerEventId)
        .send(intake, payload);
  }
}
