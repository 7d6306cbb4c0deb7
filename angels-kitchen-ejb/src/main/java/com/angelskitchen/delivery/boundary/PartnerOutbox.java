package com.angelskitchen.delivery.boundary;

import com.angelskitchen.delivery.entity.PartnerCall;
import com.angelskitchen.platform.ResourceNames;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;

/**
 * Calls to partners wait on the persistent partner-status queue, sent inside the caller's
 * transaction: an order that was placed has its acceptance queued, or neither happened. The
 * integration module's consumer makes the call; a failed call comes back here to be sent again
 * later, and every attempt is recorded for the managers.
 */
@Stateless
public class PartnerOutbox {

  /** Message property: which partner (or * for every partner). */
  public static final String PARTNER = "partner";

  /** Message property: the {@link CallAction}. */
  public static final String ACTION = "action";

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject JMSContext jms;

  @Resource(lookup = ResourceNames.PARTNER_STATUS_QUEUE)
  Queue partnerStatus;

  @PersistenceContext EntityManager em;

  public void send(OutboundCall call) {
    sendLater(call, Duration.ZERO);
  }

  /** Queues the call to be made once {@code delay} has passed (a retry's backoff). */
  public void sendLater(OutboundCall call, Duration delay) {
    jms.createProducer()
        .setDeliveryMode(DeliveryMode.PERSISTENT)
        .setDeliveryDelay(delay.toMillis())
        .setProperty(PARTNER, call.partner())
        .setProperty(ACTION, call.action().name())
        .send(partnerStatus, JSON.toJson(call));
  }

  /** Records one attempt and its answer in the caller's transaction. */
  public void record(PartnerCall attempt) {
    em.persist(attempt);
  }

  /**
   * Records one attempt and its answer whatever becomes of the caller's transaction: for the last
   * failure, after which the caller's transaction rolls back and the message is dead-lettered.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordRegardless(PartnerCall attempt) {
    em.persist(attempt);
  }

  /** Reads a queued call back. */
  public static OutboundCall read(String json) {
    return JSON.fromJson(json, OutboundCall.class);
  }
}
