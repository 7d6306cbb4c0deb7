package com.angelskitchen.web.i18n;

import com.angelskitchen.platform.config.KitchenSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * Money, numbers and times written the store's way ({@code #{fmt.money(order.total)}}): in its
 * locale ({@code ak.language}, e.g. es-AR writes {@code $ 1.800,00}), its currency ({@code
 * ak.currency}) and its time zone ({@code ak.timezone}), whatever language the reader chose, so
 * that a receipt, the dashboard and the screens agree. Amounts are shown with the currency's
 * decimals, rounded half up (amounts are kept exact to the cent, so this only ever pads).
 */
@Named("fmt")
@ApplicationScoped
public class StoreFormat {

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  /** For tests: a format with fixed settings. */
  public static StoreFormat of(String languageTag, String currency, ZoneId zone) {
    StoreFormat format = new StoreFormat();
    format.fixed =
        new Fixed(Locale.forLanguageTag(languageTag), Currency.getInstance(currency), zone);
    return format;
  }

  private record Fixed(Locale locale, Currency currency, ZoneId zone) {}

  private Fixed fixed;

  public Locale locale() {
    return fixed != null ? fixed.locale() : Locale.forLanguageTag(settings.language());
  }

  public Currency currency() {
    return fixed != null ? fixed.currency() : Currency.getInstance(settings.currency());
  }

  public ZoneId zone() {
    return fixed != null ? fixed.zone() : clock.getZone();
  }

  /**
   * An amount with the currency: {@code $ 1.800,00} (es-AR, ARS), {@code $1,800.00} (en-US, USD).
   */
  public String money(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getCurrencyInstance(locale());
    format.setCurrency(currency());
    int digits = Math.max(0, currency().getDefaultFractionDigits());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }

  /** An amount without the currency, with the currency's decimals: {@code 1.800,00}. */
  public String amount(BigDecimal amount) {
    if (amount == null) {
      return "";
    }
    int digits = Math.max(0, currency().getDefaultFractionDigits());
    return decimals(amount, digits);
  }

  /**
   * A count or figure with thousands separators and at most the decimals it has: {@code 12.345}.
   */
  public String number(Number value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** A percentage given as a fraction: 0.21 is {@code 21 %} (es-AR) or {@code 21%} (en-US). */
  public String percent(BigDecimal fraction) {
    if (fraction == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getPercentInstance(locale());
    format.setMaximumFractionDigits(2);
    return format.format(fraction);
  }

  /** The time of day in the restaurant: {@code 21:05}. */
  public String time(Object moment) {
    ZonedDateTime at = inZone(moment);
    return at == null ? "" : at.format(DateTimeFormatter.ofPattern("HH:mm", locale()));
  }

  /** Date and time in the restaurant, the store's short way: {@code 7/12/26, 21:05}. */
  public String dateTime(Object moment) {
    ZonedDateTime at = inZone(moment);
    return at == null
        ? ""
        : at.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale()));
  }

  /** A business day, the store's medium way: {@code 7 dic 2026}. */
  public String date(Object day) {
    LocalDate date =
        day instanceof LocalDate d ? d : day == null ? null : inZone(day).toLocalDate();
    return date == null
        ? ""
        : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()));
  }

  private String decimals(BigDecimal amount, int digits) {
    DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale());
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(amount);
  }

  private ZonedDateTime inZone(Object moment) {
    if (moment == null) {
      return null;
    }
    if (moment instanceof OffsetDateTime at) {
      return at.atZoneSameInstant(zone());
    }
    if (moment instanceof Instant at) {
      return at.atZone(zone());
    }
    if (moment instanceof ZonedDateTime at) {
      return at.withZoneSameInstant(zone());
    }
    if (moment instanceof String text && !text.isBlank()) {
      return OffsetDateTime.parse(text).atZoneSameInstant(zone());
    }
    throw new IllegalArgumentException("not a moment: " + moment.getClass().getName());
  }
}
