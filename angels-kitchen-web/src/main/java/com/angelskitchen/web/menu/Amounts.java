package com.angelskitchen.web.menu;

import com.angelskitchen.money.Money;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices typed by a manager, read the store's way ({@code ak.language}) and checked the way the
 * till will use them. In es-AR {@code 1.800,50} and {@code 1800,50} are 1800.50 (the point groups
 * thousands); in en-US {@code 1,800.50} and {@code 1800.50} are. Read exactly, as a BigDecimal;
 * anything else (a misplaced separator, letters, a minus sign) is refused, never guessed.
 */
final class Amounts {

  private Amounts() {}

  /**
   * The amount typed, in the store's locale; empty when it is not an amount written that way. A
   * currency sign and spaces around the figures are allowed; blank is not an amount.
   */
  static Optional<BigDecimal> parse(String typed, Locale store) {
    if (typed == null) {
      return Optional.empty();
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(store);
    String decimal = Pattern.quote(String.valueOf(symbols.getDecimalSeparator()));
    char grouping = symbols.getGroupingSeparator();
    // Where thousands are grouped by a space (fr, es-ES...), any kind of space will do.
    String group =
        Character.isSpaceChar(grouping)
            ? "[ \u00a0\u202f]"
            : Pattern.quote(String.valueOf(grouping));
    String text = typed.strip();
    String sign = symbols.getCurrencySymbol();
    if (!sign.isEmpty() && text.startsWith(sign)) {
      text = text.substring(sign.length()).strip();
    } else if (text.startsWith("$")) {
      text = text.substring(1).strip();
    }
    Pattern amount =
        Pattern.compile(
            "(?<whole>\\d+|\\d{1,3}(?:" + group + "\\d{3})+)?(?:" + decimal + "(?<cents>\\d+))?");
    var matched = amount.matcher(text);
    if (text.isEmpty() || !matched.matches()) {
      return Optional.empty();
    }
    String whole = matched.group("whole");
    String cents = matched.group("cents");
    if (whole == null && cents == null) {
      return Optional.empty();
    }
    String plain =
        (whole == null ? "0" : whole.replaceAll("\\D", "")) + (cents == null ? "" : "." + cents);
    return Optional.of(new BigDecimal(plain));
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
