package com.angelskitchen.stations.boundary;

import com.angelskitchen.menu.control.Stockroom;
import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.stations.entity.KitchenTicket;
import com.angelskitchen.stations.entity.Station;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * What the kitchen is working on right now: each station's tickets, the orders on the pass, the
 * order numbers in progress. Screens start from it when they connect for the first time or fell too
 * far behind to catch up event by event; how each screen shows it is the web module's business.
 */
@Stateless
public class KitchenState {

  private static final Logger LOG = Logger.getLogger(KitchenState.class.getName());

  /**
   * The most tickets (station) or orders (expo, board) a snapshot carries. A kitchen never has this
   * many open at once; the cap is there so that a backlog left by a broken workflow (orders never
   * completed) cannot make every reconnecting screen load and render tens of thousands of cards.
   * The newest are kept: in such a backlog they are the orders guests are actually waiting for.
   */
  public static final int SCREEN_LIMIT = 500;

  @PersistenceContext EntityManager em;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  @Inject Stockroom stockroom;

  /** How a station lists its tickets: rush first, then in the order they were fired. */
  private static final Comparator<KitchenTicket> STATION_ORDER =
      Comparator.comparing((KitchenTicket t) -> t.order().rush())
          .reversed()
          .thenComparing(KitchenTicket::firedAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(KitchenTicket::id);

  /** A ticket at a station, with the order it belongs to. */
  public record StationTicket(OrderHeader order, TicketView ticket) {}

  /** An order being worked on, with every station's ticket. */
  public record OrderOnThePass(OrderHeader order, String status, List<TicketView> tickets) {}

  /** An order's number and how far it is. */
  public record OrderProgress(long orderId, String orderNumber, String status) {}

  /**
   * The counted items and ingredients that are out or low, for the kitchen screens' low-stock
   * banner.
   */
  public List<StockLevel> lowStock() {
    return stockroom.alerts();
  }

  /** Whether a station with this code exists. */
  public boolean isStation(String code) {
    return em.find(Station.class, code) != null;
  }

  public Station station(String code) {
    return em.find(Station.class, code);
  }

  /**
   * A station's open tickets (rush first, then oldest first), followed by those it bumped within
   * the recall window, which it may still recall.
   */
  public List<StationTicket> stationTickets(String station) {
    OffsetDateTime recallable = OffsetDateTime.now(clock).minus(settings.recallWindow());
    TypedQuery<KitchenTicket> query =
        em.createQuery(
                "SELECT t FROM KitchenTicket t WHERE t.station.code = :station AND (t.status ="
                    + " com.angelskitchen.stations.entity.TicketStatus.OPEN OR (t.status ="
                    + " com.angelskitchen.stations.entity.TicketStatus.BUMPED AND t.bumpedAt >"
                    + " :recallable)) ORDER BY t.firedAt DESC, t.id DESC",
                KitchenTicket.class)
            .setParameter("station", station)
            .setParameter("recallable", recallable)
            .setMaxResults(SCREEN_LIMIT + 1);
    return capped("station " + station, withLines(query).getResultList()).stream()
        .sorted(STATION_ORDER)
        .map(t -> new StationTicket(OrderHeader.of(t.order()), t.view()))
        .toList();
  }

  /** Every order the kitchen is working on, held or ready, with all its tickets. */
  public List<OrderOnThePass> onThePass() {
    List<KitchenOrder> orders =
        activeOrders(List.of(OrderStatus.HELD, OrderStatus.IN_KITCHEN, OrderStatus.READY));
    if (orders.isEmpty()) {
      return List.of();
    }
    TypedQuery<KitchenTicket> query =
        em.createQuery(
                "SELECT t FROM KitchenTicket t WHERE t.order.id IN :orders ORDER BY t.station.sortOrder, t.id",
                KitchenTicket.class)
            .setParameter("orders", orders.stream().map(KitchenOrder::id).toList());
    Map<Long, List<TicketView>> tickets =
        withLines(query)
            .getResultStream()
            .map(KitchenTicket::view)
            .collect(Collectors.groupingBy(TicketView::orderId));
    return orders.stream()
        .map(
            o ->
                new OrderOnThePass(
                    OrderHeader.of(o), o.status().name(), tickets.getOrDefault(o.id(), List.of())))
        .toList();
  }

  /** The orders being prepared and ready, without their tickets. */
  public List<OrderProgress> inProgress() {
    return activeOrders(List.of(OrderStatus.IN_KITCHEN, OrderStatus.READY)).stream()
        .map(o -> new OrderProgress(o.id(), o.number().display(), o.status().name()))
        .toList();
  }

  private List<KitchenOrder> activeOrders(List<OrderStatus> statuses) {
    return capped(
            "orders " + statuses,
            em.createQuery(
                    "SELECT o FROM KitchenOrder o WHERE o.status IN :statuses"
                        + " ORDER BY o.placedAt DESC, o.id DESC",
                    KitchenOrder.class)
                .setParameter("statuses", statuses)
                .setMaxResults(SCREEN_LIMIT + 1)
                .getResultList())
        .stream()
        .sorted(
            Comparator.comparing(KitchenOrder::rush)
                .reversed()
                .thenComparing(KitchenOrder::placedAt)
                .thenComparing(KitchenOrder::id))
        .toList();
  }

  private static <T> List<T> capped(String what, List<T> found) {
    if (found.size() <= SCREEN_LIMIT) {
      return found;
    }
    LOG.warning(
        () ->
            "More than "
                + SCREEN_LIMIT
                + " "
                + what
                + " open: screens show the newest "
                + SCREEN_LIMIT
                + ". Complete or cancel stale orders.");
    return found.subList(0, SCREEN_LIMIT);
  }

  /** Loads tickets with their order and lines in a few queries instead of one per ticket. */
  private static TypedQuery<KitchenTicket> withLines(TypedQuery<KitchenTicket> query) {
    return query
        .setHint("eclipselink.join-fetch", "t.order")
        .setHint("eclipselink.batch", "t.lines")
        .setHint("eclipselink.batch.type", "IN");
  }
}
