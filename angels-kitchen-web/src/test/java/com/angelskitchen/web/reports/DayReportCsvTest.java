package com.angelskitchen.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.reporting.boundary.DayReport;
import com.angelskitchen.web.i18n.Languages;
import com.angelskitchen.web.i18n.Texts;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A Z report as CSV, one figure per row; and the report survives being frozen as JSON (the close
 * keeps it so) to the cent.
 */
class DayReportCsvTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 7);
  static final OffsetDateTime FROM = OffsetDateTime.parse("2026-12-06T23:40:00-03:00");
  static final OffsetDateTime TO = OffsetDateTime.parse("2026-12-07T23:10:00-03:00");

  static BigDecimal $(String amount) {
    return new BigDecimal(amount);
  }

  static DayReport report() {
    DayReport.SalesLine total =
        new DayReport.SalesLine("TOTAL", 2, $("5400.00"), $("540.00"), $("1020.60"), $("5880.60"));
    List<DayReport.Refunded> refunds =
        List.of(
            new DayReport.Refunded(
                77, DAY.minusDays(1), 12, $("1815.00"), "CARD", "cold, again", "luis", "ana", TO));
    DayReport.Tenders tenders =
        DayReport.Tenders.of(
            List.of(
                new DayReport.Tender("CARD", 1, $("3702.60"), $("50.00")),
                new DayReport.Tender("CASH", 1, $("2178.00"), $("22.00"))));
    DayReport.RefundsGiven given = DayReport.RefundsGiven.of(refunds);
    return new DayReport(
            DayReport.X,
            DAY,
            FROM,
            TO,
            null,
            new DayReport.Sales(
                total,
                List.of(
                    new DayReport.SalesLine(
                        "POS", 2, $("5400.00"), $("540.00"), $("1020.60"), $("5880.60"))),
                List.of(
                    new DayReport.SalesLine(
                        "TAKEOUT", 2, $("5400.00"), $("540.00"), $("1020.60"), $("5880.60")))),
            List.of(new DayReport.Tax($("0.2100"), false, 2, $("4860.00"), $("1020.60"))),
            DayReport.Voids.of(
                List.of(
                    new DayReport.Voided(
                        78, DAY, 3, "POS", $("2178.00"), "guest left", TO.minusHours(1)))),
            tenders,
            given,
            DayReport.DiscountsGiven.of(
                List.of(new DayReport.ByReason("staff-meal", "Staff meal", 1, $("540.00")))),
            DayReport.Cash.of(
                List.of(
                    DayReport.Drawer.of(
                        "caja-1", "luis", FROM, TO, $("5000.00"), $("7200.00"), $("7190.00"))),
                $("0.00"),
                $("0.00"),
                $("2200.00"),
                $("0.00")),
            DayReport.Cashier.of(
                List.of(new DayReport.Taken("luis", 2, $("5880.60"), $("72.00"))),
                refunds,
                List.of(new DayReport.Figure("luis", 1, $("540.00")))),
            DayReport.netCollected(tenders.total().amount(), tenders.total().tip(), given.amount()))
        .closedBy("ana");
  }

  @Test
  void everyFigureIsARowWithItsSectionKeyCountAmountAndTip() {
    ReportTables.Table table = DayReportCsv.of(report(), Texts.in(Languages.ENGLISH));

    assertThat(table.name()).isEqualTo("z-report");
    assertThat(table.header()).containsExactly("section", "key", "count", "amount", "tip", "note");
    assertThat(table.rows())
        .contains(
            List.of("report", "Z", "", "", "", ""),
            List.of("business-day", "2026-12-07", "", "", "", ""),
            List.of("closed-by", "ana", "", "", "", ""),
            List.of("sales", "TOTAL", "2", "5880.60", "", ""),
            List.of("sales-tax", "TOTAL", "2", "1020.60", "", ""),
            List.of("by-source", "POS", "2", "5880.60", "", ""),
            List.of("tax", "0.21", "2", "1020.60", "", "on top"),
            List.of("void", "2026-12-07 #003", "1", "2178.00", "", "guest left"),
            List.of("tender", "CASH", "1", "2178.00", "22.00", ""),
            List.of("tender", "TOTAL", "2", "5880.60", "72.00", ""),
            List.of(
                "refund-order",
                "2026-12-06 #012",
                "1",
                "1815.00",
                "",
                "CARD cold, again (luis, approved by ana)"),
            List.of("discount", "staff-meal", "1", "540.00", "", "Staff meal"),
            List.of("drawer-difference", "caja-1", "", "-10.00", "", "luis"),
            List.of("cash-difference", "TOTAL", "1", "-10.00", "", ""),
            List.of("cashier-payments", "luis", "2", "5880.60", "72.00", ""),
            List.of("cashier-net", "luis", "", "4137.60", "", ""),
            List.of("net-collected", "TOTAL", "", "4137.60", "", ""));
  }

  @Test
  void theFileIsForASpreadsheetOfTheStoresLocale() {
    String csv =
        ReportTables.file(
            DayReportCsv.of(report(), Texts.in(Languages.ENGLISH)), Locale.forLanguageTag("es-AR"));

    assertThat(csv)
        .startsWith(ReportTables.BOM + "section;key;count;amount;tip;note\r\n")
        .contains("\r\ntender;CASH;1;2178,00;22,00;\r\n")
        .contains("\r\ncash-difference;TOTAL;1;-10,00;;\r\n");
    assertThat(DayReportCsv.fileName(report())).isEqualTo("z-report-2026-12-07.csv");
    assertThat(DayReportCsv.wanted(" CSV")).isTrue();
    assertThat(DayReportCsv.wanted(null)).isFalse();
  }

  @Test
  void aReportFrozenAsJsonReadsBackTheSame() throws Exception {
    DayReport report = report();
    try (Jsonb jsonb = JsonbBuilder.create()) {
      String frozen = jsonb.toJson(report);
      DayReport thawed = jsonb.fromJson(frozen, DayReport.class);

      assertThat(frozen).contains("\"netCollected\":4137.60").contains("\"closedBy\":\"ana\"");
      assertThat(thawed.cash().difference()).isEqualTo($("-10.00"));
      assertThat(thawed.refunds().refunds().get(0).businessDay()).isEqualTo(DAY.minusDays(1));
      assertThat(thawed.to().toInstant()).isEqualTo(TO.toInstant());
      assertThat(jsonb.toJson(thawed)).isEqualTo(frozen);
    }
  }

  @Test
  void theFirstCloseStartsAtTheBeginning() {
    assertThat(DayReportCsv.isBeginning(OffsetDateTime.parse("1970-01-01T00:00:00Z"))).isTrue();
    assertThat(DayReportCsv.isBeginning(null)).isTrue();
    assertThat(DayReportCsv.isBeginning(FROM)).isFalse();
  }
}
