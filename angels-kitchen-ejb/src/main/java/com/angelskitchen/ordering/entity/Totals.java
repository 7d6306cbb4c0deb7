package com.angelskitchen.ordering.entity;

import com.angelskitchen.money.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * What an order costs: the subtotal of its lines, tax at the configured rate on that subtotal
 * (rounded half up to cents, once, on the whole order), and the total.
 */
public record Totals(Money subtotal, BigDecimal taxRate, Money tax, Money total) {

  public Totals {
    Objects.requireNonNull(subtotal, "subtotal");
    Objects.requireNonNull(taxRate, "taxRate");
    Objects.requireNonNull(tax, "tax");
    Objects.requireNonNull(total, "total");
  }

  public static Totals of(Collection<Money> lineTotals, BigDecimal taxRate) {
    if (taxRate.signum() < 0 || taxRate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("a tax rate is between 0 and 1, was " + taxRate);
    }
    Money subtotal = lineTotals.stream().reduce(Money.ZERO, Money::plus);
    Money tax = subtotal.atRate(taxRate);
    return new Totals(subtotal, taxRate, tax, subtotal.plus(tax));
  }

  /** One line's price: the item plus its added extras, times the quantity. */
  public static Money lineTotal(Money unitPrice, Collection<Money> extraPrices, int quantity) {
    return extraPrices.stream().reduce(unitPrice, Money::plus).times(quantity);
  }
}
