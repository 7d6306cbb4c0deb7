package com.angelskitchen.stations.control;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.control.KitchenPass;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.stations.entity.KitchenTicket;
import com.angelskitchen.stations.entity.TicketStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stations' side of the pass: routes an order into tickets, fires and cancels them, and brings
 * an order's later changes (add-ons, voided lines) to the tickets.
 */
@Dependent
public class StationPass implements KitchenPass {

  @PersistenceContext EntityManager em;

  @Inject StationRouter router;

  @Override
  public Map<String, List<String>> route(Collection<MenuItem> items) {
    return router.route(items);
  }

  @Override
  public List<TicketView> openTickets(KitchenOrder order, Map<String, List<String>> routes) {
    return router.fanOut(order, routes).stream().map(KitchenTicket::view).toList();
  }

  @Override
  public List<TicketView> openAddOnTickets(
      KitchenOrder order,
      List<OrderLine> lines,
      Map<String, List<String>> routes,
      OffsetDateTime now) {
    return router.fanOutAddOn(order, lines, routes, now).stream().map(KitchenTicket::view).toList();
  }

  @Override
  public List<TicketView> voidLine(long orderId, long orderLineId, OffsetDateTime now) {
    return ticketsOf(orderId).stream()
        .filter(t -> t.lineVoided(orderLineId, now))
        .map(KitchenTicket::view)
        .toList();
  }

  @Override
  public boolean allDone(long orderId) {
    return ticketsOf(orderId).stream().allMatch(KitchenTicket::isDone);
  }

  @Override
  public List<String> stationsWorkingOn(long orderId) {
    return ticketsOf(orderId).stream()
        .filter(t -> t.status() == TicketStatus.OPEN || t.status() == TicketStatus.HELD)
        .map(t -> t.station().code())
        .distinct()
        .toList();
  }

  @Override
  public List<TicketView> fireTickets(long orderId, OffsetDateTime now) {
    List<KitchenTicket> tickets =
        ticketsOf(orderId).stream().filter(t -> t.status() == TicketStatus.HELD).toList();
    tickets.forEach(t -> t.fire(now));
    return tickets.stream().map(KitchenTicket::view).toList();
  }

  @Override
  public List<String> cancelTickets(long orderId) {
    List<KitchenTicket> tickets = ticketsOf(orderId);
    List<String> stations =
        tickets.stream()
            .filter(t -> t.status() != TicketStatus.BUMPED)
            .map(t -> t.station().code())
            .distinct() // a ticket moved to a station may meet another of the order there
            .toList();
    tickets.forEach(KitchenTicket::cancel);
    return stations;
  }

  private List<KitchenTicket> ticketsOf(long orderId) {
    return em.createNamedQuery(KitchenTicket.OF_ORDER, KitchenTicket.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }
}
