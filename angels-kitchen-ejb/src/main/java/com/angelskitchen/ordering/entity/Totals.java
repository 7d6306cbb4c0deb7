package com.angelskitchen.ordering.entity;

import com.angelskitchen.money.Money;
import com.angelskitchen.money.TaxRule;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * What an order costs. {@code subtotal} is its lines at their menu prices; {@code discount} what
 * was taken off them; the tax is worked out once on what is left, by the store's {@link TaxRule}
 * (contained in it when prices include VAT, added to it otherwise), rounded half up to the cent;
 * {@code total} is what the guest pays.
 *
 * <p>Prices with VAT included (Argentina): 3 empanadas at $ 1.800,00 = $ 5.400,00, total $
 * 5.400,00, IVA contenido 5.400 × 0,21 / 1,21 = 937,190… → $ 937,19, net $ 4.462,81. Tax on top: $
 * 5.400,00 + 21 % = $ 1.134,00 tax, total $ 6.534,00.
 */
public record Totals(
    Money subtotal,
    Money discount,
    BigDecimal taxRate,
    boolean taxIncluded,
    Money tax,
    Money total) {

  public Totals {
    Objects.requireNonNull(subtotal, "subtotal");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(taxRate, "taxRate");
    Objects.requireNonNull(tax, "tax");
    Objects.requireNonNull(total, "total");
  }

  /** The totals of lines with nothing taken off. */
  public static Totals of(Collection<Money> lineTotals, TaxRule rule) {
    return of(lineTotals, Money.ZERO, rule);
  }

  /**
   * The totals of lines less a discount (at most their subtotal).
   *
   * @throws IllegalArgumentException when the discount is more than the lines
   */
  public static Totals of(Collection<Money> lineTotals, Money discount, TaxRule rule) {
    Money subtotal = lineTotals.stream().reduce(Money.ZERO, Money::plus);
    Money charged = subtotal.minus(discount);
    return new Totals(
        subtotal,
        discount,
        rule.rate(),
        rule.included(),
        rule.taxOf(charged),
        rule.totalOf(charged));
  }

  /** The rule these totals were worked out with. */
  public TaxRule rule() {
    return new TaxRule(taxRate, taxIncluded);
  }

  /** What the order costs before tax: the total less the tax. */
  public Money net() {
    return total.minus(tax);
  }

  /** One line's price: the item plus its added extras, times the quantity. */
  public static Money lineTotal(Money unitPrice, Collection<Money> extraPrices, int quantity) {
    return extraPrices.stream().reduce(unitPrice, Money::plus).times(quantity);
  }
}
