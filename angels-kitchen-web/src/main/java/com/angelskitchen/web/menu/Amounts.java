package com.angelskitchen.web.menu;

import com.angelskitchen.money.Money;
import com.angelskitchen.web.i18n.TypedAmount;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Prices typed by a manager, read the store's way ({@code ak.language}) and checked the way the
 * till will use them. In es-AR {@code 1.800,50} and {@code 1800,50} are 1800.50 (the point groups
 * thousands); in en-US {@code 1,800.50} and {@code 1800.50} are. Read exactly, as a BigDecimal;
 * anything else (a misplaced separator, letters, a minus sign) is refused, never guessed.
 */
final class Amounts {

  private Amounts() {}

  /**
   * The amount typed, only the store's way (see {@link TypedAmount#exact}); empty when it is not an
   * amount written that way. A currency sign and spaces around the figures are allowed.
   */
  static Optional<BigDecimal> parse(String typed, Locale store) {
    return TypedAmount.exact(typed, store, currency(store));
  }

  private static Currency currency(Locale store) {
    try {
      return Currency.getInstance(store);
    } catch (IllegalArgumentException noCountry) {
      return Currency.getInstance("USD");
    }
  }

  /** True when the till can take the amount as a price: positive or zero, at most two decimals. */
  static boolean isPrice(BigDecimal amount) {
    return money(amount).isPresent();
  }

  static Optional<Money> money(BigDecimal amount) {
    try {
      return Optional.of(new Money(amount));
    } catch (IllegalArgumentException | ArithmeticException | NullPointerException wrong) {
      return Optional.empty();
    }
  }

  /**
   * An amount as the price field shows it, the store's way without grouping: {@code 1800,50}
   * (es-AR), {@code 1800.50} (en-US). {@link #parse} reads it back exactly.
   */
  static String typed(BigDecimal amount, Locale store) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(store);
    format.setGroupingUsed(false);
    format.setMinimumFractionDigits(Math.min(2, Math.max(0, amount.scale())));
    format.setMaximumFractionDigits(Math.max(2, amount.scale()));
    format.setParseBigDecimal(true);
    return format.format(amount);
  }
}
