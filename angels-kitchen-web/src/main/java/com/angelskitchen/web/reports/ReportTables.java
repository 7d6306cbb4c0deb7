package com.angelskitchen.web.reports;

import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.reporting.boundary.KitchenLoad;
import com.angelskitchen.reporting.boundary.Sales;
import com.angelskitchen.reporting.boundary.Speed;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every table of the dashboard by name, with its header and rows as text: the one definition both
 * the CSV export and the page's column headers follow, so the file has the page's figures.
 */
public final class ReportTables {

  /** A table: column names and rows of cells. */
  public record Table(String name, List<String> header, List<List<String>> rows) {}

  private ReportTables() {}

  public static final List<String> NAMES =
      List.of(
          "summary",
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

  public static Table of(String name, Sales sales, Speed speed, KitchenLoad load) {
    return switch (name) {
      case "summary" ->
          new Table(
              name,
              List.of("first day", "last day", "orders", "revenue", "average ticket", "cancelled"),
              List.of(
                  List.of(
                      sales.period().first().toString(),
                      sales.period().last().toString(),
                      Long.toString(sales.orders()),
                      sales.revenue().toPlainString(),
                      sales.averageTicket().toPlainString(),
                      Long.toString(sales.cancelled()))));
      case "by-hour" -> buckets(name, "hour", sales.byHour());
      case "by-day" -> buckets(name, "business day", sales.byDay());
      case "by-source" -> buckets(name, "source", sales.bySource());
      case "by-fulfillment" -> buckets(name, "fulfillment", sales.byFulfillment());
      case "top-items" -> items(name, "item", sales.topItems());
      case "top-extras" -> items(name, "extra", sales.topExtras());
      case "cancellations" ->
          table(
              name,
              List.of("source", "kind", "reason", "orders"),
              sales.cancellations(),
              c -> List.of(c.source(), c.kind(), c.reason(), Long.toString(c.orders())));
      case "stations" ->
          table(
              name,
              List.of(
                  "station",
                  "name",
                  "tickets",
                  "median minutes",
                  "p90 minutes",
                  "late after minutes",
                  "late share"),
              speed.stations(),
              s ->
                  List.of(
                      s.station(),
                      s.name(),
                      Long.toString(s.tickets()),
                      Double.toString(s.medianMinutes()),
                      Double.toString(s.p90Minutes()),
                      Integer.toString(s.lateAfterMinutes()),
                      Double.toString(s.lateShare())));
      case "slowest-items" ->
          table(
              name,
              List.of("station", "item", "lines", "average minutes"),
              speed.slowestItems(),
              s ->
                  List.of(
                      s.station(),
                      s.item(),
                      Long.toString(s.lines()),
                      Double.toString(s.averageMinutes())));
      case "order-time" ->
          new Table(
              name,
              List.of("orders", "median minutes", "p90 minutes"),
              List.of(
                  List.of(
                      Long.toString(speed.orders().orders()),
                      Double.toString(speed.orders().medianMinutes()),
                      Double.toString(speed.orders().p90Minutes()))));
      case "live-stations" ->
          table(
              name,
              List.of("station", "name", "open tickets", "oldest minutes"),
              load.stations(),
              s ->
                  List.of(
                      s.station(),
                      s.name(),
                      Long.toString(s.openTickets()),
                      s.oldestMinutes() == null ? "" : Double.toString(s.oldestMinutes())));
      case "live-quarter-hours" ->
          table(
              name,
              List.of("quarter hour", "orders"),
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

  private static Table buckets(String name, String key, List<Sales.Bucket> buckets) {
    return table(
        name,
        List.of(key, "orders", "revenue"),
        buckets,
        b -> List.of(b.key(), Long.toString(b.orders()), b.revenue().toPlainString()));
  }

  private static Table items(String name, String what, List<Sales.ItemSales> items) {
    return table(
        name,
        List.of(what, "quantity", "revenue"),
        items,
        i -> List.of(i.name(), Long.toString(i.quantity()), i.revenue().toPlainString()));
  }

  private static <T> Table table(
      String name, List<String> header, List<T> rows, Function<T, List<String>> row) {
    return new Table(name, header, rows.stream().map(row).toList());
  }

  /**
   * The table as CSV (RFC 4180, CRLF). A cell a spreadsheet would take for a formula (=, +, -, @ at
   * the start: item names and reasons are typed by people and partners) is prefixed with a quote.
   */
  public static String csv(Table table) {
    StringBuilder out = new StringBuilder();
    Stream.concat(Stream.of(table.header()), table.rows().stream())
        .forEach(
            row -> {
              for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                  out.append(',');
                }
                out.append(cell(row.get(i)));
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
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }

  private static boolean isNumber(String text) {
    return text.matches("-?\\d+(\\.\\d+)?");
  }
}
