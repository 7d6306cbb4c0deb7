package com.angelskitchen.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How the store charges VAT: at a {@code rate} (0.21 for Argentina's IVA), either already included
 * in its prices ({@code included}: the menu says $ 1.800,00 and the guest pays $ 1.800,00, of which
 * $ 312,40 is VAT: the receipt's "IVA contenido") or added on top of them (a US sales tax).
 *
 * <p>Rounding: the tax of a charge is worked out once, on the whole charge, and rounded half up to
 * the cent. Included: {@code tax = charge × rate / (1 + rate)}; on top: {@code tax = charge ×
 * rate}. The net amount is the charge less the contained tax, so net + tax is always the total.
 */
public record TaxRule(BigDecimal rate, boolean included) implements Serializable {

  public TaxRule {
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("a tax rate is between 0 and 1, was " + rate);
    }
  }

  /** Prices include the tax (Argentina: "precio final", IVA contenido). */
  public static TaxRule included(String rate) {
    return new TaxRule(new BigDecimal(rate), true);
  }

  /** The tax is added to the prices. */
  public static TaxRule onTop(String rate) {
    return new TaxRule(new BigDecimal(rate), false);
  }

  /** The tax in (included) or on (on top) a charge, rounded half up to the cent. */
  public Money taxOf(Money charge) {
    if (!included) {
      return charge.atRate(rate);
    }
    return new Money(
        charge.amount().multiply(rate).divide(BigDecimal.ONE.add(rate), 2, RoundingMode.HALF_UP));
  }

  /** What the guest pays for a charge: the charge itself when the tax is included. */
  public Money totalOf(Money charge) {
    return included ? charge : charge.plus(taxOf(charge));
  }
}
