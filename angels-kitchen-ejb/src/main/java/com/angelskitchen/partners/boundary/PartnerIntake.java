package com.angelskitchen.partners.boundary;

import com.angelskitchen.menu.control.MenuItemIds;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.ordering.entity.OrderStateException;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.partners.control.PartnerMenuMatcher;
import com.angelskitchen.partners.entity.BusyMode;
import com.angelskitchen.partners.entity.PartnerAlert;
import com.angelskitchen.partners.entity.PartnerCancellation;
import com.angelskitchen.partners.entity.PartnerEvent;
import com.angelskitchen.partners.entity.PartnerEventStatus;
import com.angelskitchen.partners.entity.PartnerMapping;
import com.angelskitchen.partners.entity.PartnerOrderLink;
import com.angelskitchen.partners.entity.StoreStatus;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.Phrase;
import com.angelskitchen.platform.ShortText;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns a recorded partner event into what it asks for, exactly once: the event's row is locked and
 * handled only while still RECEIVED, and its new status commits with the order, the denial or the
 * cancellation it led to, and with the partner call that tells the partner. A redelivered message
 * for a handled event changes nothing.
 *
 * <p>A new order is denied, not placed, when the store is paused or an item is 86'd; the partner is
 * told why at once. Otherwise it is placed and accepted at once — unless the store accepts partner
 * orders manually: then it waits for a manager ({@link #accept}, {@link #decline}), and is declined
 * when nobody answered in time ({@link #declineOverdue}). An item that matches nothing on the menu
 * does not stop the order: its line goes to the kitchen flagged and a manager is alerted.
 */
@Stateless
public class PartnerIntake {

  /** Waiting orders are kept as JSON on their event. */
  private static final Jsonb ORDERS = JsonbBuilder.create();

  @PersistenceContext EntityManager em;

  @EJB OrderDesk desk;

  @EJB MenuItemIds itemIds;

  @EJB PartnerOutbox outbox;

  @EJB StoreHours hours;

  @Inject Clock clock;

  /** What became of an event. */
  public record Handled(PartnerEventStatus status, Long orderId, String outcome) {

    static Handled of(PartnerEvent event) {
      return new Handled(
          event.status(),
          event.orderId(),
          event.outcome() == null ? null : event.outcome().english());
    }
  }

  public Handled handle(long eventId, OrderSource source, PartnerCommand command) {
    PartnerEvent event = em.find(PartnerEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
    if (event == null) {
      throw new NotFoundException(
          "partners.event-not-found", "no partner event " + eventId, eventId);
    }
    if (event.isHandled()) {
      return Handled.of(event);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (command instanceof PartnerCommand.Place place) {
      place(event, source, place.order(), now, true);
    } else if (command instanceof PartnerCommand.Cancel cancel) {
      cancel(event, cancel, now);
    } else if (command instanceof PartnerCommand.Ignore ignore) {
      event.ignored(ignore.why(), now);
    }
    return Handled.of(event);
  }

  /**
   * Notes a failed attempt on the event, whatever becomes of the caller's transaction.
   * Asynchronous, in a transaction of its own: the failing caller still holds the event's row lock,
   * which a synchronous new transaction would wait for forever; this one simply waits until the
   * caller has rolled back.
   */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void recordFailure(long eventId, String error) {
    PartnerEvent event = em.find(PartnerEvent.class, eventId);
    if (event != null) {
      event.failed(error);
    }
  }

  /**
   * A manager accepts a waiting order: it is placed now, unless an item was 86'd or the store
   * paused meanwhile (then it is denied, with that reason).
   */
  public Handled accept(long eventId) {
    PartnerEvent event = waiting(eventId);
    place(
        event,
        new OrderSource(event.waitingSource()),
        waitingOrder(event),
        OffsetDateTime.now(clock),
        false);
    return Handled.of(event);
  }

  /** A manager declines a waiting order; the partner is told why. */
  public Handled decline(long eventId, String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
      throw new InvalidRequestException(
          "partners.decline-no-reason",
          "say why (up to 200 characters): the partner tells the guest");
    }
    PartnerEvent event = waiting(eventId);
    deny(
        event,
        waitingOrder(event),
        DenyReason.DECLINED,
        Phrase.of("outcome.declined", "{0}", reason.strip()),
        OffsetDateTime.now(clock));
    return Handled.of(event);
  }

  /**
   * Declines the orders that waited longer than {@code limit} for a manager: the partners cancel an
   * order nobody answers (Uber Eats after 11.5 minutes), so the kitchen says no in time.
   *
   * @return how many it declined
   */
  public int declineOverdue(java.time.Duration limit) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<PartnerEvent> overdue =
        em.createNamedQuery(PartnerEvent.WAITING, PartnerEvent.class)
            .setParameter("before", now.minus(limit))
            .setMaxResults(50)
            .getResultList();
    int declined = 0;
    for (PartnerEvent event : overdue) {
      // Locked one by one (PostgreSQL takes no FOR UPDATE with a LIMIT from EclipseLink), and
      // checked again: a manager may have decided it a moment ago.
      em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
      if (!event.isWaiting()) {
        continue;
      }
      declined++;
      deny(
          event,
          waitingOrder(event),
          DenyReason.DECLINED,
          limit.toSeconds() % 60 == 0
              ? Phrase.of(
                  "outcome.declined-late-minutes",
                  "not accepted in time ({0} min)",
                  limit.toMinutes())
              : Phrase.of(
                  "outcome.declined-late-seconds",
                  "not accepted in time ({0} s)",
                  limit.toSeconds()),
          now);
    }
    return declined;
  }

  /** The orders waiting for a manager, oldest first. */
  public List<Waiting> waiting() {
    return em
        .createNamedQuery(PartnerEvent.WAITING, PartnerEvent.class)
        .setParameter("before", OffsetDateTime.now(clock).plusYears(1))
        .setMaxResults(200)
        .getResultList()
        .stream()
        .map(e -> new Waiting(e.id(), e.partner(), e.receivedAt(), waitingOrder(e)))
        .toList();
  }

  /** An order waiting for a manager. */
  public record Waiting(
      long eventId, String partner, OffsetDateTime receivedAt, PartnerOrder order) {}

  private static PartnerOrder waitingOrder(PartnerEvent event) {
    return ORDERS.fromJson(event.waitingOrder(), PartnerOrder.class);
  }

  private PartnerEvent waiting(long eventId) {
    PartnerEvent event = em.find(PartnerEvent.class, eventId);
    if (event == null) {
      throw new NotFoundException(
          "partners.event-not-found", "no partner event " + eventId, eventId);
    }
    // The partner order first, then the row: the order a cancellation takes them in.
    if (event.partnerOrderId() != null) {
      lockPartnerOrder(event.partner(), event.partnerOrderId());
    }
    em.refresh(event, LockModeType.PESSIMISTIC_WRITE);
    if (!event.isWaiting()) {
      throw new OrderStateException(
          "partners.order-not-waiting",
          "that partner order is no longer waiting: it was "
              + event.status().name().toLowerCase(java.util.Locale.ROOT),
          event.status());
    }
    return event;
  }

  private void place(
      PartnerEvent event,
      OrderSource source,
      PartnerOrder order,
      OffsetDateTime now,
      boolean mayWait) {
    String partner = event.partner();
    lockPartnerOrder(partner, order.partnerOrderId());
    PartnerOrderLink existing =
        em.find(PartnerOrderLink.class, new PartnerOrderLink.Key(partner, order.partnerOrderId()));
    if (existing != null) {
      // The same order in a second event (partners may notify twice under different event ids).
      event.ignored(
          Phrase.of(
              "outcome.placed-before",
              "order already placed as kitchen order {0}",
              existing.orderId()),
          now);
      return;
    }
    PartnerCancellation cancelledFirst =
        em.find(
            PartnerCancellation.class, new PartnerOrderLink.Key(partner, order.partnerOrderId()));
    if (cancelledFirst != null) {
      event.cancelledBeforeArrival(
          Phrase.of(
              "outcome.cancelled-first",
              "not cooked: cancelled by the partner before the order arrived ({0})",
              cancelledFirst.reason()),
          now);
      return;
    }
    StoreStatus store = em.find(StoreStatus.class, StoreStatus.THE_STORE);
    if (store != null && store.paused()) {
      deny(
          event,
          order,
          DenyReason.STORE_PAUSED,
          Phrase.of("outcome.denied-paused", "the store is paused: {0}", reason(store)),
          now);
      return;
    }
    // When the partner sent it, not when it is handled (a redelivery, a recovery); a manager who
    // accepts a waiting order has decided, whatever the time or the load.
    if (mayWait && !hours.openAt(event.receivedAt().toInstant())) {
      deny(
          event,
          order,
          DenyReason.STORE_CLOSED,
          Phrase.of("outcome.denied-closed", "outside the store's hours"),
          now);
      return;
    }
    BusyMode busy = em.find(BusyMode.class, BusyMode.THE_KITCHEN);
    if (mayWait && busy != null && busy.busy() && busy.mode() == BusyMode.Kind.PAUSE) {
      deny(
          event,
          order,
          DenyReason.STORE_PAUSED,
          Phrase.of("outcome.denied-busy", "the kitchen is busy: new partner orders are paused"),
          now);
      return;
    }
    PartnerMenuMatcher.Match match = matcher(partner).match(order);
    if (!match.unavailable().isEmpty()) {
      String names =
          match.unavailable().stream().map(MenuItem::name).collect(Collectors.joining(", "));
      deny(
          event,
          order,
          DenyReason.ITEM_UNAVAILABLE,
          Phrase.of("outcome.denied-86", "86'd: {0}", names),
          now);
      return;
    }
    Optional<String> shortage = desk.shortOf(match.lines());
    if (shortage.isPresent()) {
      deny(
          event,
          order,
          DenyReason.ITEM_UNAVAILABLE,
          Phrase.of("outcome.denied-86", "86'd: {0}", shortage.get()),
          now);
      return;
    }
    if (mayWait && store != null && store.acceptManually()) {
      event.awaitAcceptance(ORDERS.toJson(order), source.code(), now);
      return;
    }
    OrderPlaced placed =
        desk.place(
            new PlaceOrder(
                source,
                order.fulfillment(),
                order.customerName(),
                order.note(),
                order.allergyAlert(),
                false,
                order.pickupAt(),
                match.lines()));
    long orderId = placed.order().orderId();
    String number = placed.order().orderNumber();
    em.persist(new PartnerOrderLink(partner, order.partnerOrderId(), orderId, order.displayId()));
    if (!match.unmapped().isEmpty()) {
      em.persist(
          new PartnerAlert(
              partner,
              orderId,
              Phrase.of(
                  "alert.unmapped-items",
                  "Order {0} has items not mapped to the menu: {1}. Map them on the partners page.",
                  number,
                  String.join(", ", match.unmapped())),
              now));
    }
    event.placed(
        orderId,
        match.unmapped().isEmpty()
            ? Phrase.of("outcome.placed", "placed as order {0}", number)
            : Phrase.of(
                "outcome.placed-unmapped",
                "placed as order {0} (unmapped: {1})",
                number,
                String.join(", ", match.unmapped())),
        now);
    // While busy mode adds minutes, the acceptance says so (DoorDash takes prep time per order).
    outbox.send(
        OutboundCall.about(partner, CallAction.ACCEPT, order.partnerOrderId(), orderId, number)
            .withMinutes(
                busy != null && busy.busy() && busy.mode() == BusyMode.Kind.EXTRA_TIME
                    ? busy.extraMinutes()
                    : null));
  }

  private void deny(
      PartnerEvent event,
      PartnerOrder order,
      DenyReason reason,
      Phrase explanation,
      OffsetDateTime now) {
    event.denied(
        new Phrase(explanation.code(), explanation.arguments(), "denied: " + explanation.english()),
        now);
    outbox.send(
        OutboundCall.deny(event.partner(), order.partnerOrderId(), reason, explanation.english()));
  }

  private void cancel(PartnerEvent event, PartnerCommand.Cancel cancel, OffsetDateTime now) {
    lockPartnerOrder(event.partner(), cancel.partnerOrderId());
    PartnerOrderLink.Key key = new PartnerOrderLink.Key(event.partner(), cancel.partnerOrderId());
    PartnerOrderLink link = em.find(PartnerOrderLink.class, key);
    if (link == null) {
      keepForLater(event, cancel, key, now);
      return;
    }
    KitchenOrder order = em.find(KitchenOrder.class, link.orderId());
    if (order.status().isFinal()) {
      event.ignored(
          Phrase.of(
              "outcome.already-final",
              "order {0} was already {1}",
              order.number().display(),
              order.status()),
          now);
      return;
    }
    String reason =
        cancel.reason() == null || cancel.reason().isBlank() ? "no reason given" : cancel.reason();
    // Marked first: the cancellation's observers must see that the partner asked for it (and not
    // tell the partner about its own cancellation).
    event.cancelled(
        link.orderId(),
        Phrase.of("outcome.cancelled", "cancelled order {0}", order.number().display()),
        now);
    desk.cancel(
        link.orderId(), ShortText.clip("Cancelled by " + event.partner() + ": " + reason, 200));
  }

  /**
   * The cancellation came before its order (webhooks are not ordered). It is kept, so that the
   * order is recorded cancelled when it arrives; an order already waiting for a manager is
   * cancelled now.
   */
  private void keepForLater(
      PartnerEvent event,
      PartnerCommand.Cancel cancel,
      PartnerOrderLink.Key key,
      OffsetDateTime now) {
    String reason =
        ShortText.clip(
            cancel.reason() == null || cancel.reason().isBlank()
                ? "no reason given"
                : cancel.reason(),
            200);
    if (em.find(PartnerCancellation.class, key) == null) {
      em.persist(
          new PartnerCancellation(
              event.partner(), cancel.partnerOrderId(), event.id(), reason, now));
    }
    List<PartnerEvent> waiting =
        em.createNamedQuery(PartnerEvent.WAITING_FOR_ORDER, PartnerEvent.class)
            .setParameter("partner", event.partner())
            .setParameter("partnerOrderId", cancel.partnerOrderId())
            .getResultList();
    for (PartnerEvent order : waiting) {
      order.cancelledBeforeArrival(
          Phrase.of(
              "outcome.cancelled-waiting",
              "not cooked: cancelled by the partner while waiting for a manager ({0})",
              reason),
          now);
    }
    event.cancelledBeforeArrival(
        waiting.isEmpty()
            ? Phrase.of(
                "outcome.cancel-kept",
                "kept: partner order {0} has not arrived yet; it will not be cooked when it does",
                cancel.partnerOrderId())
            : Phrase.of(
                "outcome.cancelled-while-waiting",
                "cancelled partner order {0} while it waited",
                cancel.partnerOrderId()),
        now);
  }

  /**
   * Serialises everything done about one partner order (placing it, cancelling it) across
   * transactions, so that an order and its cancellation handled at the same moment by two consumers
   * cannot both miss each other. A transaction-scoped PostgreSQL advisory lock: released at commit
   * or rollback, and no row has to exist to be locked.
   */
  private void lockPartnerOrder(String partner, String partnerOrderId) {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?))")
        .setParameter(1, partner + "/" + partnerOrderId)
        .getSingleResult();
  }

  private PartnerMenuMatcher matcher(String partner) {
    Map<PartnerMenuMatcher.Key, String> mappings = new HashMap<>();
    em.createNamedQuery(PartnerMapping.OF_PARTNER, PartnerMapping.class)
        .setParameter("partner", partner)
        .getResultList()
        .forEach(m -> mappings.put(new PartnerMenuMatcher.Key(m.kind(), m.partnerId()), m.code()));
    Map<String, MenuItem> items = new HashMap<>();
    return new PartnerMenuMatcher(
        mappings,
        code ->
            items.computeIfAbsent(
                code,
                c -> {
                  Long id = itemIds.of(List.of(c)).get(c);
                  return id == null ? null : em.find(MenuItem.class, id);
                }));
  }

  private static String reason(StoreStatus store) {
    return store.reason() == null ? "no reason given" : store.reason();
  }
}
