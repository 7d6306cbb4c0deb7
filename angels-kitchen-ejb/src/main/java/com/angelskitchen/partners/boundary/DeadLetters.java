package com.angelskitchen.partners.boundary;

import com.angelskitchen.partners.entity.PartnerCall;
import com.angelskitchen.partners.entity.PartnerEvent;
import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.Phrase;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The partner work that kept failing, as the database keeps it, so that every server of a cluster
 * shows the same list: intake events that used up their deliveries ({@code partner_event}, still
 * RECEIVED after {@link PartnerQueues.Intake#ATTEMPTS} failed tries, with the error the intake
 * recorded) and calls to partners that failed for good ({@code partner_outbox}, given up, with the
 * partner's last answer). A replay queues the event again, or makes the call again as a new one;
 * replaying an event handled meanwhile, or something replayed already, finds nothing.
 */
@Stateless
public class DeadLetters {

  /** Dead letters shown at most, of each kind. */
  private static final int SHOWN = 500;

  private static final String EVENT = "event-";
  private static final String CALL = "call-";

  @PersistenceContext EntityManager em;

  @EJB PartnerInbox inbox;

  @EJB IntakeQueue queue;

  @EJB PartnerOutbox outbox;

  /**
   * A dead partner message. {@code messageId} names it for a replay ({@code event-<id>} or {@code
   * call-<id>}), {@code queue} is where it travelled, {@code what} says what it was, {@code error}
   * why it died (an exception's own words, or the partner's last answer), or null.
   */
  public record DeadLetter(
      String messageId,
      String queue,
      String partner,
      Phrase what,
      int deliveries,
      Phrase error,
      OffsetDateTime deadAt) {}

  public List<DeadLetter> list() {
    List<DeadLetter> letters = new ArrayList<>();
    em.createQuery(
            "SELECT e FROM PartnerEvent e WHERE e.status ="
                + " com.angelskitchen.partners.entity.PartnerEventStatus.RECEIVED"
                + " AND e.failures >= :attempts ORDER BY e.receivedAt DESC",
            PartnerEvent.class)
        .setParameter("attempts", PartnerQueues.Intake.ATTEMPTS)
        .setMaxResults(SHOWN)
        .getResultStream()
        .map(DeadLetters::dead)
        .forEach(letters::add);
    for (PartnerOutbox.GivenUp call : outbox.givenUp(SHOWN)) {
      letters.add(dead(call));
    }
    letters.sort(Comparator.comparing(DeadLetter::deadAt).reversed());
    return letters;
  }

  /**
   * Replays one dead letter: the event is queued again, the call made again.
   *
   * @throws NotFoundException when there is no such dead letter (replayed already?)
   */
  public void replay(String messageId) {
    long id = id(messageId);
    if (messageId.startsWith(CALL)) {
      outbox.replay(id);
      return;
    }
    PartnerEvent event =
        inbox
            .find(id, LockModeType.PESSIMISTIC_WRITE)
            .filter(e -> !e.isHandled() && e.failures() >= PartnerQueues.Intake.ATTEMPTS)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "partners.dead-message-gone",
                        "no dead message " + messageId + " (replayed already?)",
                        messageId));
    PartnerInbox.Unprocessed again = inbox.takeOneForRequeue(event.id());
    if (!queue.queue(again.partner(), again.inboxId(), again.eventId())) {
      throw new KitchenException(
          KitchenException.Kind.CONFLICT,
          "partners.broker-refused",
          "the message broker did not take it; try again in a moment");
    }
  }

  private static long id(String messageId) {
    if (messageId != null) {
      for (String prefix : List.of(EVENT, CALL)) {
        if (messageId.startsWith(prefix)
            && messageId.length() > prefix.length()
            && messageId.length() <= prefix.length() + 18
            && messageId.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
          return Long.parseLong(messageId.substring(prefix.length()));
        }
      }
    }
    throw new NotFoundException(
        "partners.dead-message-not-found", "no dead message " + messageId, messageId);
  }

  private static DeadLetter dead(PartnerEvent event) {
    return new DeadLetter(
        EVENT + event.id(),
        PartnerQueues.Intake.PHYSICAL_NAME,
        event.partner(),
        event.partnerOrderId() == null
            ? Phrase.of("dead.event", "event {0} ({1})", event.eventType(), event.eventId())
            : Phrase.of(
                "dead.event-for-order",
                "event {0} for order {1} ({2})",
                event.eventType(),
                event.partnerOrderId(),
                event.eventId()),
        event.failures(),
        event.lastError() == null ? null : Phrase.plain(event.lastError()),
        event.queuedAt() != null ? event.queuedAt() : event.receivedAt());
  }

  private DeadLetter dead(PartnerOutbox.GivenUp given) {
    OutboundCall call = given.call();
    return new DeadLetter(
        CALL + given.outboxId(),
        PartnerQueues.Calls.PHYSICAL_NAME,
        call.partner(),
        what(call),
        call.attempt(),
        lastAnswer(call),
        given.at());
  }

  private static Phrase what(OutboundCall call) {
    String action = call.action().name();
    if (call.orderNumber() != null && call.partnerOrderId() != null) {
      return Phrase.of(
          "dead.call-for-order",
          "{0} order {1} ({2})",
          action,
          call.orderNumber(),
          call.partnerOrderId());
    }
    if (call.partnerOrderId() != null) {
      return Phrase.of("dead.call-for-partner-order", "{0} ({1})", action, call.partnerOrderId());
    }
    return Phrase.of("dead.call", "{0}", action);
  }

  private Phrase lastAnswer(OutboundCall call) {
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
                c.httpStatus() == null
                    ? Phrase.of("dead.no-answer", "no answer: {0}", c.answer())
                    : Phrase.of("dead.answered", "HTTP {0}: {1}", c.httpStatus(), c.answer()))
        .orElse(null);
  }
}
