package com.angelskitchen.menu.control;

import com.angelskitchen.kitchenlog.control.KitchenLog;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where orders take counted items from and give them back, in the caller's transaction. Only items
 * whose stock is counted are locked (each row in turn, lowest id first, so two orders never wait on
 * each other crosswise); an item the stock runs out of 86es itself, one a cancel brings back
 * returns, and the POS (and every screen) is told like for a manager's 86.
 */
@Dependent
public class Stockroom {

  @PersistenceContext EntityManager em;

  @Inject KitchenLog kitchenLog;

  /**
   * Takes the quantities (by item id) of the counted items among them.
   *
   * @throws com.angelskitchen.menu.entity.OutOfStockException when fewer of one are left
   */
  public void take(Map<Long, Integer> quantities) {
    change(quantities, true);
  }

  /** Gives the quantities (by item id) back to the counted items among them. */
  public void giveBack(Map<Long, Integer> quantities) {
    change(quantities, false);
  }

  private void change(Map<Long, Integer> quantities, boolean take) {
    new TreeMap<>(quantities)
        .forEach(
            (id, quantity) -> {
              MenuItem known = em.find(MenuItem.class, id);
              if (known == null || known.stock().isEmpty()) {
                return;
              }
              MenuItem item = em.find(MenuItem.class, id, LockModeType.PESSIMISTIC_WRITE);
              boolean changed = take ? item.take(quantity) : item.giveBack(quantity);
              if (changed) {
                kitchenLog.record(
                    sequence ->
                        new ItemAvailabilityChanged(
                            sequence, item.code(), item.name(), item.available()),
                    null);
              }
            });
  }
}
