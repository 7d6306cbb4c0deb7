package com.angelskitchen.it.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's figures for the known data set ({@link KnownSales}) equal the ones worked out by
 * hand: totals, splits by source, fulfillment, day and hour, top items and extras, cancellations,
 * station percentiles and late shares, slowest items, order time; and the CSV says the same.
 */
class ReportsIT extends EarTestBase {

  static KnownSales known;
  static JsonObject sales;
  static JsonObject speed;

  @BeforeAll
  static void report() throws Exception {
    known = KnownSales.write();
    HttpResponse<String> answer = new KitchenApi().get("api/reports?" + known.period());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonObject report = Json.object(answer.body());
    sales = report.getJsonObject("sales");
    speed = report.getJsonObject("speed");
  }

  @Test
  void totalsCountEveryOrderNotCancelled() {
    assertThat(sales.getJsonNumber("orders").longValue()).isEqualTo(3);
    assertThat(sales.getJsonNumber("revenue").bigDecimalValue()).isEqualByComparingTo("423.50");
    assertThat(sales.getJsonNumber("averageTicket").bigDecimalValue())
        .as("423.50 / 3")
        .isEqualByComparingTo("141.17");
    assertThat(sales.getJsonNumber("cancelled").longValue()).isEqualTo(2);
  }

  @Test
  void discountsTipsAndRefundsAreFiguresOfTheirOwnBesideRevenue() {
    // The known orders were written without discounts, payments or refunds.
    assertThat(sales.getJsonNumber("discounts").bigDecimalValue()).isEqualByComparingTo("0.00");
    assertThat(sales.getJsonNumber("tips").bigDecimalValue()).isEqualByComparingTo("0.00");
    assertThat(sales.getJsonNumber("refunds").bigDecimalValue()).isEqualByComparingTo("0.00");
    assertThat(sales.getJsonNumber("revenueAfterRefunds").bigDecimalValue())
        .isEqualByComparingTo("423.50");
    assertThat(api.get("api/reports/money.csv?" + known.period()).body())
        .isEqualTo(
            "\uFEFFfirst day,last day,revenue,discounts,tips,refunds,revenue after refunds\r\n"
                + known.first
                + ","
                + known.second
                + ",423.50,0.00,0.00,0.00,423.50\r\n");
  }

  @Test
  void salesAreSplitBySourceFulfillmentDayAndHour() {
    assertThat(buckets("bySource"))
        .containsExactly("DOORDASH 1 242.00", "POS 1 121.00", "UBER_EATS 1 60.50");
    assertThat(buckets("byFulfillment")).containsExactly("DELIVERY 2 302.50", "DINE_IN 1 121.00");
    assertThat(buckets("byDay"))
        .containsExactly(known.first + " 2 181.50", known.second + " 1 242.00");
    assertThat(buckets("byHour"))
        .containsExactly("12:00 1 121.00", "13:00 1 60.50", "20:00 1 242.00");
  }

  @Test
  void topItemsExtrasAndCancellations() {
    assertThat(rows(sales.getJsonArray("topItems"), "name", "quantity", "revenue"))
        .containsExactly("Humita 5 210.00", "Carne 3 150.00");
    assertThat(rows(sales.getJsonArray("topExtras"), "name", "quantity", "revenue"))
        .containsExactly("Extra queso 2 20.00");
    assertThat(rows(sales.getJsonArray("cancellations"), "source", "kind", "reason", "orders"))
        .containsExactly(
            "POS void wrong order 1", "UBER_EATS partner cancellation courier did not arrive 1");
  }

