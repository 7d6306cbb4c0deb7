package com.angelskitchen.ordering.boundary;

import com.angelskitchen.kitchenlog.control.KitchenLog;
import com.angelskitchen.menu.control.MenuItemIds;
import com.angelskitchen.menu.control.Stockroom;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.money.TaxRule;
import com.angelskitchen.ordering.control.BusinessDay;
import com.angelskitchen.ordering.control.FireTime;
import com.angelskitchen.ordering.control.KitchenPass;
import com.angelskitchen.ordering.control.OrderAssembler;
import com.angelskitchen.ordering.control.OrderFingerprint;
import com.angelskitchen.ordering.control.OrderKeys;
import com.angelskitchen.ordering.control.OrderNumbering;
import com.angelskitchen.ordering.control.SalesClock;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.ModifierKind;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.entity.OrderNumber;
import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.ordering.events.LineVoided;
import com.angelskitchen.ordering.events.OrderAddedTo;
import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.ordering.events.OrderChanged;
import com.angelskitchen.ordering.events.OrderCompleted;
import com.angelskitchen.ordering.events.OrderFired;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.config.KitchenSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * The one entry point through which the POS, the API and the delivery partners place, cancel and
 * hand out orders. Each call is one transaction that also appends its kitchen events to the log;
 * screens hear of a change only after it committed.
 *
 * <p>Every change to an existing order first locks the order's row, so changes to one order (a
 * cancel racing a bump, two stations finishing at once) happen one after the other and each sees
 * the other's result.
 */
@Stateless
public class OrderDesk {

  @PersistenceContext EntityManager em;

  @EJB OrderNumbering numbering;

  @EJB MenuItemIds itemIds;

  @Inject KitchenPass pass;

  @Inject Stockroom stockroom;

  @Inject SalesClock salesClock;

  @Inject KitchenLog kitchenLog;

  @Inject OrderKeys keys;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  /**
   * Places an order: checks it against the menu, prices it, numbers it for the business day, fans
   * it out into station tickets and, unless it is for a later pickup, sends those to the stations.
   */
  public OrderPlaced place(PlaceOrder request) {
    return place(request, order -> {});
  }

  /**
   * Places an order once per idempotency key: the first call places it, every later call with the
   * same key, the same staff member and the same order answers with that first order's {@link
   * OrderPlaced}, read back from the kitchen log, and changes nothing. Concurrent calls with one
   * key wait for each other in the database (see {@link OrderKeys}); a call whose order was refused
   * leaves no key behind, so a corrected retry goes through.
   *
   * <p>The key is global rather than per staff member, so that one key can never stand for two
   * orders; it records who used it, and another member of staff reusing it is refused like a
   * different order would be, rather than shown someone else's order.
   *
   * @throws IdempotencyKeyReusedException when the key was used for a different order or by someone
   *     else
   */
  public OrderPlaced placeOnce(IdempotencyKey key, String staff, PlaceOrder request) {
    String fingerprint = OrderFingerprint.of(request);
    Optional<OrderKeys.Use> earlier =
        keys.claim(key.value(), staff, fingerprint, OffsetDateTime.now(clock));
    if (earlier.isEmpty()) {
      return place(request, order -> keys.settle(key.value(), order.id()));
    }
    if (!earlier.get().repeats(staff, fingerprint)) {
      throw new IdempotencyKeyReusedException();
    }
    long orderId =
        Optional.ofNullable(earlier.get().orderId())
            .orElseThrow(() -> new IllegalStateException("key " + key + " names no order"));
    return kitchenLog
        .firstOf(orderId, OrderPlaced.class)
        .orElseThrow(() -> new IllegalStateException("order " + orderId + " was never logged"));
  }

