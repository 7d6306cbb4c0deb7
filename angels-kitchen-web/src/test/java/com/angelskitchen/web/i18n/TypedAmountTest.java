package com.angelskitchen.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cash as an Argentine and a US cashier type it, read exactly; anything else refused. */
class TypedAmountTest {

  static final Locale ARGENTINA = Locale.forLanguageTag("es-AR");
  static final Currency PESOS = Currency.getInstance("ARS");

  static Optional<BigDecimal> pesos(String typed) {
    return TypedAmount.parse(typed, ARGENTINA, PESOS);
  }

  static Optional<BigDecimal> dollars(String typed) {
    return TypedAmount.parse(typed, Locale.US, Currency.getInstance("USD"));
  }

  @Test
  void anArgentineCashierWritesDotsForThousandsAndACommaForCents() {
    assertThat(pesos("1.800,50")).contains(new BigDecimal("1800.50"));
    assertThat(pesos("1800,50")).contains(new BigDecimal("1800.50"));
    assertThat(pesos("1.800")).contains(new BigDecimal("1800"));
    assertThat(pesos("5000")).contains(new BigDecimal("5000"));
    assertThat(pesos("1.234.567,8")).contains(new BigDecimal("1234567.8"));
    assertThat(pesos(" $ 1.800,00 ")).contains(new BigDecimal("1800.00"));
    assertThat(pesos("$\u00a01.800,00")).contains(new BigDecimal("1800.00"));
    assertThat(pesos("ARS 2000")).contains(new BigDecimal("2000"));
  }

  @Test
  void aUsCashierWritesCommasForThousandsAndADotForCents() {
    assertThat(dollars("1800.50")).contains(new BigDecimal("1800.50"));
    assertThat(dollars("1,800.50")).contains(new BigDecimal("1800.50"));
    assertThat(dollars("1,800")).contains(new BigDecimal("1800"));
    assertThat(dollars("$5,000")).contains(new BigDecimal("5000"));
    assertThat(dollars("0.05")).contains(new BigDecimal("0.05"));
  }

  @Test
  void theOnlySeparatorFollowedByOneOrTwoDigitsIsTheDecimalPoint() {
    assertThat(pesos("5000.50")).contains(new BigDecimal("5000.50"));
    assertThat(pesos("5000.5")).contains(new BigDecimal("5000.5"));
    assertThat(dollars("5000,50")).contains(new BigDecimal("5000.50"));
    assertThat(pesos("5.000")).as("three digits: thousands").contains(new BigDecimal("5000"));
  }

  @Test
  void decimalsAreKeptAsTypedForTheCallerToCheck() {
    assertThat(pesos("10,005")).contains(new BigDecimal("10.005"));
    assertThat(dollars("10.005")).contains(new BigDecimal("10.005"));
  }

  @Test
  void anythingElseIsNotAnAmount() {
    for (String garbage :
        new String[] {
          "",
          "   ",
          "abc",
          "12a",
          "-5",
          "1.80.0",
          "1,800,50",
          "18.00,5,0",
          "1.80,50",
          "12,34.5",
          "5000,",
          "1e3",
          "½",
          "٣٠٠",
          "$",
          "€ 5"
        }) {
      assertThat(pesos(garbage)).as(garbage).isEmpty();
    }
    assertThat(pesos(null)).isEmpty();
    assertThat(dollars("1.800,50")).isEmpty();
    assertThat(dollars("1,80,0")).isEmpty();
    assertThat(dollars("12,34"))
        .as("one separator, two digits after it: the decimal point")
        .contains(new BigDecimal("12.34"));
  }

  @Test
  void aLeadingDecimalSeparatorIsCents() {
    assertThat(pesos(",50")).contains(new BigDecimal("0.50"));
    assertThat(dollars(".50")).contains(new BigDecimal("0.50"));
  }

  @Test
  void aPriceIsReadOnlyTheStoresOwnWayNeverByTheKeypadsGuess() {
    Currency pesos = Currency.getInstance("ARS");
    assertThat(TypedAmount.exact("1.800,50", ARGENTINA, pesos)).contains(new BigDecimal("1800.50"));
    assertThat(TypedAmount.exact("5000.5", ARGENTINA, pesos)).isEmpty();
    assertThat(TypedAmount.parse("5000.5", ARGENTINA, pesos)).contains(new BigDecimal("5000.5"));
  }
}
