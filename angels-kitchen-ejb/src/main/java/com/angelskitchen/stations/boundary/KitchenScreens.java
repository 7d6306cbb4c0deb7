package com.angelskitchen.stations.boundary;

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
 * What each kitchen screen shows right now: the state a screen starts from when it connects for the
 * first time or fell too far behind to catch up event by event.
 */
@Stateless
public class KitchenScreens {

  private static final Logger LOG = Logger.getLogger(KitchenScreens.class.getName());

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

  /** How a station lists its tickets: rush first, then in the order they were fired. */
  private static final Comparator<KitchenTicket> STATION_ORDER =
      Comparator.comparing((KitchenTicket t) -> t.order().rush())
          .reversed()
          .thenComparing(KitchenTicket::firedAt, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(KitchenTicket::id);

  /** A ticket on a station's screen, with the order it belongs to. */
  public record ScreenTicket(OrderHeader order, TicketView ticket) {}

  /** An order on the expo screen with every station's ticket. */
  public record ExpoOrder(OrderHeader order, String status, List<TicketView> tickets) {}

  /** An order number on the customers' board. */
  public record BoardOrder(long orderId, String orderNumber, String status) {}

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
  public List<ScreenTicket> stationTickets(String station) {
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
        .map(t -> new ScreenTicket(OrderHeader.of(t.order()), t.view()))
        .toList();
  }

  /** Every order the kitchen is working on, held or ready, with all its tickets. */
  public List<ExpoOrder> expo() {
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
                new ExpoOrder(
                    OrderHeader.of(o), o.status().name(), tickets.getOrDefault(o.id(), List.of())))
        .toList();
  }

  /** The order numbers being prepared and ready, for the customers' board. */
  public List<BoardOrder> board() {
    return activeOrders(List.of(OrderStatus.IN_KITCHEN, OrderStatus.READY)).stream()
        .map(o -> new BoardOrder(o.id(), o.number().display(), o.status().name()))
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
