package com.angelskitchen.money;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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

  /** True for zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** The smaller of two amounts. */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * This amount in {@code parts} shares that differ by at most a cent and add up to it exactly: the
   * first shares take the cents left over ($ 100,00 in 3: 33,34 + 33,33 + 33,33).
   */
  public List<Money> split(int parts) {
    if (parts < 1) {
      throw new IllegalArgumentException("split into at least one part, not " + parts);
    }
    return allocate(java.util.Collections.nCopies(parts, BigDecimal.ONE));
  }

  /**
   * This amount shared in proportion to {@code weights} (a discount across lines, a refund across
   * the order's tax), adding up to it exactly. Each share is first rounded down to the cent; the
   * cents left over go one by one to the shares that lost the most in rounding (largest remainder),
   * the earlier share first on a tie. A weight of zero gets nothing.
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weights.isEmpty() || weights.stream().anyMatch(w -> w.signum() < 0) || sum.signum() == 0) {
      throw new IllegalArgumentException("weights are not negative and add up to more than 0");
    }
    long cents = amount.movePointRight(2).longValueExact();
    long[] shares = new long[weights.size()];
    BigDecimal[] lost = new BigDecimal[weights.size()];
    long given = 0;
    for (int i = 0; i < shares.length; i++) {
      BigDecimal exact =
          BigDecimal.valueOf(cents).multiply(weights.get(i)).divide(sum, 10, RoundingMode.DOWN);
      shares[i] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
      lost[i] = exact.subtract(BigDecimal.valueOf(shares[i]));
      given += shares[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < shares.length; i++) {
      if (weights.get(i).signum() > 0) {
        order.add(i);
      }
    }
    order.sort((a, b) -> lost[b].compareTo(lost[a]) != 0 ? lost[b].compareTo(lost[a]) : a - b);
    for (int left = (int) (cents - given), next = 0; left > 0; left--, next++) {
      shares[order.get(next % order.size())]++;
    }
    List<Money> allocated = new ArrayList<>(shares.length);
    for (long share : shares) {
      allocated.add(new Money(BigDecimal.valueOf(share, 2)));
    }
    return allocated;
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
