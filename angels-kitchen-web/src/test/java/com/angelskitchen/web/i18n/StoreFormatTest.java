package com.angelskitchen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Money and time the way an Argentine and a US restaurant write them. */
class StoreFormatTest {

  static final StoreFormat BUENOS_AIRES =
      StoreFormat.of("es-AR", "ARS", ZoneId.of("America/Argentina/Buenos_Aires"));
  static final StoreFormat NEW_YORK = StoreFormat.of("en-US", "USD", ZoneId.of("America/New_York"));

  /** The JDK separates the symbol with a no-break space: shown the same, compared plainly here. */
  static String plain(String text) {
    return text.replace('\u00a0', ' ').replace('\u202f', ' ');
  }

  @Test
  void pesosInArgentinaHaveDotsForThousandsAndACommaForCents() {
    assertThat(plain(BUENOS_AIRES.money(new BigDecimal("1800.00")))).isEqualTo("$ 1.800,00");
    assertThat(plain(BUENOS_AIRES.money(new BigDecimal("252979177.5"))))
        .isEqualTo("$ 252.979.177,50");
    assertThat(plain(BUENOS_AIRES.money(new BigDecimal("-350")))).isEqualTo("-$ 350,00");
    assertThat(BUENOS_AIRES.amount(new BigDecimal("1800"))).isEqualTo("1.800,00");
    assertThat(BUENOS_AIRES.number(12345)).isEqualTo("12.345");
    assertThat(plain(BUENOS_AIRES.percent(new BigDecimal("0.21")))).isEqualTo("21 %");
  }

  @Test
  void dollarsInTheUsHaveCommasForThousandsAndADotForCents() {
    assertThat(NEW_YORK.money(new BigDecimal("1800.00"))).isEqualTo("$1,800.00");
    assertThat(NEW_YORK.amount(new BigDecimal("1800"))).isEqualTo("1,800.00");
    assertThat(NEW_YORK.number(12345)).isEqualTo("12,345");
    assertThat(NEW_YORK.percent(new BigDecimal("0.21"))).isEqualTo("21%");
  }

  @Test
  void anAmountIsNeverRoundedAwayOnlyPadded() {
    assertThat(NEW_YORK.money(new BigDecimal("0.1"))).isEqualTo("$0.10");
    assertThat(NEW_YORK.money(new BigDecimal("2.005"))).isEqualTo("$2.01");
  }

  @Test
  void timesAreTheRestaurantsWhateverTheServersZone() {
    OffsetDateTime utc = OffsetDateTime.parse("2026-12-08T00:30:00Z");

    assertThat(BUENOS_AIRES.time(utc)).isEqualTo("21:30");
    assertThat(NEW_YORK.time(utc)).isEqualTo("19:30");
    assertThat(BUENOS_AIRES.time(utc.toInstant())).isEqualTo("21:30");
    assertThat(BUENOS_AIRES.time("2026-12-08T00:30:00Z")).isEqualTo("21:30");
    assertThat(BUENOS_AIRES.date(utc)).isEqualTo(BUENOS_AIRES.date(LocalDate.of(2026, 12, 7)));
    assertThat(plain(BUENOS_AIRES.dateTime(utc))).contains("7/12/26").contains("21:30");
    assertThat(plain(NEW_YORK.dateTime(utc))).contains("12/7/26").contains("7:30");
    assertThat(BUENOS_AIRES.time(null)).isEmpty();
  }
}
