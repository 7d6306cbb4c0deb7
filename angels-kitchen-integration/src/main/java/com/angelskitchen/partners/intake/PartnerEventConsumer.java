package com.angelskitchen.partners.intake;

import com.angelskitchen.partners.boundary.PartnerCommand;
import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.boundary.PartnerIntake;
import com.angelskitchen.partners.boundary.PartnerQueues.Intake;
import com.angelskitchen.partners.boundary.PartnerQueues.OpenMq;
import com.angelskitchen.partners.entity.PartnerEvent;
import com.angelskitchen.partners.spi.Partner;
import com.angelskitchen.partners.spi.RecordedEvent;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.persistence.LockModeType;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Handles queued partner events. Thin on purpose: the partner interprets its event, the intake
 * boundary does what it asks in this message's transaction. A failure is noted on the event (for
 * the manager's dead-letter page) and propagates: the transaction rolls back, the broker
 * redelivers, and after the last attempt drops the message: the event, still RECEIVED, is then a
 * dead letter on the partners page (kept in the database, seen from every server).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Intake.JNDI_NAME),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(
          propertyName = OpenMq.REDELIVERIES,
          propertyValue = "" + (Intake.ATTEMPTS - 1)),
      @ActivationConfigProperty(
          propertyName = OpenMq.TO_DEAD_MESSAGE_QUEUE,
          propertyValue = "false"),
      // Two at a time: the queue absorbs bursts, and the webhooks' acknowledgements keep the
      // cores they need. With four consumers a burst of 10,000 webhooks was acknowledged at
      // 560/s; with two at 1,070-1,225/s, and the queue drained sooner (see docs/benchmarks.md).
      @ActivationConfigProperty(propertyName = OpenMq.CONSUMERS, propertyValue = "2"),
      @ActivationConfigProperty(propertyName = OpenMq.READY_CONSUMERS, propertyValue = "1")
    })
public class PartnerEventConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(PartnerEventConsumer.class.getName());

  @Inject PartnerDirectory partners;

  @EJB PartnerInbox inbox;

  @EJB PartnerIntake intake;

  @Override
  public void onMessage(Message message) {
    long inboxId;
    try {
      inboxId = message.getLongProperty(Intake.INBOX_ID);
    } catch (JMSException | NumberFormatException unreadable) {
      throw new IllegalStateException("intake message without an inbox id", unreadable);
    }
    try {
      PartnerEvent event = inbox.find(inboxId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
      if (event == null) {
        // Messages are sent only after their row committed, so this one's row never did: the
        // webhook was not acknowledged and its partner sends it again, recorded anew.
        LOG.warning(
            () ->
                "dropped an intake message for partner event "
                    + inboxId
                    + ", which was never recorded");
        return;
      }
      if (event.isHandled()) {
        return;
      }
      Partner partner =
          partners
              .byId(event.partner())
              .orElseThrow(() -> new IllegalStateException("no partner " + event.partner()));
      PartnerCommand command =
          partner.interpret(
              new RecordedEvent(
                  inboxId,
                  event.eventId(),
                  event.eventType(),
                  event.partnerOrderId(),
                  event.payload()));
      intake.handle(inboxId, partner.source(), command);
    } catch (IOException | RuntimeException failure) {
      intake.recordFailure(inboxId, describe(failure));
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(failure.getMessage(), failure);
    }
  }

  private static String describe(Throwable failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
