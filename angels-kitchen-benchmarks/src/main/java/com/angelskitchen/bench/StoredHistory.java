package com.angelskitchen.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fills the database with finished orders, so that the benchmark can show how the kitchen behaves
 * with years of history behind it. Each stored order is what a real one leaves behind: an order
 * handed out (COMPLETED) with two lines from the menu (one fried, one baked), a bumped ticket and
 * ticket line at each of the two stations, and its five kitchen-log entries (placed, two tickets
 * bumped, ready, completed). Orders go on business days before the oldest one stored, a thousand a
 * day, numbered 1 to 1000 like real days.
 *
 * <p>Written straight into PostgreSQL with set-based inserts (a million orders in minutes, not the
 * hours the API would take), <strong>while the server is stopped</strong>: the kitchen log's
 * sequence moves on by five per order, and a running server would take the jump for a gap to fill
 * and push the whole history to its screens. {@code server-config/bin/benchmark.sh history=N} stops
 * the demo server, runs this, and starts it again.
 *
 * <p>Arguments: {@code orders=<how many stored orders there should be in total> db=<JDBC URL>
 * user=<database user>}; the password comes from {@code AK_DB_PASSWORD}.
 */
public final class StoredHistory {

  private static final int BATCH = 50_000;
  private static final int PER_DAY = 1_000;
  private static final BigDecimal TAX_RATE = new BigDecimal("0.21");

  private final Connection db;

  private StoredHistory(Connection db) {
    this.db = db;
  }

  public static void main(String[] arguments) throws Exception {
    BenchArguments args = new BenchArguments(arguments);
    long wanted = Long.parseLong(args.get("orders", "1000000"));
    try (Connection db = args.connect()) {
      db.setAutoCommit(false);
      new StoredHistory(db).fillUpTo(wanted);
    }
  }

  private void fillUpTo(long wanted) throws SQLException {
    long stored = single("SELECT count(*) FROM kitchen_order");
    if (stored >= wanted) {
      System.out.printf("%,d orders stored already (wanted %,d): nothing to add%n", stored, wanted);
      return;
    }
    Item fried = itemAt("fritura");
    Item baked = itemAt("horno");
    long started = System.nanoTime();
    long toAdd = wanted - stored;
    System.out.printf(
        "Storing %,d finished orders (%s at fritura, %s at horno) next to the %,d there are%n",
        toAdd, fried.name, baked.name, stored);
    for (long added = 0; added < toAdd; ) {
      int batch = (int) Math.min(BATCH, toAdd - added);
      storeBatch(batch, fried, baked);
      db.commit();
      added += batch;
      System.out.printf(
          "  %,d / %,d (%.0f s)%n", added, toAdd, (System.nanoTime() - started) / 1e9);
    }
    try (var analyze = db.createStatement()) {
      db.setAutoCommit(true);
      analyze.execute("ANALYZE");
    }
    System.out.printf(
        "%,d orders stored in %.0f s%n",
        single("SELECT count(*) FROM kitchen_order"), (System.nanoTime() - started) / 1e9);
  }

  private record Item(long id, String name, String kitchenName, String price) {}

  /** A menu item that the routing rules send to the station (by item, or else by category). */
  private Item itemAt(String station) throws SQLException {
    try (PreparedStatement find =
        db.prepareStatement(
            "SELECT i.id, i.name, i.kitchen_name, i.price::text FROM menu_item i"
                + " LEFT JOIN routing_rule byItem ON byItem.item_id = i.id"
                + " LEFT JOIN routing_rule byCategory ON byCategory.category_id = i.category_id"
                + " WHERE coalesce(byItem.station_code, byCategory.station_code) = ?"
                + " ORDER BY i.sort_order, i.id LIMIT 1")) {
      find.setString(1, station);
      try (ResultSet found = find.executeQuery()) {
        if (!found.next()) {
          throw new IllegalStateException(
              "no menu item is routed to "
                  + station
                  + ": start the demo once (server-config/bin/run.sh) so that its menu exists");
        }
        return new Item(
            found.getLong(1), found.getString(2), found.getString(3), found.getString(4));
      }
    }
  }

