package com.angelskitchen.integration.intake;

import com.angelskitchen.delivery.boundary.PartnerInbox;
import com.angelskitchen.integration.spi.WebhookEvent;
import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Records webhook events in the inbox and queues them, in one transaction: once this returns, the
 * events are in the database and their messages on the broker's disk, or none is. An event recorded
 * before is not queued again.
 */
@Stateless
public class PartnerEventQueue {

  /** Message property: the partner's id. */
  static final String PARTNER = "partner";

  /** Message property: the inbox row of the event. */
  static final String INBOX_ID = "inboxId";

  /**
   * Inserted in this order, so two transactions that both carry a redelivered event take the
   * inbox's row locks in the same order and never deadlock.
   */
  private static final Comparator<Received> LOCK_ORDER =
      Comparator.comparing(Received::partner).thenComparing(r -> r.event().eventId());

  @EJB PartnerInbox inbox;

  @Inject JMSContext jms;

  @Resource(lookup = ResourceNames.ORDER_INTAKE_QUEUE)
  Queue intake;

  /** A verified webhook event as its partner sent it. */
  public record Received(String partner, WebhookEvent event, String payload) {}

  /**
   * @return per event, in the given order: true when it is new, false for a redelivery of an event
   *     recorded before (or earlier in the same list)
   */
  public List<Boolean> receive(List<Received> events) {
    Long[] inboxIds = new Long[events.size()];
    IntStream.range(0, events.size())
        .boxed()
        .sorted(Comparator.comparing(events::get, LOCK_ORDER))
        .forEach(i -> inboxIds[i] = record(events.get(i)).orElse(null));
    JMSProducer producer = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
    List<Boolean> isNew = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      Received received = events.get(i);
      if (inboxIds[i] != null) {
        producer
            .setProperty(PARTNER, received.partner())
            .setProperty(INBOX_ID, inboxIds[i])
            .send(intake, received.event().eventId());
      }
      isNew.add(inboxIds[i] != null);
    }
    return isNew;
  }

  /**
   * @return true when the event is new, false for a redelivery of an event recorded before
   */
  public boolean receive(Received event) {
    return receive(List.of(event)).get(0);
  }

  private Optional<Long> record(Received received) {
    WebhookEvent event = received.event();
    return inbox.record(
        new PartnerInbox.Arrival(
            received.partner(),
            event.eventId(),
            event.eventType(),
            event.partnerOrderId(),
            received.payload()));
  }
}
