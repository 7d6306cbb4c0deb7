package com.angelskitchen.it.stations;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Eight POS terminals placing fifty orders each at the same time: every order is stored once, and
 * the kitchen log's sequence is strictly increasing without gaps or duplicates, and in commit
 * order: a reader watching the log while they write never sees a later entry before an earlier one
 * (which a plain database sequence would allow).
 */
class KitchenLogConcurrencyIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  static final int TERMINALS = 8;
  static final int ORDERS_EACH = 50;

  @Test
  void concurrentOrdersAreEachStoredOnceAndLoggedInCommitOrderWithoutGaps() throws Exception {
    long base = lastSequence();

    AtomicBoolean writing = new AtomicBoolean(true);
    ConcurrentLinkedQueue<String> holesSeen = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(TERMINALS + 1);
    Future<Integer> watcher = pool.submit(watchForHoles(base, writing, holesSeen));

    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<JsonObject>>> terminals = new ArrayList<>();
    for (int t = 0; t < TERMINALS; t++) {
      String terminal = "Terminal " + t + " " + menu.suffix;
      terminals.add(
          pool.submit(
              () -> {
                start.await();
                List<JsonObject> placed = new ArrayList<>();
                for (int i = 0; i < ORDERS_EACH; i++) {
                  placed.add(api.placeOrder(terminal + " #" + i, line(menu.carne, 1 + i % 3)));
                }
                return placed;
              }));
    }
    start.countDown();
    List<JsonObject> placed = new ArrayList<>();
    for (Future<List<JsonObject>> terminal : terminals) {
      placed.addAll(terminal.get());
    }
    writing.set(false);
    int observations = watcher.get();
    pool.shutdown();

    int total = TERMINALS * ORDERS_EACH;
    assertThat(placed).hasSize(total);
    assertThat(placed.stream().map(p -> p.getJsonNumber("orderId").longValue()).distinct())
        .hasSize(total);
    assertThat(placed.stream().map(p -> p.getString("orderNumber")).distinct())
        .as("no order number given twice")
        .hasSize(total);
    List<Long> sequences =
        placed.stream().map(p -> p.getJsonNumber("sequence").longValue()).sorted().toList();
    assertThat(sequences)
        .as("strictly increasing, no gaps, no duplicates")
        .isEqualTo(
            java.util.stream.LongStream.rangeClosed(base + 1, base + total).boxed().toList());

    try (Connection db = TestServer.database();
        Statement query = db.createStatement();
        ResultSet rows =
            query.executeQuery(
                "SELECT count(*), count(DISTINCT l.order_id), min(l.sequence), max(l.sequence)"
                    + " FROM kitchen_log l JOIN kitchen_order o ON o.id = l.order_id"
                    + " WHERE o.customer_name LIKE 'Terminal % "
                    + menu.suffix
                    + " #%'")) {
      rows.next();
      assertThat(rows.getLong(1)).as("one log entry per order").isEqualTo(total);
      assertThat(rows.getLong(2)).isEqualTo(total);
      assertThat(rows.getLong(3)).isEqualTo(base + 1);
      assertThat(rows.getLong(4)).isEqualTo(base + total);
    }
    assertThat(holesSeen).as("a reader never saw a later entry before an earlier one").isEmpty();
    assertThat(observations).as("the reader watched while orders were written").isPositive();
  }

  /** Polls the log: the entries visible after {@code base} must always be exactly base+1..max. */
  static Callable<Integer> watchForHoles(
      long base, AtomicBoolean writing, ConcurrentLinkedQueue<String> holesSeen) {
    return () -> {
      int observations = 0;
      try (Connection db = TestServer.database();
          Statement query = db.createStatement()) {
        while (writing.get()) {
          try (ResultSet rows =
              query.executeQuery(
                  "SELECT count(*), coalesce(max(sequence), "
                      + base
                      + ") FROM kitchen_log WHERE sequence > "
                      + base)) {
            rows.next();
            long visible = rows.getLong(1);
            long max = rows.getLong(2);
            if (visible != max - base) {
              holesSeen.add(visible + " entries visible up to sequence " + max);
            }
            observations++;
          }
        }
      }
      return observations;
    };
  }

  static long lastSequence() throws Exception {
    try (Connection db = TestServer.database();
        Statement query = db.createStatement();
        ResultSet rows = query.executeQuery("SELECT last_sequence FROM kitchen_log_counter")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
