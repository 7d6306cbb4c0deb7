package com.angelskitchen.it.reports;

import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.TestServer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

/**
 * Five orders on two business days of a past period nobody else uses, with two stations of their
 * own (late after 8 minutes). Worked out by hand (see ReportsIT):
 *
 * <pre>
 * #  day source    fulfil.   status     total   placed lines (station)                 tickets fired→bumped
 * 1  D1  POS       DINE_IN   COMPLETED  121.00  12:10  Carne ×2 +Extra queso (A) 100.00 A 4 min, B 10 min
 *                                                      Humita ×1 (B) 10.00                ready after 10 min
 * 2  D1  UBER_EATS DELIVERY  COMPLETED   60.50  13:20  Humita ×1 (B) 50.00                B 6 min; ready 6
 * 3  D2  DOORDASH  DELIVERY  COMPLETED  242.00  20:05  Carne ×1 (A) 50.00, Humita ×3 (B) A 20, B 2; ready 20
 *                                                      150.00
 * 4  D2  POS       TAKEOUT   CANCELLED   30.25  20:30  Carne ×1 (A) 25.00   "wrong order"   A cancelled
 * 5  D2  UBER_EATS DELIVERY  CANCELLED   10.00  21:00  Humita ×1 (B) 10.00  "courier did not arrive"
 * </pre>
 */
final class KnownSales {

  final LocalDate first;
  final LocalDate second;
  final String stationA;
  final String stationB;
  private final ZoneId zone = ZoneId.systemDefault();

  private KnownSales(LocalDate first, String suffix) {
    this.first = first;
    this.second = first.plusDays(1);
    this.stationA = "rep-a-" + suffix;
    this.stationB = "rep-b-" + suffix;
  }

