package com.angelskitchen.ordering.boundary;

import com.angelskitchen.kitchen.control.KitchenLog;
import com.angelskitchen.ordering.control.OrderNumbering;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.events.OrderPlaced;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Places orders and answers questions about them. Placing stores the order and its kitchen-log
 * entry in one transaction and fires {@link OrderPlaced}; observers that push to screens listen
 * after commit, so a screen never shows an order the database does not have.
 */
@Stateless
public class OrderDesk {

  @PersistenceContext EntityManager em;

  @Inject OrderNumbering numbering;

  @Inject KitchenLog kitchenLog;

  @Inject Event<OrderPlaced> orderPlaced;

  @Inject Clock clock;

  public OrderPlaced place(PlaceOrder request) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    KitchenOrder order =
        new KitchenOrder(
            numbering.next(now.toLocalDate()), request.source(), request.customerName(), now);
    request.lines().forEach(line -> order.addLine(line.item(), line.quantity(), line.station()));
    em.persist(order);
    OrderPlaced placed = kitchenLog.append(sequence -> OrderPlaced.of(sequence, order), order.id());
    orderPlaced.fire(placed);
    return placed;
  }

  public Optional<KitchenOrder> find(long orderId) {
    return Optional.ofNullable(em.find(KitchenOrder.class, orderId));
  }

  /** The most recent orders first. */
  public List<KitchenOrder> latest(int maxResults) {
    return em.createNamedQuery(KitchenOrder.LATEST, KitchenOrder.class)
        .setMaxResults(maxResults)
        .getResultList();
  }
}