  private void storeBatch(int orders, Item fried, Item baked) throws SQLException {
    // Ids from the entities' own sequences, moved on past what this batch uses; the counter row is
    // locked like every writer locks it, so sequence numbers stay gap-free.
    long orderBase = reserve("kitchen_order_seq", orders);
    long lineBase = reserve("order_line_seq", 2L * orders);
    long ticketBase = reserve("ticket_seq", 4L * orders);
    long logEnd =
        single(
            "UPDATE kitchen_log_counter SET last_sequence = last_sequence + "
                + 5L * orders
                + " WHERE id = 1 RETURNING last_sequence");
    long logBase = logEnd - 5L * orders;
    String firstDay = "(SELECT coalesce(min(business_day), current_date) FROM kitchen_order)";
    // Every stored order is the same two items: its money is worked out once, here.
    BigDecimal subtotal = new BigDecimal(fried.price).add(new BigDecimal(baked.price));
    BigDecimal tax = subtotal.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_UP);
    BigDecimal total = subtotal.add(tax);

    execute(
        "CREATE TEMP TABLE history (i int, order_id bigint, day date, number int, placed timestamptz,"
            + " source varchar(32))"
            + " ON COMMIT DROP");
    execute(
        "INSERT INTO history SELECT i, ?::bigint + i + 1, d.day, (i % "
            + PER_DAY
            + ") + 1, (d.day + time '11:00' + (i % "
            + PER_DAY
            + ") * interval '43 seconds') AT TIME ZONE 'UTC',"
            + " (ARRAY['POS','DOORDASH','UBER_EATS'])[i % 3 + 1]"
            + " FROM generate_series(0, ? - 1) i, LATERAL (SELECT "
            + firstDay
            + " - 1 - (i / "
            + PER_DAY
            + ") AS day) d",
        orderBase,
        orders);
    execute(
        "INSERT INTO kitchen_order (id, business_day, order_number, source, status, customer_name,"
            + " placed_at, version, fulfillment, rush, fire_at, subtotal, tax_rate, tax, total,"
            + " fired_at, ready_at, completed_at)"
            + " SELECT order_id, day, number, source, 'COMPLETED', 'History ' || order_id, placed, 4,"
            + " 'TAKEOUT', false, placed, ?, ?, ?, ?, placed, placed + interval '9 minutes',"
            + " placed + interval '12 minutes' FROM history",
        subtotal,
        TAX_RATE,
        tax,
        total);
    for (int line = 1; line <= 2; line++) {
      Item item = line == 1 ? fried : baked;
      execute(
          "INSERT INTO order_line (id, order_id, line_number, item, quantity, item_id, kitchen_name,"
              + " unit_price, line_total) SELECT ?::bigint + 2 * i + ?, order_id, ?, ?, 1, ?, ?,"
              + " ?::numeric, ?::numeric FROM history",
          lineBase,
          line,
          line,
          item.name,
          item.id,
          item.kitchenName,
          item.price,
          item.price);
      execute(
          "INSERT INTO kitchen_ticket (id, order_id, station_code, status, fired_at, bumped_at,"
              + " version) SELECT ?::bigint + 4 * i + ?, order_id, ?, 'BUMPED', placed,"
              + " placed + interval '8 minutes' + ? * interval '1 minute', 1 FROM history",
          ticketBase,
          2 * line - 1,
          line == 1 ? "fritura" : "horno",
          line - 1);
      execute(
          "INSERT INTO ticket_line (id, ticket_id, order_line_id, bumped_at)"
              + " SELECT ?::bigint + 4 * i + ?, ?::bigint + 4 * i + ?, ?::bigint + 2 * i + ?,"
              + " placed + interval '8 minutes' + ? * interval '1 minute' FROM history",
          ticketBase,
          2 * line,
          ticketBase,
          2 * line - 1,
          lineBase,
          line,
          line - 1);
    }
    // The log entries, in the shape KitchenEventCodec writes them (sequence stored as 0).
    execute(
        "INSERT INTO kitchen_log (sequence, recorded_at, event_type, order_id, stations, payload)"
            + " SELECT ?::bigint + 5 * i + 1, placed, 'OrderPlaced', order_id, 'fritura,horno',"
            + " jsonb_build_object('sequence', 0, 'status', 'IN_KITCHEN',"
            + "  'subtotal', ?::numeric, 'tax', ?::numeric, 'total', ?::numeric,"
            + "  'order', jsonb_build_object('orderId', order_id, 'businessDay', day,"
            + "    'orderNumber', number::text, 'source', source,"
            + "    'fulfillment', 'TAKEOUT', 'customerName', 'History ' || order_id, 'rush', false,"
            + "    'placedAt', placed, 'fireAt', placed),"
            + "  'tickets', jsonb_build_array("
            + "    jsonb_build_object('ticketId', ?::bigint + 4 * i + 1, 'orderId', order_id,"
            + "      'station', 'fritura', 'status', 'OPEN', 'firedAt', placed, 'lines',"
            + "      jsonb_build_array(jsonb_build_object('ticketLineId', ?::bigint + 4 * i + 2,"
            + "        'orderLineId', ?::bigint + 2 * i + 1, 'lineNumber', 1, 'item', ?::text,"
            + "        'kitchenName', ?::text, 'quantity', 1, 'removed', '[]'::jsonb,"
            + "        'added', '[]'::jsonb, 'allergens', '[]'::jsonb, 'bumped', false))),"
            + "    jsonb_build_object('ticketId', ?::bigint + 4 * i + 3, 'orderId', order_id,"
            + "      'station', 'horno', 'status', 'OPEN', 'firedAt', placed, 'lines',"
            + "      jsonb_build_array(jsonb_build_object('ticketLineId', ?::bigint + 4 * i + 4,"
            + "        'orderLineId', ?::bigint + 2 * i + 2, 'lineNumber', 2, 'item', ?::text,"
            + "        'kitchenName', ?::text, 'quantity', 1, 'removed', '[]'::jsonb,"
            + "        'added', '[]'::jsonb, 'allergens', '[]'::jsonb, 'bumped', false)))))::text"
            + " FROM history",
        logBase,
        subtotal,
        tax,
        total,
        ticketBase,
        ticketBase,
        lineBase,
        fried.name,
        fried.kitchenName,
        ticketBase,
        ticketBase,
        lineBase,
        baked.name,
        baked.kitchenName);
    for (int ticket = 1; ticket <= 2; ticket++) {
      execute(
          "INSERT INTO kitchen_log (sequence, recorded_at, event_type, order_id, stations, payload)"
              + " SELECT ?::bigint + 5 * i + ?, placed + interval '8 minutes' + ? * interval '1 minute',"
              + " 'TicketBumped', order_id, ?, jsonb_build_object('sequence', 0, 'orderId', order_id,"
              + " 'orderNumber', number::text, 'ticketId', ?::bigint + 4 * i + ?, 'station', ?::text,"
              + " 'bumpedAt', placed + interval '8 minutes' + ? * interval '1 minute')::text"
              + " FROM history",
          logBase,
          1 + ticket,
          ticket - 1,
          ticket == 1 ? "fritura" : "horno",
          ticketBase,
          2 * ticket - 1,
          ticket == 1 ? "fritura" : "horno",
          ticket - 1);
    }
    execute(
        "INSERT INTO kitchen_log (sequence, recorded_at, event_type, order_id, stations, payload)"
            + " SELECT ?::bigint + 5 * i + 4, placed + interval '9 minutes', 'OrderReady', order_id,"
            + " '', jsonb_build_object('sequence', 0, 'orderId', order_id, 'orderNumber',"
            + " number::text, 'readyAt', placed + interval '9 minutes')::text FROM history",
        logBase);
    execute(
        "INSERT INTO kitchen_log (sequence, recorded_at, event_type, order_id, stations, payload)"
            + " SELECT ?::bigint + 5 * i + 5, placed + interval '12 minutes', 'OrderCompleted',"
            + " order_id, '', jsonb_build_object('sequence', 0, 'orderId', order_id, 'orderNumber',"
            + " number::text, 'completedAt', placed + interval '12 minutes')::text FROM history",
        logBase);
  }

  private long reserve(String sequence, long count) throws SQLException {
    return Sequences.reserve(db, sequence, count);
  }

  private long single(String sql) throws SQLException {
    return Sequences.single(db, sql);
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    }
  }
}