  /** Writes the data set on two free days between 1990 and 2009 and returns it. */
  static KnownSales write() throws SQLException {
    KitchenApi api = new KitchenApi();
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    try (Connection db = TestServer.database()) {
      LocalDate day;
      Random random = new Random();
      do {
        day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20 * 365));
      } while (taken(db, day));
      KnownSales sales = new KnownSales(day, suffix);
      KitchenSetup.putStation(api, sales.stationA, "Report A " + suffix, 90);
      KitchenSetup.putStation(api, sales.stationB, "Report B " + suffix, 91);
      sales.insert(db);
      return sales;
    }
  }

  private static boolean taken(Connection db, LocalDate day) throws SQLException {
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT count(*) FROM kitchen_order WHERE business_day BETWEEN ? AND ?")) {
      query.setDate(1, Date.valueOf(day.minusDays(1)));
      query.setDate(2, Date.valueOf(day.plusDays(1)));
      try (ResultSet count = query.executeQuery()) {
        count.next();
        return count.getLong(1) > 0;
      }
    }
  }

  private void insert(Connection db) throws SQLException {
    long o1 = order(db, first, 1, "POS", "DINE_IN", null, "121.00", "12:10", 10);
    line(db, o1, 1, "Carne", 2, "100.00", stationA, 4, "Extra queso", "10.00");
    line(db, o1, 2, "Humita", 1, "10.00", stationB, 10, null, null);
    long o2 = order(db, first, 2, "UBER_EATS", "DELIVERY", null, "60.50", "13:20", 6);
    line(db, o2, 1, "Humita", 1, "50.00", stationB, 6, null, null);
    long o3 = order(db, second, 1, "DOORDASH", "DELIVERY", null, "242.00", "20:05", 20);
    line(db, o3, 1, "Carne", 1, "50.00", stationA, 20, null, null);
    line(db, o3, 2, "Humita", 3, "150.00", stationB, 2, null, null);
    long o4 = order(db, second, 2, "POS", "TAKEOUT", "wrong order", "30.25", "20:30", 0);
    line(db, o4, 1, "Carne", 1, "25.00", stationA, -1, null, null);
    long o5 =
        order(
            db, second, 3, "UBER_EATS", "DELIVERY", "courier did not arrive", "10.00", "21:00", 0);
    line(db, o5, 1, "Humita", 1, "10.00", stationB, -1, null, null);
  }

  private final java.util.Map<Long, ZonedDateTime> placedAt = new java.util.HashMap<>();
  private final java.util.Map<String, Long> tickets = new java.util.HashMap<>();

  private long order(
      Connection db,
      LocalDate day,
      int number,
      String source,
      String fulfillment,
      String cancelReason,
      String total,
      String placed,
      int readyAfterMinutes)
      throws SQLException {
    long id = next(db, "kitchen_order_seq");
    // "+02:00": after midnight, on the calendar day after the business day.
    ZonedDateTime at =
        placed.startsWith("+")
            ? day.plusDays(1).atTime(LocalTime.parse(placed.substring(1))).atZone(zone)
            : day.atTime(LocalTime.parse(placed)).atZone(zone);
    placedAt.put(id, at);
    boolean cancelled = cancelReason != null;
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO kitchen_order (id, business_day, order_number, source, status,"
                + " customer_name, placed_at, fulfillment, subtotal, tax_rate, tax, total, fire_at,"
                + " fired_at, ready_at, completed_at, cancelled_at, cancel_reason)"
                + " VALUES (?,?,?,?,?,'Known',?,?,?,0,0,?,?,?,?,?,?,?)")) {
      Timestamp placedTs = Timestamp.from(at.toInstant());
      insert.setLong(1, id);
      insert.setDate(2, Date.valueOf(day));
      insert.setInt(3, number);
      insert.setString(4, source);
      insert.setString(5, cancelled ? "CANCELLED" : "COMPLETED");
      insert.setTimestamp(6, placedTs);
      insert.setString(7, fulfillment);
      insert.setBigDecimal(8, new BigDecimal(total));
      insert.setBigDecimal(9, new BigDecimal(total));
      insert.setTimestamp(10, placedTs);
      insert.setTimestamp(11, placedTs);
      insert.setTimestamp(
          12, cancelled ? null : Timestamp.from(at.plusMinutes(readyAfterMinutes).toInstant()));
      insert.setTimestamp(
          13, cancelled ? null : Timestamp.from(at.plusMinutes(readyAfterMinutes + 2).toInstant()));
      insert.setTimestamp(14, cancelled ? Timestamp.from(at.plusMinutes(1).toInstant()) : null);
      insert.setString(15, cancelReason);
      insert.execute();
    }
    return id;
  }

  /** A line, its ticket at the station (made once per order and station) and its ticket line. */
  private void line(
      Connection db,
      long order,
      int number,
      String item,
      int quantity,
      String lineTotal,
      String station,
      int bumpedAfterMinutes,
      String extra,
      String extraPrice)
      throws SQLException {
    long lineId = next(db, "order_line_seq");
    execute(
        db,
        "INSERT INTO order_line (id, order_id, line_number, item, quantity, kitchen_name,"
            + " unit_price, line_total) VALUES (?,?,?,?,?,?,?,?)",
        lineId,
        order,
        number,
        item,
        quantity,
        item,
        new BigDecimal(lineTotal),
        new BigDecimal(lineTotal));
    if (extra != null) {
      execute(
          db,
          "INSERT INTO order_line_modifier (line_id, position, kind, code, name, price)"
              + " VALUES (?,1,'ADD','xq',?,?)",
          lineId,
          extra,
          new BigDecimal(extraPrice));
    }
    boolean cancelled = bumpedAfterMinutes < 0;
    ZonedDateTime fired = placedAt.get(order);
    Timestamp bumped =
        cancelled ? null : Timestamp.from(fired.plusMinutes(bumpedAfterMinutes).toInstant());
    Long ticket = tickets.get(order + station);
    if (ticket == null) {
      ticket = next(db, "ticket_seq");
      tickets.put(order + station, ticket);
      execute(
          db,
          "INSERT INTO kitchen_ticket (id, order_id, station_code, status, fired_at, bumped_at)"
              + " VALUES (?,?,?,?,?,?)",
          ticket,
          order,
          station,
          cancelled ? "CANCELLED" : "BUMPED",
          Timestamp.from(fired.toInstant()),
          bumped);
    }
    execute(
        db,
        "INSERT INTO ticket_line (id, ticket_id, order_line_id, bumped_at) VALUES (?,?,?,?)",
        next(db, "ticket_seq"),
        ticket,
        lineId,
        bumped);
  }

  private static long next(Connection db, String sequence) throws SQLException {
    try (ResultSet id = db.createStatement().executeQuery("SELECT nextval('" + sequence + "')")) {
      id.next();
      return id.getLong(1);
    }
  }

  private static void execute(Connection db, String sql, Object... values) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.execute();
    }
  }

  String period() {
    return "from=" + first + "&to=" + second;
  }
}