  @Test
  void stationTicketTimesAreMediansAndNinetiethPercentilesOfFiredToBumped() {
    List<JsonObject> stations =
        speed.getJsonArray("stations").getValuesAs(JsonObject.class).stream()
            .filter(s -> s.getString("station").startsWith("rep-"))
            .toList();
    assertThat(stations).hasSize(2);
    JsonObject a = stations.get(0);
    JsonObject b = stations.get(1);
    assertThat(a.getString("station")).isEqualTo(known.stationA);
    // A: 4 and 20 minutes → median 12, p90 4 + 0.9 × 16 = 18.4, one of two after 8 minutes.
    assertThat(a.getJsonNumber("tickets").longValue()).isEqualTo(2);
    assertThat(a.getJsonNumber("medianMinutes").doubleValue()).isEqualTo(12.0);
    assertThat(a.getJsonNumber("p90Minutes").doubleValue()).isEqualTo(18.4);
    assertThat(a.getJsonNumber("lateShare").doubleValue()).isEqualTo(0.5);
    // B: 2, 6 and 10 minutes → median 6, p90 6 + 0.8 × 4 = 9.2, one of three after 8 minutes.
    assertThat(b.getJsonNumber("tickets").longValue()).isEqualTo(3);
    assertThat(b.getJsonNumber("medianMinutes").doubleValue()).isEqualTo(6.0);
    assertThat(b.getJsonNumber("p90Minutes").doubleValue()).isEqualTo(9.2);
    assertThat(b.getJsonNumber("lateShare").doubleValue()).isEqualTo(0.3333);
    assertThat(b.getJsonNumber("lateAfterMinutes").intValue()).isEqualTo(8);
  }

  @Test
  void slowestItemsAndOrderTime() {
    assertThat(
            rows(speed.getJsonArray("slowestItems"), "station", "item", "lines", "averageMinutes"))
        .containsExactly(known.stationA + " Carne 2 12.0", known.stationB + " Humita 3 6.0");
    JsonObject orders = speed.getJsonObject("orders");
    // 6, 10 and 20 minutes to READY → median 10, p90 10 + 0.8 × 10 = 18.
    assertThat(orders.getJsonNumber("orders").longValue()).isEqualTo(3);
    assertThat(orders.getJsonNumber("medianMinutes").doubleValue()).isEqualTo(10.0);
    assertThat(orders.getJsonNumber("p90Minutes").doubleValue()).isEqualTo(18.0);
  }

  @Test
  void theCsvFilesCarryTheSameFigures() {
    HttpResponse<String> bySource = api.get("api/reports/by-source.csv?" + known.period());
    assertThat(bySource.statusCode()).isEqualTo(200);
    assertThat(bySource.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(bySource.headers().firstValue("Content-Disposition").orElse(""))
        .contains("by-source-" + known.first + "-to-" + known.second + ".csv");
    assertThat(bySource.body())
        .as("UTF-8 with a BOM; commas, as the test store (en-US) writes decimals with a point")
        .isEqualTo(
            "\uFEFFsource,orders,revenue\r\nDOORDASH,1,242.00\r\nPOS,1,121.00\r\nUBER_EATS,1,60.50\r\n");
    assertThat(api.get("api/reports/summary.csv?" + known.period()).body())
        .endsWith("3,423.50,141.17,2\r\n");
  }

  @Test
  void onlyManagersReadReportsAndBadPeriodsAreRefused() {
    assertThat(new KitchenApi(Staff.cashier()).get("api/reports?" + known.period()).statusCode())
        .isEqualTo(403);
    HttpResponse<String> backwards =
        api.get("api/reports?from=" + known.second + "&to=" + known.first);
    assertThat(backwards.statusCode()).isEqualTo(400);
    assertThat(backwards.body()).contains("ends on or after");
    assertThat(api.get("api/reports?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(api.get("api/reports/nothing.csv").statusCode()).isEqualTo(404);
  }

  private static List<String> buckets(String name) {
    return rows(sales.getJsonArray(name), "key", "orders", "revenue");
  }

  private static List<String> rows(JsonArray array, String... fields) {
    return array.getValuesAs(JsonObject.class).stream()
        .map(
            o ->
                java.util.Arrays.stream(fields)
                    .map(f -> o.get(f).toString().replace("\"", ""))
                    .collect(Collectors.joining(" ")))
        .toList();
  }
}
