package com.angelskitchen.bench;

import com.angelskitchen.it.support.Staff;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * How long the manager waits for the dashboard: the whole page rendered by the server (every query,
 * table and chart of the period) and the JSON report alone, for today, the last 30 days and the
 * last 365 days, as a signed-in manager would ask for them one after the other. Prints p50, p99 and
 * max per kind, and how many orders the database holds.
 *
 * <p>Arguments: {@code port}, {@code rounds} (default 20, after 3 warm-up rounds), {@code db} and
 * {@code user} (only to count the stored orders). Signs in with AK_BENCH_USER / AK_BENCH_PASSWORD.
 */
public final class DashboardBenchmark {

  public static void main(String[] arguments) throws Exception {
    BenchArguments args = new BenchArguments(arguments);
    int port = Integer.parseInt(args.get("port", "8080"));
    int rounds = Integer.parseInt(args.get("rounds", "20"));
    String basic = Staff.manager().basic();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    LocalDate today = LocalDate.now();
    Map<String, URI> pages = new LinkedHashMap<>();
    for (int days : new int[] {1, 30, 365}) {
      String period = "from=" + today.minusDays(days - 1L) + "&to=" + today;
      pages.put(
          "page, " + days + " day(s)",
          URI.create("http://localhost:" + port + "/admin/dashboard.xhtml?" + period));
      pages.put(
          "JSON, " + days + " day(s)",
          URI.create("http://localhost:" + port + "/api/reports?" + period));
    }
    if (args.database() != null) {
      try (Connection db = args.connect();
          ResultSet count =
              db.createStatement().executeQuery("SELECT count(*) FROM kitchen_order")) {
        count.next();
        System.out.printf("%,d orders stored%n", count.getLong(1));
      }
    }
    Map<String, Histogram> times = new LinkedHashMap<>();
    pages.keySet().forEach(k -> times.put(k, new Histogram(TimeUnit.MINUTES.toMicros(1), 3)));
    for (int round = -3; round < rounds; round++) {
      for (Map.Entry<String, URI> page : pages.entrySet()) {
        long start = System.nanoTime();
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(page.getValue()).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - start) / 1000;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(page.getValue() + " answered " + response.statusCode());
        }
        if (round >= 0) {
          times.get(page.getKey()).recordValue(micros);
        }
      }
    }
    System.out.printf(
        "%-22s %9s %9s %9s  (%d rounds, ms)%n", "dashboard", "p50", "p99", "max", rounds);
    times.forEach(
        (kind, h) ->
            System.out.printf(
                "%-22s %9.1f %9.1f %9.1f%n",
                kind,
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0));
  }
}
