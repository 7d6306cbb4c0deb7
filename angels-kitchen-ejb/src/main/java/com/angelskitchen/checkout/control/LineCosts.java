package com.angelskitchen.checkout.control;

import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each line of an order costs after the discounts given on it: the weights by which the
 * order's total (its order-wide discount and tax included) is shared among lines — in a split by
 * item, and in a refund of some lines.
 */
public final class LineCosts {

  private LineCosts() {}

  /** Each line's cost, by line id, in the order's line order. */
  public static Map<Long, Money> of(KitchenOrder order, List<OrderDiscount> discounts) {
    Map<Long, Money> costs = new LinkedHashMap<>();
    for (OrderLine line : order.liveLines()) {
      if (!line.isPart()) { // a dozen's flavours cost nothing of their own: paid with their dozen
        costs.put(line.id(), line.lineTotal());
      }
    }
    for (OrderDiscount d : discounts) {
      if (d.lineId() != null) {
        costs.computeIfPresent(d.lineId(), (id, cost) -> cost.minus(d.amount()));
      }
    }
    return costs;
  }

  /**
   * The share of {@code total} that {@code lines} pay, in proportion to their cost among all the
   * order's lines ({@link Money#allocate}: the shares of the lines and of the rest add up to the
   * total).
   */
  public static Money shareOf(Money total, Map<Long, Money> costs, Collection<Long> lines) {
    BigDecimal chosen = BigDecimal.ZERO;
    BigDecimal rest = BigDecimal.ZERO;
    for (Map.Entry<Long, Money> cost : costs.entrySet()) {
      if (lines.contains(cost.getKey())) {
        chosen = chosen.add(cost.getValue().amount());
      } else {
        rest = rest.add(cost.getValue().amount());
      }
    }
    if (chosen.signum() == 0) {
      return Money.ZERO;
    }
    return total.allocate(List.of(chosen, rest)).get(0);
  }
}
