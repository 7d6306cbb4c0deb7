package com.angelskitchen.partners.intake;

import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.spi.WebhookEvent;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Records webhook events in the inbox, a batch in one transaction: once this returns, the events
 * are in the database. Queuing them is the caller's next step, after this commit (see {@link
 * com.angelskitchen.partners.boundary.IntakeQueue}); an event recorded before is not queued again,
 * unless it is still unprocessed long after its last message (then the message counts as lost).
 */
@Stateless
public class PartnerEventQueue {

  /**
   * Inserted in this order, so two transactions that both carry a redelivered event take the
   * inbox's row locks in the same order and never deadlock.
   */
  private static final Comparator<Received> LOCK_ORDER =
      Comparator.comparing(Received::partner).thenComparing(r -> r.event().eventId());

  @EJB PartnerInbox inbox;

  /** A verified webhook event as its partner sent it, and how long its message may take. */
  public record Received(String partner, WebhookEvent event, String payload, Duration grace) {}

  /**
   * @return per event, in the given order: what recording found, or empty for a redelivery of an
   *     event recorded before (or earlier in the same list) that needs nothing
   */
  public List<Optional<PartnerInbox.Recorded>> receive(List<Received> events) {
    @SuppressWarnings("unchecked")
    Optional<PartnerInbox.Recorded>[] recorded = new Optional[events.size()];
    IntStream.range(0, events.size())
        .boxed()
        .sorted(Comparator.comparing(events::get, LOCK_ORDER))
        .forEach(i -> recorded[i] = record(events.get(i)));
    return Arrays.asList(recorded);
  }

  public Optional<PartnerInbox.Recorded> receive(Received event) {
    return record(event);
  }

  private Optional<PartnerInbox.Recorded> record(Received received) {
    WebhookEvent event = received.event();
    return inbox.record(
        new PartnerInbox.Arrival(
            received.partner(),
            event.eventId(),
            event.eventType(),
            event.partnerOrderId(),
            received.payload()),
        received.grace());
  }
}
