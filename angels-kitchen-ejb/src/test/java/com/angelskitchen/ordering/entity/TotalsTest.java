package com.angelskitchen.ordering.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.money.Money;
import com.angelskitchen.money.TaxRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An order's figures, with a discount, for a store with VAT included and one with tax on top. */
class TotalsTest {

  static final List<Money> LINES = List.of(Money.of("3600.00"), Money.of("1800.00"));

  @Test
  void withVatIncludedADiscountLowersTheTotalAndTheVatContainedInIt() {
    Totals totals = Totals.of(LINES, Money.of("540.00"), TaxRule.included("0.21"));

    // 5400 − 540 = 4860 paid; IVA contenido 4860 × 0.21 / 1.21 = 843.4710… → 843.47
    assertThat(totals.subtotal()).isEqualTo(Money.of("5400.00"));
    assertThat(totals.discount()).isEqualTo(Money.of("540.00"));
    assertThat(totals.total()).isEqualTo(Money.of("4860.00"));
    assertThat(totals.tax()).isEqualTo(Money.of("843.47"));
    assertThat(totals.net()).isEqualTo(Money.of("4016.53"));
  }

  @Test
  void withTaxOnTopTheDiscountComesOffBeforeTheTax() {
    Totals totals = Totals.of(LINES, Money.of("540.00"), TaxRule.onTop("0.21"));

    // 5400 − 540 = 4860; tax 4860 × 0.21 = 1020.60; total 5880.60
    assertThat(totals.tax()).isEqualTo(Money.of("1020.60"));
    assertThat(totals.total()).isEqualTo(Money.of("5880.60"));
    assertThat(totals.net()).isEqualTo(Money.of("4860.00"));
  }

  @Test
  void aDiscountOfEverythingIsAComp() {
    Totals comp = Totals.of(LINES, Money.of("5400.00"), TaxRule.included("0.21"));

    assertThat(comp.total()).isEqualTo(Money.ZERO);
    assertThat(comp.tax()).isEqualTo(Money.ZERO);
  }

  @Test
  void noDiscountIsMoreThanTheLines() {
    assertThatThrownBy(() -> Totals.of(LINES, Money.of("5400.01"), TaxRule.included("0.21")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
