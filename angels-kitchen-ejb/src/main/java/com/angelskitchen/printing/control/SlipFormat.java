package com.angelskitchen.printing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, percentages and times on paper, written the store's way: the same rules as the receipt
 * page's (the web module's StoreFormat), so that the printed receipt and the screen agree to the
 * character — {@code $ 1.800,00} in an es-AR store.
 */
public record SlipFormat(Locale locale, Currency currency, ZoneId zone) {

  public static SlipFormat of(String languageTag, String currency, ZoneId zone) {
    return new SlipFormat(Locale.forLanguageTag(languageTag), Currency.getInstance(currency), zone);
  }

  public String money(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }

  public String percent(BigDecimal fraction) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(fraction);
  }

  public String dateTime(OffsetDateTime at) {
    return at.atZoneSameInstant(zone)
        .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale));
  }
}
