package com.angelskitchen.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of the restaurant's currency, always with two decimals. Arithmetic is exact; rounding
 * happens only where a rate is applied, half up, as a till does.
 */
public record Money(BigDecimal amount) implements Comparable<Money>, Serializable {

  public static final BigDecimal MAX = new BigDecimal("99999999.99");
  public static final Money ZERO = new Money(BigDecimal.ZERO);

  public Money {
    Objects.requireNonNull(amount, "amount");
    if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("money has at most two decimals: " + amount);
    }
    amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("money is never negative here: " + amount);
    }
    if (amount.compareTo(MAX) > 0) {
      throw new IllegalArgumentException("amount too large: " + amount);
    }
  }

  public static Money of(String amount) {
    return new Money(new BigDecimal(amount));
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  /** This amount less a smaller one (change due, for instance). */
  public Money minus(Money other) {
    if (other.compareTo(this) > 0) {
      throw new IllegalArgumentException(other + " is more than " + this);
    }
    return new Money(amount.subtract(other.amount));
  }

  public Money times(int quantity) {
    return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
  }

  /** This amount times a rate such as 0.21, rounded half up to cents. */
  public Money atRate(BigDecimal rate) {
    return new Money(amount.multiply(rate).setScale(2, RoundingMode.HALF_UP));
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
