package com.angelskitchen.web.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Prices are read the store's way, exactly, and anything else is refused rather than guessed. */
class AmountsTest {

  static final Locale ARGENTINA = Locale.forLanguageTag("es-AR");
  static final Locale US = Locale.forLanguageTag("en-US");

  @Test
  void anArgentineStoreGroupsThousandsWithAPointAndWritesDecimalsWithAComma() {
    assertThat(Amounts.parse("1.800,50", ARGENTINA)).contains(new BigDecimal("1800.50"));
    assertThat(Amounts.parse("1800,50", ARGENTINA)).contains(new BigDecimal("1800.50"));
    assertThat(Amounts.parse("1800", ARGENTINA)).contains(new BigDecimal("1800"));
    assertThat(Amounts.parse("1.800", ARGENTINA)).contains(new BigDecimal("1800"));
    assertThat(Amounts.parse(" $ 12.345.678,9 ", ARGENTINA)).contains(new BigDecimal("12345678.9"));
    assertThat(Amounts.parse(",50", ARGENTINA)).contains(new BigDecimal("0.50"));
  }

  @Test
  void aUsStoreGroupsWithACommaAndWritesDecimalsWithAPoint() {
    assertThat(Amounts.parse("1800.50", US)).contains(new BigDecimal("1800.50"));
    assertThat(Amounts.parse("1,800.50", US)).contains(new BigDecimal("1800.50"));
    assertThat(Amounts.parse("$1,800", US)).contains(new BigDecimal("1800"));
  }

  @Test
  void readingIsExact() {
    assertThat(Amounts.parse("0,10", ARGENTINA).orElseThrow().add(new BigDecimal("0.20")))
        .isEqualByComparingTo("0.30");
    assertThat(Amounts.parse("99999999.99", US)).contains(new BigDecimal("99999999.99"));
  }

  @Test
  void garbageAndTheOtherWayOfWritingAreRefused() {
    for (String wrong :
        new String[] {
          "", "  ", "abc", "12a", "1.8", "1800.50", "1,800.50", "-5", "1,2,3", "1800,"
        }) {
      assertThat(Amounts.parse(wrong, ARGENTINA)).as(wrong).isEmpty();
    }
    for (String wrong : new String[] {"1800,50", "1.800,50", "1,80", "12,34.5", "5e3", "1800."}) {
      assertThat(Amounts.parse(wrong, US)).as(wrong).isEmpty();
    }
    assertThat(Amounts.parse(null, US)).isEmpty();
  }

  @Test
  void theTillTakesAtMostTwoDecimalsAndNoNegativeAmount() {
    assertThat(Amounts.isPrice(new BigDecimal("1800.50"))).isTrue();
    assertThat(Amounts.isPrice(new BigDecimal("1800.505"))).isFalse();
    assertThat(Amounts.isPrice(new BigDecimal("100000000"))).isFalse();
  }

  @Test
  void theFieldShowsThePriceTheStoresWayAndReadsItBack() {
    assertThat(Amounts.typed(new BigDecimal("1800.50"), ARGENTINA)).isEqualTo("1800,50");
    assertThat(Amounts.typed(new BigDecimal("1800.50"), US)).isEqualTo("1800.50");
    assertThat(Amounts.typed(new BigDecimal("1800"), US)).isEqualTo("1800");
    assertThat(Amounts.parse(Amounts.typed(new BigDecimal("1234567.05"), ARGENTINA), ARGENTINA))
        .contains(new BigDecimal("1234567.05"));
  }
}
