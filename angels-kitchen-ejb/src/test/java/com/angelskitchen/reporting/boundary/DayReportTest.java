package com.angelskitchen.reporting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.reporting.boundary.DayReport.Cash;
import com.angelskitchen.reporting.boundary.DayReport.Cashier;
import com.angelskitchen.reporting.boundary.DayReport.Drawer;
import com.angelskitchen.reporting.boundary.DayReport.Figure;
import com.angelskitchen.reporting.boundary.DayReport.Refunded;
import com.angelskitchen.reporting.boundary.DayReport.RefundsGiven;
import com.angelskitchen.reporting.boundary.DayReport.Taken;
import com.angelskitchen.reporting.boundary.DayReport.Tender;
import com.angelskitchen.reporting.boundary.DayReport.Tenders;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's own sums: drawers' differences, refunds by method, each cashier's line. */
class DayReportTest {

  static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-07T23:10:00-03:00");
  static final LocalDate DAY = LocalDate.of(2026, 12, 7);

  static BigDecimal $(String amount) {
    return new BigDecimal(amount);
  }

  static Refunded refund(String amount, String method, String by) {
    return new Refunded(1, DAY.minusDays(1), 12, $(amount), method, "cold", by, "ana", AT);
  }

  @Test
  void theCashAddsUpTheDrawersAndTheirDifferencesOverAndShort() {
    Drawer shortBy10 =
        Drawer.of("caja-1", "luis", AT, AT, $("5000.00"), $("6800.00"), $("6790.00"));
    Drawer overBy5And50 =
        Drawer.of("caja-2", "eva", AT, AT, $("2000.00"), $("2000.00"), $("2005.50"));

    Cash cut =
        Cash.of(
            List.of(shortBy10, overBy5And50), $("100.00"), $("500.00"), $("2200.00"), $("0.00"));

    assertThat(shortBy10.difference()).isEqualByComparingTo("-10.00");
    assertThat(overBy5And50.difference()).isEqualByComparingTo("5.50");
    assertThat(cut.openingFloat()).isEqualByComparingTo("7000.00");
    assertThat(cut.expected()).isEqualByComparingTo("8800.00");
    assertThat(cut.counted()).isEqualByComparingTo("8795.50");
    assertThat(cut.difference()).isEqualByComparingTo("-4.50").isEqualTo($("-4.50"));
  }

  @Test
  void noDrawerIsNothingToTheCent() {
    Cash cut = Cash.of(List.of(), $("0.00"), $("0.00"), $("0.00"), $("0.00"));

    assertThat(cut.expected()).isEqualTo($("0.00"));
    assertThat(cut.difference()).isEqualTo($("0.00"));
  }

  @Test
  void refundsAreSummedByMethod() {
    RefundsGiven cut =
        RefundsGiven.of(
            List.of(
                refund("1815.00", "CARD", "luis"),
                refund("1000.00", "CASH", "luis"),
                refund("0.01", "CARD", "eva")));

    assertThat(cut.count()).isEqualTo(3);
    assertThat(cut.amount()).isEqualTo($("2815.01"));
    assertThat(cut.byMethod())
        .containsExactly(new Figure("CARD", 2, $("1815.01")), new Figure("CASH", 1, $("1000.00")));
    assertThat(cut.of("CASH")).isEqualTo($("1000.00"));
    assertThat(RefundsGiven.of(List.of()).of("CASH")).isEqualTo($("0.00"));
  }

  @Test
  void tendersHaveATotalAndAMethodWithNoPaymentIsNothing() {
    Tenders cut =
        Tenders.of(
            List.of(
                new Tender("CARD", 2, $("4356.00"), $("50.00")),
                new Tender("CASH", 1, $("2178.00"), $("22.00"))));

    assertThat(cut.total()).isEqualTo(new Tender("TOTAL", 3, $("6534.00"), $("72.00")));
    assertThat(Tenders.of(List.of()).of("CASH"))
        .isEqualTo(new Tender("CASH", 0, $("0.00"), $("0.00")));
  }

  @Test
  void eachMemberHasOneLineWithWhatTheyTookGaveBackAndTookOff() {
    List<Cashier> cut =
        Cashier.of(
            List.of(
                new Taken("luis", 2, $("4356.00"), $("22.00")),
                new Taken("eva", 1, $("100.00"), $("0.00"))),
            List.of(refund("1815.00", "CARD", "luis"), refund("50.00", "CASH", "ana")),
            List.of(new Figure("eva", 1, $("10.00"))));

    assertThat(cut)
        .containsExactly(
            new Cashier("ana", 0, $("0.00"), $("0.00"), 1, $("50.00"), 0, $("0.00"), $("-50.00")),
            new Cashier("eva", 1, $("100.00"), $("0.00"), 0, $("0.00"), 1, $("10.00"), $("100.00")),
            new Cashier(
                "luis", 2, $("4356.00"), $("22.00"), 1, $("1815.00"), 0, $("0.00"), $("2563.00")));
  }

  @Test
  void aReportClosedByAManagerIsAZReport() {
    DayReport x =
        new DayReport(
            DayReport.X,
            DAY,
            null,
            AT,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            List.of(),
            $("0.00"));

    DayReport z = x.closedBy("ana");

    assertThat(z.kind()).isEqualTo("Z");
    assertThat(z.closedBy()).isEqualTo("ana");
    assertThat(z.to()).isEqualTo(AT);
  }
}
