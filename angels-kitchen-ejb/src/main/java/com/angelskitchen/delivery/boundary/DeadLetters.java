package com.angelskitchen.delivery.boundary;

import com.angelskitchen.delivery.entity.PartnerCall;
import com.angelskitchen.delivery.entity.PartnerEvent;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The partner messages that kept failing, as OpenMQ's dead message queue holds them, with the error
 * the application recorded; and their replay: the message is taken off the dead message queue and
 * put back on its own queue in one transaction, so it is neither lost nor doubled. Replaying an
 * intake message whose event was handled meanwhile changes nothing (the inbox says so).
 */
@Stateless
public class DeadLetters {

  /** OpenMQ's properties on a dead message. */
  static final String DELIVERIES = "JMS_SUN_DMQ_DELIVERY_COUNT";

  static final String REASON = "JMS_SUN_DMQ_UNDELIVERED_REASON";
  static final String DIED_AT = "JMS_SUN_DMQ_UNDELIVERED_TIMESTAMP";

  /** The intake's message property naming the inbox row. */
  static final String INBOX_ID = "inboxId";

  private static final Pattern MESSAGE_ID = Pattern.compile("ID:[^'\\s]{1,200}");

  @Inject JMSContext jms;

  @Resource(lookup = ResourceNames.ORDER_INTAKE_QUEUE)
  Queue intake;

  @PersistenceContext EntityManager em;

  @EJB PartnerOutbox outbox;

  /** A dead partner message. {@code what} says what it was: an event or a call. */
  public record DeadLetter(
      String messageId,
      String queue,
      String partner,
      String what,
      int deliveries,
      String error,
      OffsetDateTime deadAt) {}

  public List<DeadLetter> list() {
    List<DeadLetter> letters = new ArrayList<>();
    try (QueueBrowser browser = jms.createBrowser(deadMessageQueue())) {
      var messages = browser.getEnumeration();
      while (messages.hasMoreElements()) {
        Message message = (Message) messages.nextElement();
        String origin = origin(message);
        if (origin != null) {
          letters.add(describe(message, origin));
        }
      }
    } catch (JMSException unreadable) {
      throw new JMSRuntimeException(unreadable.getMessage(), unreadable.getErrorCode(), unreadable);
    }
    return letters;
  }

  /**
   * Moves one dead message back onto its queue.
   *
   * @throws NotFoundException when no such dead message is there (replayed already?)
   */
  public void replay(String messageId) {
    if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
      throw new NotFoundException("no dead message " + messageId);
    }
    Message dead;
    try (JMSConsumer consumer =
        jms.createConsumer(deadMessageQueue(), "JMSMessageID = '" + messageId + "'")) {
      dead = consumer.receive(2000);
    }
    if (dead == null) {
      throw new NotFoundException("no dead message " + messageId + " (replayed already?)");
    }
    try {
      String origin = origin(dead);
      if (origin == null) {
        throw new NotFoundException("dead message " + messageId + " is not a partner message");
      }
      if (ResourceNames.PARTNER_STATUS_PHYSICAL.equals(origin)) {
        // A new call in the outbox: the dead one's row was closed when it failed for good.
        outbox.send(PartnerOutbox.read(dead.getBody(String.class)));
        return;
      }
      Queue target = intake;
      var producer = jms.createProducer();
      for (String name : List.of("partner", INBOX_ID, "action")) {
        if (dead.propertyExists(name)) {
          producer.setProperty(name, dead.getObjectProperty(name));
        }
      }
      producer.send(target, dead.getBody(String.class));
    } catch (JMSException unreadable) {
      throw new JMSRuntimeException(unreadable.getMessage(), unreadable.getErrorCode(), unreadable);
    }
  }

  private DeadLetter describe(Message message, String origin) throws JMSException {
    String partner = message.getStringProperty("partner");
    String what;
    String error;
    if (ResourceNames.ORDER_INTAKE_PHYSICAL.equals(origin) && message.propertyExists(INBOX_ID)) {
      PartnerEvent event = em.find(PartnerEvent.class, message.getLongProperty(INBOX_ID));
      what =
          event == null
              ? "event ?"
              : "event "
                  + event.eventType()
                  + (event.partnerOrderId() == null ? "" : " for order " + event.partnerOrderId())
                  + " ("
                  + event.eventId()
                  + ")";
      error = event == null ? null : event.lastError();
    } else {
      OutboundCall call = PartnerOutbox.read(message.getBody(String.class));
      what =
          call.action()
              + (call.orderNumber() != null ? " order " + call.orderNumber() : "")
              + (call.partnerOrderId() != null ? " (" + call.partnerOrderId() + ")" : "");
      error = lastAnswer(call);
    }
    long diedAt =
        message.propertyExists(DIED_AT)
            ? message.getLongProperty(DIED_AT)
            : message.getJMSTimestamp();
    return new DeadLetter(
        message.getJMSMessageID(),
        origin,
        partner,
        what,
        message.propertyExists(DELIVERIES) ? message.getIntProperty(DELIVERIES) : 0,
        error != null ? error : String.valueOf(message.getObjectProperty(REASON)),
        OffsetDateTime.ofInstant(Instant.ofEpochMilli(diedAt), ZoneId.systemDefault()));
  }

  private String lastAnswer(OutboundCall call) {
    return em
        .createQuery(
            "SELECT c FROM PartnerCall c WHERE c.partner = :partner AND c.action = :action"
                + " AND (c.partnerOrderId = :order OR :order IS NULL) ORDER BY c.id DESC",
            PartnerCall.class)
        .setParameter("partner", call.partner())
        .setParameter("action", call.action().name())
        .setParameter("order", call.partnerOrderId())
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst()
        .map(
            c ->
                (c.httpStatus() == null ? "no answer" : "HTTP " + c.httpStatus())
                    + ": "
                    + c.answer())
        .orElse(null);
  }

  /**
   * Which of the partner queues a dead message came from, told by its properties (the intake's
   * carry the inbox id, calls their action); null for anything else in the dead message queue.
   */
  private static String origin(Message message) throws JMSException {
    if (message.propertyExists(INBOX_ID)) {
      return ResourceNames.ORDER_INTAKE_PHYSICAL;
    }
    if (message.propertyExists(PartnerOutbox.ACTION)) {
      return ResourceNames.PARTNER_STATUS_PHYSICAL;
    }
    return null;
  }

  private Queue deadMessageQueue() {
    return jms.createQueue(ResourceNames.DEAD_MESSAGE_QUEUE);
  }
}
