package com.angelskitchen.web.i18n;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money as staff type it, read the store's way and exactly ({@link #exact} for a
 * manager's prices, {@link #parse} for the cashier's till): in es-AR {@code 1.800,50}, {@code
 * 1800,50} or {@code 1.800}; in en-US {@code 1,800.50}, {@code 1800.50} or {@code 1,800}. Spaces
 * and the store's currency symbol or code around the figure are allowed. Thousands must come in
 * groups of three. One more reading, never ambiguous: a figure whose only separator is the
 * thousands one followed by one or two digits takes it as the decimal point, as a tablet's keypad
 * may offer only one of the two ({@code 5000.5} in es-AR is 5000,50; {@code 5.000} is still five
 * thousand). Anything else (letters, a minus sign, two decimal points, groups of the wrong size) is
 * not an amount. The decimals are kept as typed: checking them is the caller's business.
 */
public final class TypedAmount {

  private TypedAmount() {}

  /**
   * The amount typed, with the keypad's reading too, or empty when the text is not one (a blank
   * text is not one either).
   */
  public static Optional<BigDecimal> parse(String typed, Locale locale, Currency currency) {
    return read(typed, locale, currency, true);
  }

  /**
   * The amount typed only the store's own way (a price is never guessed), or empty when the text is
   * not one.
   */
  public static Optional<BigDecimal> exact(String typed, Locale locale, Currency currency) {
    return read(typed, locale, currency, false);
  }

  private static Optional<BigDecimal> read(
      String typed, Locale locale, Currency currency, boolean keypad) {
    if (typed == null) {
      return Optional.empty();
    }
    String text = withoutSpaces(typed);
    text = withoutCurrency(text, currency.getSymbol(locale));
    text = withoutCurrency(text, currency.getCurrencyCode());
    text = withoutCurrency(text, "$");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    char decimal = symbols.getMonetaryDecimalSeparator();
    char grouping = symbols.getMonetaryGroupingSeparator();
    if (Character.isSpaceChar(grouping) || Character.isWhitespace(grouping)) {
      grouping = 0; // gone with the spaces: the digits were grouped by spaces, or not at all
    }
    String d = Pattern.quote(String.valueOf(decimal));
    String integer =
        grouping == 0
            ? "([0-9]+)"
            : "([0-9]+|[0-9]{1,3}(?:" + Pattern.quote(String.valueOf(grouping)) + "[0-9]{3})+)";
    Matcher strict = Pattern.compile(integer + "?(?:" + d + "([0-9]+))?").matcher(text);
    if (strict.matches() && (strict.group(1) != null || strict.group(2) != null)) {
      return Optional.of(number(strict.group(1), strict.group(2), grouping));
    }
    if (keypad && grouping != 0) {
      Matcher other =
          Pattern.compile("([0-9]+)" + Pattern.quote(String.valueOf(grouping)) + "([0-9]{1,2})")
              .matcher(text);
      if (other.matches()) {
        return Optional.of(number(other.group(1), other.group(2), (char) 0));
      }
    }
    return Optional.empty();
  }

  private static BigDecimal number(String integer, String fraction, char grouping) {
    String whole = integer == null ? "0" : integer;
    String digits = grouping == 0 ? whole : whole.replace(String.valueOf(grouping), "");
    return new BigDecimal(fraction == null ? digits : digits + "." + fraction);
  }

  private static String withoutSpaces(String text) {
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static String withoutCurrency(String text, String symbol) {
    if (symbol == null || symbol.isEmpty()) {
      return text;
    }
    String compact = withoutSpaces(symbol);
    if (text.startsWith(compact)) {
      return text.substring(compact.length());
    }
    if (text.endsWith(compact)) {
      return text.substring(0, text.length() - compact.length());
    }
    return text;
  }
}
