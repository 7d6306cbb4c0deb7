package com.angelskitchen.integration.intake;

import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.platform.ResourceNames;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Places the orders waiting on the intake queue. Thin on purpose: a failure propagates, the
 * transaction rolls back (no order, no kitchen-log entry, no push), the broker redelivers, and
 * after the last attempt the message lands in the dead message queue where a manager can see it.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = ResourceNames.ORDER_INTAKE_QUEUE),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = "endpointExceptionRedeliveryAttempts",
          propertyValue = "" + OrderIntakeConsumer.REDELIVERIES),
      @ActivationConfigProperty(propertyName = "sendUndeliverableMsgsToDMQ", propertyValue = "true")
    })
public class OrderIntakeConsumer implements MessageListener {

  /** Redeliveries after the first failed attempt before the message is dead-lettered. */
  static final int REDELIVERIES = 3;

  @Inject @Any Instance<PartnerOrderTranslator> translators;

  @Inject OrderDesk desk;

  @Override
  public void onMessage(Message message) {
    try {
      String partner = message.getStringProperty(IntakeMessages.PARTNER);
      String payload = message.getBody(String.class);
      desk.place(translatorFor(partner).translate(payload));
    } catch (JMSException unreadable) {
      throw new IllegalStateException("intake message cannot be read", unreadable);
    }
  }

  private PartnerOrderTranslator translatorFor(String partner) {
    return translators.stream()
        .filter(t -> t.partner().equals(partner))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no translator for partner " + partner));
  }
}
