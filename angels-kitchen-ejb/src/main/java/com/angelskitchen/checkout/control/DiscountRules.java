package com.angelskitchen.checkout.control;

import com.angelskitchen.checkout.entity.DiscountKind;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a discount comes to, and when a manager must approve it. A percentage is of what it applies
 * to (a line's total, or the order's subtotal, less what was already taken off them), rounded half
 * up to the cent; an amount is taken off as it is, and never more than is left. A discount of more
 * than the store's limit (a percentage, {@code ak.discount-approval-percent}) of what it applies to
 * needs a manager: so does every comp.
 */
public final class DiscountRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private DiscountRules() {}

  /**
   * The discount's amount on {@code base}.
   *
   * @throws InvalidRequestException for a percentage outside (0, 100], an amount that is not
   *     positive cents, or more than is left
   */
  public static Money amountOf(DiscountKind kind, BigDecimal value, Money base) {
    if (kind == null
        || value == null
        || value.signum() <= 0
        || value.stripTrailingZeros().scale() > 2) {
      throw new InvalidRequestException(
          "checkout.discount-value",
          "a discount is a percentage or an amount above 0, with at most two decimals");
    }
    if (kind == DiscountKind.PERCENT) {
      if (value.compareTo(HUNDRED) > 0) {
        throw new InvalidRequestException(
            "checkout.discount-percent-range", "a percentage is at most 100", value);
      }
      return new Money(base.amount().multiply(value).divide(HUNDRED, 2, RoundingMode.HALF_UP));
    }
    Money amount = new Money(value);
    if (amount.compareTo(base) > 0) {
      throw new InvalidRequestException(
          "checkout.discount-more-than-left",
          "the discount (" + amount + ") is more than what is left to discount (" + base + ")",
          amount.amount(),
          base.amount());
    }
    return amount;
  }

  /**
   * True when {@code discounted} (this discount and those before it on the same line or order) is
   * more than {@code limitPercent} of what it applies to, whole.
   */
  public static boolean needsApproval(Money discounted, Money whole, BigDecimal limitPercent) {
    return discounted.amount().multiply(HUNDRED).compareTo(whole.amount().multiply(limitPercent))
        > 0;
  }
}
