package com.angelskitchen.partners.boundary;

import com.angelskitchen.partners.boundary.PartnerQueues.Intake;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The partner-intake queue's message contract, and the one place that queues an inbox event: a
 * persistent message naming the partner and the inbox row, with the partner's event id as its body.
 *
 * <p>Messages are sent outside any transaction, after the inbox row committed. No two-phase commit
 * between PostgreSQL and the broker is involved, so nothing rests on a transaction manager
 * recovering an in-doubt transaction after a crash: the row is the truth, and a row whose message
 * was never sent or was lost stays RECEIVED until recovery queues it again (see {@link
 * com.angelskitchen.partners.control.IntakeRecovery}: a long backlog is never queued twice). A
 * message queued twice is harmless: handling claims the row and does nothing once the event was
 * handled.
 */
@Stateless
public class IntakeQueue {

  private static final Logger LOG = Logger.getLogger(IntakeQueue.class.getName());

  @Inject JMSContext jms;

  @Resource(lookup = Intake.JNDI_NAME)
  Queue intake;

  /**
   * The inbox rows whose messages wait on this server's intake queue, read with a queue browser (up
   * to {@code max} messages).
   *
   * @return empty when the queue could not be browsed
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Optional<Set<Long>> waitingInboxIds(int max) {
    try (QueueBrowser browser = jms.createBrowser(intake)) {
      Set<Long> waiting = new HashSet<>();
      Enumeration<?> messages = browser.getEnumeration();
      for (int seen = 0; seen < max && messages.hasMoreElements(); seen++) {
        Message message = (Message) messages.nextElement();
        if (message.propertyExists(Intake.INBOX_ID)) {
          waiting.add(message.getLongProperty(Intake.INBOX_ID));
        }
      }
      return Optional.of(waiting);
    } catch (JMSException | RuntimeException unreadable) {
      LOG.warning(() -> "could not browse the partner intake queue: " + unreadable.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Queues one recorded event for handling.
   *
   * @return false when the broker refused it; the event then waits for recovery
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean queue(String partner, long inboxId, String eventId) {
    try {
      jms.createProducer()
          .setDeliveryMode(DeliveryMode.PERSISTENT)
          .setProperty(Intake.PARTNER, partner)
          .setProperty(Intake.INBOX_ID, inboxId)
          .send(intake, eventId);
      return true;
    } catch (JMSRuntimeException refused) {
      LOG.log(
          Level.WARNING,
          "could not queue partner event "
              + inboxId
              + " ("
              + partner
              + " "
              + eventId
              + "); it is recorded and will be queued again by the intake recovery",
          refused);
      return false;
    }
  }
}
