package com.angelskitchen.web.reports;

import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.reporting.boundary.KitchenLoad;
import com.angelskitchen.reporting.boundary.Sales;
import com.angelskitchen.reporting.boundary.Speed;
import com.angelskitchen.web.i18n.Texts;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every table of the dashboard by name, with its header and rows as text, for the CSV export: the
 * page's figures. The header is in the reader's language (the Texts keys {@code csv.*}); the cells
 * are data, the same in every language: numbers as plain decimals with a point and no grouping
 * ({@code 1800.50}, {@code 0.3333}), days as ISO dates, sources and fulfillments as their codes.
 *
 * <p>The file ({@link #file}) opens in a spreadsheet of the store's locale: UTF-8 with a byte order
 * mark; where the store's locale writes decimals with a comma (es-AR) the cells are separated by
 * semicolons and a number's decimals by a comma ({@code 1800,50}), which is what such a spreadsheet
 * reads as a number (a point there separates thousands); elsewhere commas and a point. Still no
 * grouping and no currency symbol. The API's JSON always has plain decimals.
 */
public final class ReportTables {

  /** A table: column names and rows of cells. */
  public record Table(String name, List<String> header, List<List<String>> rows) {}

  private ReportTables() {}

  public static final List<String> NAMES =
      List.of(
          "summary",
          "money",
          "by-hour",
          "by-day",
          "by-source",
          "by-fulfillment",
          "top-items",
          "top-extras",
          "cancellations",
          "stations",
          "slowest-items",
          "order-time",
          "live-stations",
          "live-quarter-hours");

  /** The byte order mark a file starts with, so that a spreadsheet reads it as UTF-8. */
  public static final String BOM = "\uFEFF";

  /**
   * A table, its header in the language of {@code texts}.
   *
   * @throws NotFoundException when there is no table of that name
   */
  public static Table of(String name, Sales sales, Speed speed, KitchenLoad load, Texts texts) {
    return switch (name) {
      case "summary" ->
          new Table(
              name,
              header(
                  texts,
                  "csv.firstDay",
                  "csv.lastDay",
                  "csv.orders",
                  "csv.revenue",
                  "csv.averageTicket",
                  "csv.cancelled"),
              List.of(
                  List.of(
                      sales.period().first().toString(),
                      sales.period().last().toString(),
                      Long.toString(sales.orders()),
                      sales.revenue().toPlainString(),
                      sales.averageTicket().toPlainString(),
                      Long.toString(sales.cancelled()))));
      case "money" ->
          new Table(
              name,
              header(
                  texts,
                  "csv.firstDay",
                  "csv.lastDay",
                  "csv.revenue",
                  "csv.discounts",
                  "csv.tips",
                  "csv.refunds",
                  "csv.revenueAfterRefunds"),
              List.of(
                  List.of(
                      sales.period().first().toString(),
                      sales.period().last().toString(),
                      sales.revenue().toPlainString(),
                      sales.discounts().toPlainString(),
                      sales.tips().toPlainString(),
                      sales.refunds().toPlainString(),
                      sales.revenueAfterRefunds().toPlainString())));
      case "by-hour" -> buckets(name, texts, "csv.hour", sales.byHour());
      case "by-day" -> buckets(name, texts, "csv.businessDay", sales.byDay());
      case "by-source" -> buckets(name, texts, "csv.source", sales.bySource());
      case "by-fulfillment" -> buckets(name, texts, "csv.fulfillment", sales.byFulfillment());
      case "top-items" -> items(name, texts, "csv.item", sales.topItems());
      case "top-extras" -> items(name, texts, "csv.extra", sales.topExtras());
      case "cancellations" ->
          table(
              name,
              header(texts, "csv.source", "csv.kind", "csv.reason", "csv.orders"),
              sales.cancellations(),
              c -> List.of(c.source(), c.kind(), c.reason(), Long.toString(c.orders())));
      case "stations" ->
          table(
              name,
              header(
                  texts,
                  "csv.station",
                  "csv.name",
                  "csv.tickets",
                  "csv.medianMinutes",
                  "csv.p90Minutes",
                  "csv.lateAfterMinutes",
                  "csv.lateShare"),
              speed.stations(),
              s ->
                  List.of(
                      s.station(),
                      s.name(),
                      Long.toString(s.tickets()),
                      plain(s.medianMinutes()),
                      plain(s.p90Minutes()),
                      Integer.toString(s.lateAfterMinutes()),
                      plain(s.lateShare())));
      case "slowest-items" ->
          table(
              name,
              header(texts, "csv.station", "csv.item", "csv.lines", "csv.averageMinutes"),
              speed.slowestItems(),
              s ->
                  List.of(
                      s.station(), s.item(), Long.toString(s.lines()), plain(s.averageMinutes())));
      case "order-time" ->
          new Table(
              name,
              header(texts, "csv.orders", "csv.medianMinutes", "csv.p90Minutes"),
              List.of(
                  List.of(
                      Long.toString(speed.orders().orders()),
                      plain(speed.orders().medianMinutes()),
                      plain(speed.orders().p90Minutes()))));
      case "live-stations" ->
          table(
              name,
              header(texts, "csv.station", "csv.name", "csv.openTickets", "csv.oldestMinutes"),
              load.stations(),
              s ->
                  List.of(
                      s.station(),
                      s.name(),
                      Long.toString(s.openTickets()),
                      s.oldestMinutes() == null ? "" : plain(s.oldestMinutes())));
      case "live-quarter-hours" ->
          table(
              name,
              header(texts, "csv.quarterHour", "csv.orders"),
              load.quarterHours(),
              q -> List.of(q.start().toString(), Long.toString(q.orders())));
      default ->
          throw new NotFoundException(
              "reports.table-not-found",
              "no report table " + name + "; there are " + NAMES,
              name,
              String.valueOf(NAMES));
    };
  }

  private static Table buckets(String name, Texts texts, String key, List<Sales.Bucket> buckets) {
    return table(
        name,
        header(texts, key, "csv.orders", "csv.revenue"),
        buckets,
        b -> List.of(b.key(), Long.toString(b.orders()), b.revenue().toPlainString()));
  }

  private static Table items(String name, Texts texts, String what, List<Sales.ItemSales> items) {
    return table(
        name,
        header(texts, what, "csv.quantity", "csv.revenue"),
        items,
        i -> List.of(i.name(), Long.toString(i.quantity()), i.revenue().toPlainString()));
  }

  private static List<String> header(Texts texts, String... keys) {
    return Arrays.stream(keys).map(texts::get).toList();
  }

  /** A figure as a plain decimal: {@code 12.0}, {@code 0.0005} (never {@code 5.0E-4}). */
  static String plain(double value) {
    String text = Double.toString(value);
    return Double.isFinite(value) && text.contains("E")
        ? BigDecimal.valueOf(value).stripTrailingZeros().toPlainString()
        : text;
  }

  private static <T> Table table(
      String name, List<String> header, List<T> rows, Function<T, List<String>> row) {
    return new Table(name, header, rows.stream().map(row).toList());
  }

  /**
   * The CSV file of a table for a store: a byte order mark, then the table with the separator a
   * spreadsheet of the store's locale expects ({@link #separator}).
   */
  public static String file(Table table, Locale store) {
    char separator = separator(store);
    return BOM + csv(table, separator, separator == ';');
  }

  /**
   * The separator between cells for a store's locale: a semicolon where decimals are written with a
   * comma (es-AR, as spreadsheets there expect), else a comma.
   */
  public static char separator(Locale store) {
    return DecimalFormatSymbols.getInstance(store).getDecimalSeparator() == ',' ? ';' : ',';
  }

  /** The table as CSV with commas. */
  public static String csv(Table table) {
    return csv(table, ',');
  }

  /**
   * The table as CSV (RFC 4180, CRLF) with a separator. A cell a spreadsheet would take for a
   * formula (=, +, -, @ at the start: item names and reasons are typed by people and partners) is
   * prefixed with a quote.
   */
  public static String csv(Table table, char separator) {
    return csv(table, separator, false);
  }

  private static String csv(Table table, char separator, boolean decimalComma) {
    StringBuilder out = new StringBuilder();
    Stream.concat(Stream.of(table.header()), table.rows().stream())
        .forEach(
            row -> {
              for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                  out.append(separator);
                }
                String value = row.get(i);
                // A number needs no quotes, even with its decimal comma.
                out.append(
                    decimalComma && value != null && isNumber(value)
                        ? value.replace('.', ',')
                        : cell(value));
              }
              out.append("\r\n");
            });
    return out.toString();
  }

  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
      text = "'" + text;
    }
    if (text.contains(",")
        || text.contains(";")
        || text.contains("\"")
        || text.contains("\n")
        || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean isNumber(String text) {
    return text.matches("-?\\d+(\\.\\d+)?");
  }
}
