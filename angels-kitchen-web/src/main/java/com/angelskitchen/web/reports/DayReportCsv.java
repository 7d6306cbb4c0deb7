package com.angelskitchen.web.reports;

import com.angelskitchen.reporting.boundary.DayReport;
import com.angelskitchen.web.i18n.Texts;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An X or Z report as one CSV table, for a spreadsheet or the accountant: one row per figure, in
 * sections ({@code sales}, {@code by-source}, {@code tender}, {@code refund}, {@code cashier},
 * ...), with the columns section, key, count, amount, tip and note. The header is in the reader's
 * language; the cells are data, the same in every language (codes, ISO days and times, plain
 * decimals), written for a spreadsheet of the store's locale like every report file ({@link
 * ReportTables#file}).
 */
public final class DayReportCsv {

  public static final String MEDIA_TYPE = "text/csv";

  private DayReportCsv() {}

  /** True when a request asked for CSV ({@code format=csv}). */
  public static boolean wanted(String format) {
    return format != null && format.strip().equalsIgnoreCase("csv");
  }

  /** The start of the first close's window, kept for "no close before". */
  public static boolean isBeginning(OffsetDateTime from) {
    return from == null || !from.toInstant().isAfter(Instant.EPOCH);
  }

  /** The file's name: {@code x-report-2026-12-07.csv}, {@code z-report-2026-12-07.csv}. */
  public static String fileName(DayReport report) {
    return report.kind().toLowerCase(Locale.ROOT) + "-report-" + report.businessDay() + ".csv";
  }

  /** An HTTP answer with the report as a CSV file for a store's locale. */
  public static Response answer(DayReport report, Texts texts, Locale store) {
    return Response.ok(ReportTables.file(of(report, texts), store), MEDIA_TYPE + "; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + fileName(report) + "\"")
        .build();
  }

  /** The report as a table, its header in the language of {@code texts}. */
  public static ReportTables.Table of(DayReport report, Texts texts) {
    List<List<String>> rows = new ArrayList<>();
    Rows add = new Rows(rows);
    add.text("report", report.kind(), null);
    add.text("business-day", report.businessDay().toString(), null);
    add.text("from", report.from() == null ? "" : report.from().toString(), null);
    add.text("to", report.to().toString(), null);
    if (report.closedBy() != null) {
      add.text("closed-by", report.closedBy(), null);
    }
    DayReport.SalesLine sales = report.sales().total();
    add.figure("sales", "TOTAL", sales.orders(), sales.total(), null, null);
    add.figure("sales-subtotal", "TOTAL", sales.orders(), sales.subtotal(), null, null);
    add.figure("sales-discount", "TOTAL", sales.orders(), sales.discount(), null, null);
    add.figure("sales-tax", "TOTAL", sales.orders(), sales.tax(), null, null);
    report
        .sales()
        .bySource()
        .forEach(s -> add.figure("by-source", s.key(), s.orders(), s.total(), null, null));
    report
        .sales()
        .byFulfillment()
        .forEach(s -> add.figure("by-fulfillment", s.key(), s.orders(), s.total(), null, null));
    report
        .taxes()
        .forEach(
            t ->
                add.figure(
                    "tax",
                    t.rate().stripTrailingZeros().toPlainString(),
                    t.orders(),
                    t.tax(),
                    null,
                    t.included() ? "included" : "on top"));
    add.figure("voids", "TOTAL", report.voids().count(), report.voids().total(), null, null);
    report
        .voids()
        .orders()
        .forEach(
            v ->
                add.figure(
                    "void", orderKey(v.businessDay(), v.number()), 1, v.total(), null, v.reason()));
    report
        .tenders()
        .byMethod()
        .forEach(t -> add.figure("tender", t.method(), t.count(), t.amount(), t.tip(), null));
    DayReport.Tender paid = report.tenders().total();
    add.figure("tender", "TOTAL", paid.count(), paid.amount(), paid.tip(), null);
    report
        .refunds()
        .byMethod()
        .forEach(f -> add.figure("refund", f.key(), f.count(), f.amount(), null, null));
    add.figure("refund", "TOTAL", report.refunds().count(), report.refunds().amount(), null, null);
    report
        .refunds()
        .refunds()
        .forEach(
            r ->
                add.figure(
                    "refund-order",
                    orderKey(r.businessDay(), r.number()),
                    1,
                    r.amount(),
                    null,
                    r.method()
                        + " "
                        + r.reason()
                        + " ("
                        + r.refundedBy()
                        + ", approved by "
                        + r.approvedBy()
                        + ")"));
    report
        .discounts()
        .byReason()
        .forEach(d -> add.figure("discount", d.reason(), d.count(), d.amount(), null, d.name()));
    add.figure(
        "discount", "TOTAL", report.discounts().count(), report.discounts().amount(), null, null);
    DayReport.Cash cash = report.cash();
    for (DayReport.Drawer d : cash.drawers()) {
      add.figure("drawer-float", d.drawer(), null, d.openingFloat(), null, d.cashier());
      add.figure("drawer-expected", d.drawer(), null, d.expected(), null, d.cashier());
      add.figure("drawer-counted", d.drawer(), null, d.counted(), null, d.cashier());
      add.figure("drawer-difference", d.drawer(), null, d.difference(), null, d.cashier());
    }
    long drawers = cash.drawers().size();
    add.figure("cash-float", "TOTAL", drawers, cash.openingFloat(), null, null);
    add.figure("cash-expected", "TOTAL", drawers, cash.expected(), null, null);
    add.figure("cash-counted", "TOTAL", drawers, cash.counted(), null, null);
    add.figure("cash-difference", "TOTAL", drawers, cash.difference(), null, null);
    add.figure("paid-in", "TOTAL", null, cash.paidIn(), null, null);
    add.figure("paid-out", "TOTAL", null, cash.paidOut(), null, null);
    add.figure("cash-taken", "TOTAL", null, cash.cashTaken(), null, null);
    add.figure("cash-refunded", "TOTAL", null, cash.cashRefunded(), null, null);
    for (DayReport.Cashier c : report.cashiers()) {
      add.figure("cashier-payments", c.username(), c.payments(), c.amount(), c.tips(), null);
      add.figure("cashier-refunds", c.username(), c.refunds(), c.refunded(), null, null);
      add.figure("cashier-discounts", c.username(), c.discounts(), c.discounted(), null, null);
      add.figure("cashier-net", c.username(), null, c.netCollected(), null, null);
    }
    add.figure("net-collected", "TOTAL", null, report.netCollected(), null, null);
    return new ReportTables.Table(
        report.kind().toLowerCase(Locale.ROOT) + "-report",
        List.of(
            texts.get("csv.section"),
            texts.get("csv.key"),
            texts.get("csv.count"),
            texts.get("csv.amount"),
            texts.get("csv.tip"),
            texts.get("csv.note")),
        List.copyOf(rows));
  }

  /** An order by its business day and number, as printed: {@code 2026-12-07 #012}. */
  static String orderKey(java.time.LocalDate day, int number) {
    return day + " #" + String.format(Locale.ROOT, "%03d", number);
  }

  private record Rows(List<List<String>> rows) {

    void text(String section, String key, String note) {
      rows.add(List.of(section, key, "", "", "", note == null ? "" : note));
    }

    void figure(
        String section, String key, Number count, BigDecimal amount, BigDecimal tip, String note) {
      rows.add(
          List.of(
              section,
              key,
              count == null ? "" : count.toString(),
              amount == null ? "" : amount.toPlainString(),
              tip == null ? "" : tip.toPlainString(),
              note == null ? "" : note));
    }
  }
}