  /**
   * @param placed told of the new order after its tickets and before the kitchen log's append,
   *     which is last because its lock is the one every kitchen change queues on
   */
  private OrderPlaced place(PlaceOrder request, Consumer<KitchenOrder> placed) {
    OffsetDateTime now = salesClock.forOrder();
    Map<String, MenuItem> menu = itemsOf(request.lines());
    List<OrderLine.Draft> drafts = OrderAssembler.draft(request.lines(), menu);
    List<OrderLine.Draft> made = made(drafts);
    Map<String, List<String>> routes = pass.route(itemsIn(made));
    stockroom.take(
        quantities(made, OrderLine.Draft::item, OrderLine.Draft::quantity),
        leftOut(
            made, OrderLine.Draft::item, OrderLine.Draft::quantity, OrderLine.Draft::modifiers));
    OffsetDateTime fireAt =
        FireTime.of(
            request.pickupAt(),
            made.stream().filter(d -> d.item() != null).map(d -> d.item().prepMinutes()).toList());

    OrderNumber number = numbering.next(BusinessDay.of(now, settings.businessDayStartsAt()));
    KitchenOrder order =
        new KitchenOrder(
            number,
            new KitchenOrder.Header(
                request.source(),
                request.fulfillment(),
                request.customerName(),
                request.note(),
                request.allergyAlert(),
                request.rush(),
                request.pickupAt()),
            drafts,
            new TaxRule(settings.taxRate(), settings.pricesIncludeTax()),
            now,
            fireAt);
    em.persist(order);
    List<TicketView> tickets = pass.openTickets(order, routes);
    placed.accept(order);
    return kitchenLog.record(
        sequence ->
            new OrderPlaced(
                sequence,
                OrderHeader.of(order),
                order.status().name(),
                order.subtotal().amount(),
                order.tax().amount(),
                order.total().amount(),
                tickets),
        order.id());
  }

  /**
   * The name of a counted item or ingredient these lines would run short of, or empty: a partner's
   * order is denied for it up front, since a refusal while placing rolls the whole intake back.
   */
  public Optional<String> shortOf(List<PlaceOrder.Line> lines) {
    List<OrderLine.Draft> made = made(OrderAssembler.draft(lines, itemsOf(lines)));
    return stockroom.shortage(
        quantities(made, OrderLine.Draft::item, OrderLine.Draft::quantity),
        leftOut(
            made, OrderLine.Draft::item, OrderLine.Draft::quantity, OrderLine.Draft::modifiers));
  }

  /** Fires a held order whose time has come; does nothing if it already left the hold. */
  public void fireIfDue(long orderId, OffsetDateTime now) {
    KitchenOrder order = locked(orderId);
    if (!order.isHeld() || order.fireAt().isAfter(now)) {
      return;
    }
    order.fire(now);
    List<TicketView> views = pass.fireTickets(orderId, now);
    kitchenLog.record(
        sequence -> new OrderFired(sequence, OrderHeader.of(order), now, views), orderId);
  }

  /** Held orders due to fire at {@code now}, oldest fire time first. */
  public List<Long> dueToFire(OffsetDateTime now, int maxResults) {
    return em.createNamedQuery(KitchenOrder.DUE_TO_FIRE, Long.class)
        .setParameter("now", now)
        .setMaxResults(maxResults)
        .getResultList();
  }

