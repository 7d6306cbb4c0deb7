package com.angelskitchen.kitchen.control;

import com.angelskitchen.kitchen.entity.KitchenTicket;
import com.angelskitchen.kitchen.entity.RoutingRule;
import com.angelskitchen.kitchen.entity.Station;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fans an order out into one ticket per station. Rules are read from the database for every order,
 * so a changed rule applies to the next order without a restart.
 */
@Dependent
public class StationRouter {

  @PersistenceContext EntityManager em;

  /** The current rules for these items: the stations of each, by item code. */
  public Map<String, List<Station>> route(Collection<MenuItem> items) {
    List<Long> itemIds = items.stream().map(MenuItem::id).distinct().toList();
    List<Long> categoryIds = items.stream().map(i -> i.category().id()).distinct().toList();
    List<RoutingRule> rules =
        em.createNamedQuery(RoutingRule.FOR_ITEMS, RoutingRule.class)
            .setParameter("itemIds", itemIds)
            .setParameter("categoryIds", categoryIds)
            .getResultList();
    Station defaultStation =
        em.createNamedQuery(Station.DEFAULT, Station.class)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Map<String, List<Station>> stations = new LinkedHashMap<>();
    items.forEach(
        item -> stations.put(item.code(), Routing.stationsFor(item, rules, defaultStation)));
    return stations;
  }

  /**
   * Creates and persists the order's tickets, one per station, each with that station's lines in
   * the order the guest asked for them.
   */
  public List<KitchenTicket> fanOut(KitchenOrder order, Map<String, List<Station>> routes) {
    Map<Station, List<OrderLine>> linesByStation = new LinkedHashMap<>();
    for (OrderLine line : order.lines()) {
      for (Station station : routes.get(line.item().code())) {
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
              KitchenTicket ticket = new KitchenTicket(order, entry.getKey(), entry.getValue());
              em.persist(ticket);
              tickets.add(ticket);
            });
    return tickets;
  }
}
