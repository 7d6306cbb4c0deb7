package com.angelskitchen.stations.control;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.stations.entity.KitchenTicket;
import com.angelskitchen.stations.entity.RoutingRule;
import com.angelskitchen.stations.entity.Station;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Fans an order out into one ticket per station. Every order reads the current rules, so a changed
 * rule applies to the next order without a restart. Measured in 2026-12 (pg_stat_statements), the
 * rules and the default station cost a round trip each per order: the query results cache does not
 * serve them (docs/performance-plan.md, item 4).
 */
@Dependent
public class StationRouter {

  @PersistenceContext EntityManager em;

  /**
   * The current rules for these items: the codes of each item's stations, by item code. The rules
   * are read read-only (shared cached objects, never registered in the transaction), so reading
   * them makes no copies that the commit would then have to compare.
   */
  public Map<String, List<String>> route(Collection<MenuItem> items) {
    List<RoutingRule> rules =
        em.createNamedQuery(RoutingRule.ALL, RoutingRule.class).getResultList();
    // getResultList, not getResultStream: EclipseLink streams through a cursor, which a cached
    // result is not (ClassCastException).
    Station defaultStation = defaultStation();
    Map<String, List<String>> stations = new LinkedHashMap<>();
    items.forEach(
        item ->
            stations.put(
                item.code(),
                Routing.stationsFor(item, rules, defaultStation).stream()
                    .map(Station::code)
                    .toList()));
    return stations;
  }

  /**
   * An unmapped partner line goes to the default station, where someone checks it; without one, to
   * the first station. Only a kitchen with no station at all refuses it.
   */
  private List<String> unmappedRoute(OrderLine line) {
    Station station = defaultStation();
    if (station == null) {
      station =
          em.createNamedQuery(Station.ALL, Station.class).setMaxResults(1).getResultList().stream()
              .findFirst()
              .orElseThrow(() -> new NoStationException(line.itemName()));
    }
    return List.of(station.code());
  }

  private Station defaultStation() {
    return em.createNamedQuery(Station.CURRENT_DEFAULT, Station.class).getResultList().stream()
        .findFirst()
        .orElse(null);
  }

  /**
   * Creates and persists the order's tickets, one per station, each with that station's lines in
   * the order the guest asked for them.
   */
  public List<KitchenTicket> fanOut(KitchenOrder order, Map<String, List<String>> routes) {
    return fanOut(
        order, order.lines(), routes, (station, lines) -> new KitchenTicket(order, station, lines));
  }

  /** Creates and persists the add-on tickets for lines added to the order, fired at {@code now}. */
  public List<KitchenTicket> fanOutAddOn(
      KitchenOrder order,
      List<OrderLine> added,
      Map<String, List<String>> routes,
      OffsetDateTime now) {
    return fanOut(
        order,
        added,
        routes,
        (station, lines) -> new KitchenTicket(order, station, lines, added.get(0).addOn(), now));
  }

  private List<KitchenTicket> fanOut(
      KitchenOrder order,
      List<OrderLine> orderLines,
      Map<String, List<String>> routes,
      BiFunction<Station, List<OrderLine>, KitchenTicket> ticket) {
    Map<Station, List<OrderLine>> linesByStation = new LinkedHashMap<>();
    for (OrderLine line : orderLines) {
      List<String> stations =
          line.item() != null ? routes.get(line.item().code()) : unmappedRoute(line);
      for (String code : stations) {
        // The transaction's own copy (from the shared cache, by id): a ticket must not point at a
        // read-only shared object.
        Station station = em.find(Station.class, code);
        linesByStation.computeIfAbsent(station, s -> new ArrayList<>()).add(line);
      }
    }
    List<KitchenTicket> tickets = new ArrayList<>();
    linesByStation.entrySet().stream()
        .sorted(
            Comparator.comparing((Map.Entry<Station, List<OrderLine>> e) -> e.getKey().sortOrder())
                .thenComparing(e -> e.getKey().code()))
        .forEach(
            entry -> {
              KitchenTicket made = ticket.apply(entry.getKey(), entry.getValue());
              em.persist(made);
              tickets.add(made);
            });
    return tickets;
  }
}
