package com.angelskitchen.partners.boundary;

import com.angelskitchen.partners.entity.PartnerEvent;
import com.angelskitchen.platform.KitchenException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * Partner events acknowledged longer than {@code ak.partners.stuck-after-seconds} (default 120) ago
 * and still not handled: the intake's recovery queues such events again on its own, so one that is
 * still here kept failing (it is on the dead-letter page too) or the broker is down. The managers'
 * page raises them as an alert, with a button to process one again.
 */
@Stateless
public class StuckEvents {

  private static final int MAX = 200;

  @EJB PartnerInbox inbox;

  @EJB IntakeQueue queue;

  @Inject Config config;

  @Inject Clock clock;

  /** The stuck events, oldest first. */
  public List<PartnerEvent> list() {
    return inbox.stuck(OffsetDateTime.now(clock).minus(threshold()), MAX);
  }

  /**
   * Queues one unprocessed event again, whatever its failures, once the mark commits.
   *
   * @throws com.angelskitchen.platform.NotFoundException when there is no such event
   * @throws com.angelskitchen.ordering.entity.OrderStateException when it was handled meanwhile
   * @throws KitchenException (conflict) when the broker refused the message: it stays stuck
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void processAgain(long id) {
    PartnerInbox.Unprocessed event = inbox.takeOneForRequeue(id);
    if (!queue.queue(event.partner(), event.inboxId(), event.eventId())) {
      throw new KitchenException(
          KitchenException.Kind.CONFLICT,
          "partners.broker-refused",
          "the message broker did not take it; try again in a moment");
    }
  }

  /** How long an unprocessed event may wait before it counts as stuck. */
  public Duration threshold() {
    return Duration.ofSeconds(
        config.getOptionalValue("ak.partners.stuck-after-seconds", Integer.class).orElse(120));
  }
}