  /** Cancels (voids) an order; its open tickets leave the stations, which are told why. */
  public OrderCancelled cancel(long orderId, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidOrderException("order.cancel.no-reason", "a cancellation needs a reason");
    }
    if (reason.strip().length() > 200) {
      throw new InvalidOrderException(
          "order.cancel.reason-too-long", "the reason is longer than 200 characters", 200);
    }
    KitchenOrder order = locked(orderId);
    OffsetDateTime now = OffsetDateTime.now(clock); // under the lock: see DayReports.close
    order.cancel(reason.strip(), now);
    stockroom.giveBack(
        quantities(order.liveLines(), OrderLine::item, OrderLine::quantity),
        leftOut(order.liveLines(), OrderLine::item, OrderLine::quantity, OrderLine::modifiers));
    List<String> stations = pass.cancelTickets(orderId);
    return kitchenLog.record(
        sequence ->
            new OrderCancelled(
                sequence, orderId, order.number().display(), order.cancelReason(), now, stations),
        orderId);
  }

  /**
   * Adds lines to an order already sent: checked and priced against the current menu like a new
   * order, they reach their stations as ADD-ON tickets under the same number.
   */
  public OrderAddedTo addLines(long orderId, List<PlaceOrder.Line> lines) {
    if (lines == null || lines.isEmpty()) {
      throw new InvalidOrderException("order.no-lines", "an add-on needs at least one line");
    }
    if (lines.size() > PlaceOrder.MAX_LINES) {
      throw new InvalidOrderException(
          "order.too-many-lines",
          "an order has at most " + PlaceOrder.MAX_LINES + " lines",
          PlaceOrder.MAX_LINES);
    }
    Map<String, MenuItem> menu = itemsOf(lines);
    List<OrderLine.Draft> drafts = OrderAssembler.draft(lines, menu);
    List<OrderLine.Draft> made = made(drafts);
    Map<String, List<String>> routes = pass.route(itemsIn(made));
    KitchenOrder order = locked(orderId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    stockroom.take(
        quantities(made, OrderLine.Draft::item, OrderLine.Draft::quantity),
        leftOut(
            made, OrderLine.Draft::item, OrderLine.Draft::quantity, OrderLine.Draft::modifiers));
    if (order.lines().stream().filter(l -> !l.isPart()).count() + drafts.size()
        > PlaceOrder.MAX_LINES) {
      throw new InvalidOrderException(
          "order.too-many-lines",
          "an order has at most " + PlaceOrder.MAX_LINES + " lines",
          PlaceOrder.MAX_LINES);
    }
    List<OrderLine> added = order.addLines(drafts);
    if (order.isHeld()) {
      order.fireNoLaterThan(
          FireTime.of(
              order.pickupAt(),
              order.liveLines().stream()
                  .filter(l -> l.item() != null)
                  .map(l -> l.item().prepMinutes())
                  .toList()));
    }
    em.flush(); // the new lines need their ids before tickets point at them
    List<TicketView> tickets = pass.openAddOnTickets(order, added, routes, now);
    int round = added.get(0).addOn();
    return kitchenLog.record(
        sequence ->
            new OrderAddedTo(
                sequence, OrderHeader.of(order), order.status().name(), round, tickets),
        orderId);
  }

  /**
   * Voids a line of an order already sent: its stations see it struck through; a ticket left with
   * nothing to make is done, and an order whose stations are all done is ready.
   */
  public LineVoided voidLine(long orderId, long lineId, String reason) {
    String why = reason(reason, "order.void-line.no-reason", "order.void-line.reason-too-long");
    KitchenOrder order = locked(orderId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    OrderLine line = order.voidLine(lineId, why, now);
    List<OrderLine> gone = new ArrayList<>(List.of(line));
    gone.addAll(order.partsOf(line));
    stockroom.giveBack(
        quantities(gone, OrderLine::item, OrderLine::quantity),
        leftOut(gone, OrderLine::item, OrderLine::quantity, OrderLine::modifiers));
    Map<Long, TicketView> changed = new LinkedHashMap<>();
    gone.forEach(
        l -> pass.voidLine(orderId, l.id(), now).forEach(t -> changed.put(t.ticketId(), t)));
    List<TicketView> tickets = List.copyOf(changed.values());
    boolean nowReady =
        order.status() == OrderStatus.IN_KITCHEN && !tickets.isEmpty() && pass.allDone(orderId);
    if (nowReady) {
      order.markReady(now);
    }
    LineVoided voided =
        kitchenLog.record(
            sequence ->
                new LineVoided(
                    sequence,
                    OrderHeader.of(order),
                    order.status().name(),
                    lineId,
                    line.quantity(),
                    line.itemName(),
                    why,
                    now,
                    tickets),
            orderId);
    if (nowReady) {
      kitchenLog.record(
          sequence -> new OrderReady(sequence, orderId, order.number().display(), now), orderId);
    }
    return voided;
  }

  /** Changes the name, note and pickup time of an order already sent; its stations see the new. */
  public OrderChanged changeHeader(long orderId, ChangeOrder change) {
    KitchenOrder order = locked(orderId);
    OffsetDateTime fireAt =
        FireTime.of(
            change.pickupAt(),
            order.liveLines().stream()
                .filter(l -> l.item() != null)
                .map(l -> l.item().prepMinutes())
                .toList());
    order.changeHeader(
        change.customerName(),
        change.note(),
        change.pickupAt(),
        fireAt == null ? OffsetDateTime.now(clock) : fireAt);
    List<String> stations = order.isHeld() ? List.of() : pass.stationsWorkingOn(orderId);
    return kitchenLog.record(
        sequence -> new OrderChanged(sequence, OrderHeader.of(order), stations), orderId);
  }

  /**
   * Voids an order that was already handed out; the caller gives back what was paid. The screens
   * that still show it (the board, the POS) drop it.
   */
  public OrderCancelled voidHandedOut(long orderId, String reason) {
    String why = reason(reason, "order.void.no-reason", "order.void.reason-too-long");
    KitchenOrder order = locked(orderId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    order.voidHandedOut(why, now);
    return kitchenLog.record(
        sequence ->
            new OrderCancelled(
                sequence, orderId, order.number().display(), order.cancelReason(), now, List.of()),
        orderId);
  }

  /** What the kitchen makes of these drafts: each line, and after a bundle its flavours. */
  private static List<OrderLine.Draft> made(List<OrderLine.Draft> drafts) {
    return drafts.stream().flatMap(OrderLine.Draft::withParts).toList();
  }

  /** The menu items of these drafts, each once, for routing. */
  private static Collection<MenuItem> itemsIn(List<OrderLine.Draft> drafts) {
    Map<Long, MenuItem> items = new LinkedHashMap<>();
    drafts.stream()
        .map(OrderLine.Draft::item)
        .filter(Objects::nonNull)
        .forEach(i -> items.putIfAbsent(i.id(), i));
    return items.values();
  }

  /**
   * How many of each item left out each ingredient (REMOVE modifiers, "sin cebolla"): the stockroom
   * takes none of it for them.
   */
  private static <L> Map<Stockroom.LeftOut, Integer> leftOut(
      List<L> lines,
      Function<L, MenuItem> item,
      ToIntFunction<L> quantity,
      Function<L, List<LineModifier>> modifiers) {
    Map<Stockroom.LeftOut, Integer> leftOut = new HashMap<>();
    for (L line : lines) {
      MenuItem menuItem = item.apply(line);
      if (menuItem == null) {
        continue;
      }
      for (LineModifier modifier : modifiers.apply(line)) {
        if (modifier.kind() == ModifierKind.REMOVE) {
          leftOut.merge(
              new Stockroom.LeftOut(menuItem.id(), modifier.code()),
              quantity.applyAsInt(line),
              Integer::sum);
        }
      }
    }
    return leftOut;
  }

  /** Quantities by menu item id (lines not from the menu left out), for the stockroom. */
  private static <L> Map<Long, Integer> quantities(
      List<L> lines, Function<L, MenuItem> item, ToIntFunction<L> quantity) {
    Map<Long, Integer> quantities = new HashMap<>();
    for (L line : lines) {
      MenuItem menuItem = item.apply(line);
      if (menuItem != null) {
        quantities.merge(menuItem.id(), quantity.applyAsInt(line), Integer::sum);
      }
    }
    return quantities;
  }

  private static String reason(String reason, String missing, String tooLong) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidOrderException(missing, "a void needs a reason");
    }
    if (reason.strip().length() > 200) {
      throw new InvalidOrderException(tooLong, "the reason is longer than 200 characters", 200);
    }
    return reason.strip();
  }

  /** The order was handed out. */
  public OrderCompleted complete(long orderId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    KitchenOrder order = locked(orderId);
    order.complete(now);
    return kitchenLog.record(
        sequence -> new OrderCompleted(sequence, orderId, order.number().display(), now), orderId);
  }

  /** The orders of the current business day, newest first, at most {@code maxResults}. */
  public List<KitchenOrder> today(int maxResults) {
    OffsetDateTime since =
        BusinessDay.startOf(OffsetDateTime.now(clock), settings.businessDayStartsAt());
    return em.createNamedQuery(KitchenOrder.PLACED_SINCE, KitchenOrder.class)
        .setParameter("since", since)
        .setMaxResults(maxResults)
        .getResultList();
  }

  public KitchenOrder find(long orderId) {
    KitchenOrder order = em.find(KitchenOrder.class, orderId);
    if (order == null) {
      throw new NotFoundException("order.not-found", "no order " + orderId, orderId);
    }
    return order;
  }

  /** The most recent orders first. */
  public List<KitchenOrder> latest(int maxResults) {
    return em.createNamedQuery(KitchenOrder.LATEST, KitchenOrder.class)
        .setMaxResults(maxResults)
        .getResultList();
  }

  private KitchenOrder locked(long orderId) {
    KitchenOrder order = em.find(KitchenOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new NotFoundException("order.not-found", "no order " + orderId, orderId);
    }
    return order;
  }

  /**
   * The requested items by code (unknown codes are left out): ids from the item index, items by id
   * from the shared entity cache, so an order's menu look-up normally costs no round trip. (Not
   * with EclipseLink's read-only hint: a find with it reads the row from the database every time.)
   */
  private Map<String, MenuItem> itemsOf(List<PlaceOrder.Line> lines) {
    Map<String, MenuItem> items = new HashMap<>();
    itemIds
        .of(lines.stream().filter(PlaceOrder.Line::fromMenu).map(PlaceOrder.Line::item).toList())
        .forEach((code, id) -> items.put(code, em.find(MenuItem.class, id)));
    return items;
  }
}
