package com.angelskitchen.ordering.control;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.events.TicketView;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The pass between the front of house and the stations: how an order's tickets are opened, fired
 * and taken back. The stations component implements it; ordering sits below the stations and knows
 * them only through this port, so the order desk never imports a station or a ticket. Every method
 * runs in the caller's transaction.
 */
public interface KitchenPass {

  /**
   * The stations that make each item, by item code. Asked before the order takes its number, so
   * that an order no station can make is refused without using one up.
   *
   * @throws com.angelskitchen.platform.KitchenException when an item has no station to make it
   */
  Map<String, List<String>> route(Collection<MenuItem> items);

  /**
   * Opens the order's tickets along those routes, one per station that makes part of it (a held
   * order's tickets wait for it to fire).
   */
  List<TicketView> openTickets(KitchenOrder order, Map<String, List<String>> routes);

  /**
   * Opens add-on tickets for lines added to an order, one per station that makes part of them,
   * reaching the stations at {@code now} (or held with the order).
   */
  List<TicketView> openAddOnTickets(
      KitchenOrder order,
      List<OrderLine> lines,
      Map<String, List<String>> routes,
      OffsetDateTime now);

  /**
   * Tells the tickets that carry a line that it was voided.
   *
   * @return those tickets as they are now (the line struck through)
   */
  List<TicketView> voidLine(long orderId, long orderLineId, OffsetDateTime now);

  /** True when every station is done with the order: each ticket bumped or wholly voided. */
  boolean allDone(long orderId);

  /** The stations with a ticket of the order on their screen (open or held). */
  List<String> stationsWorkingOn(long orderId);

  /** Fires the tickets of a held order whose time has come. */
  List<TicketView> fireTickets(long orderId, OffsetDateTime now);

  /**
   * Takes back the tickets of a cancelled order.
   *
   * @return the stations that still had the order open, whose screens drop it
   */
  List<String> cancelTickets(long orderId);
}
