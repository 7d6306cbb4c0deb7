package com.angelskitchen.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeds a year of varied, finished orders for the manager's dashboard: {@code orders} orders over
 * the {@code days} business days before the oldest order stored (so it never touches today), busier
 * on Fridays and Saturdays, at lunch (12–15 h) and dinner (20–23 h); 1 to 4 lines each from the
 * whole menu, a fifth of them with an extra; half from the POS, the rest from Uber Eats, DoorDash
 * and the website; 3 % cancelled with a reason; every other order completed, with a bumped ticket
 * per station (3 to 15 minutes) and READY when its last ticket was bumped. The same {@code seed}
 * gives the same history. No kitchen-log entries are written: screens never replay last year.
 *
 * <p>Run with the demo server up or down: {@code server-config/bin/benchmark.sh seed-history
 * orders=100000 days=365}. Arguments: {@code orders}, {@code days}, {@code seed}, {@code db},
 * {@code user}; the password comes from {@code AK_DB_PASSWORD}.
 */
public final class SalesHistory {

  private static final BigDecimal TAX_RATE = new BigDecimal("0.21");
  private static final String[] REASONS = {
    "customer changed their mind", "item out of stock", "courier did not arrive", "wrong order"
  };
  private static final int[] LUNCH_AND_DINNER = {
    12, 12, 13, 13, 13, 14, 14, 20, 20, 21, 21, 21, 22, 22, 11, 19, 23, 15, 18
  };

  private record Item(long id, String name, String kitchenName, BigDecimal price, String station) {}

  private record Extra(String code, String name, BigDecimal price) {}

  private final Connection db;
  private final Random random;
  private final ZoneId zone = ZoneId.systemDefault();

  private SalesHistory(Connection db, long seed) {
    this.db = db;
    this.random = new Random(seed);
  }

  public static void main(String[] arguments) throws Exception {
    BenchArguments args = new BenchArguments(arguments);
    int orders = Integer.parseInt(args.get("orders", "100000"));
    int days = Integer.parseInt(args.get("days", "365"));
    try (Connection db = args.connect()) {
      db.setAutoCommit(false);
      new SalesHistory(db, Long.parseLong(args.get("seed", "42"))).seed(orders, days);
    }
  }

  private void seed(int orders, int days) throws SQLException {
    long started = System.nanoTime();
    List<Item> menu = menu();
    List<Extra> extras = extras();
    LocalDate last = oldestDay().minusDays(1);
    LocalDate first = last.minusDays(days - 1L);
    Map<LocalDate, Integer> perDay = spread(orders, first, last);
    System.out.printf(
        "Seeding %,d orders over %s .. %s from %d menu items (%d extras)%n",
        orders, first, last, menu.size(), extras.size());

    long orderId = reserve("kitchen_order_seq", orders);
    long lineId = reserve("order_line_seq", 4L * orders);
    long ticketId = reserve("ticket_seq", 8L * orders);
    try (PreparedStatement order =
            db.prepareStatement(
                "INSERT INTO kitchen_order (id, business_day, order_number, source, status,"
                    + " customer_name, placed_at, version, fulfillment, rush, fire_at, subtotal,"
                    + " tax_rate, tax, total, fired_at, ready_at, completed_at, cancelled_at,"
                    + " cancel_reason) VALUES (?,?,?,?,?,?,?,1,?,false,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement line =
            db.prepareStatement(
                "INSERT INTO order_line (id, order_id, line_number, item, quantity, item_id,"
                    + " kitchen_name, unit_price, line_total) VALUES (?,?,?,?,?,?,?,?,?)");
        PreparedStatement modifier =
            db.prepareStatement(
                "INSERT INTO order_line_modifier (line_id, position, kind, code, name, price)"
                    + " VALUES (?,1,'ADD',?,?,?)");
        PreparedStatement ticket =
            db.prepareStatement(
                "INSERT INTO kitchen_ticket (id, order_id, station_code, status, fired_at,"
                    + " bumped_at, version) VALUES (?,?,?,?,?,?,1)");
        PreparedStatement ticketLine =
            db.prepareStatement(
                "INSERT INTO ticket_line (id, ticket_id, order_line_id, bumped_at)"
                    + " VALUES (?,?,?,?)")) {
      int done = 0;
      for (Map.Entry<LocalDate, Integer> day : perDay.entrySet()) {
        for (int number = 1; number <= day.getValue(); number++) {
          orderId++;
          ZonedDateTime placed =
              day.getKey()
                  .atTime(LUNCH_AND_DINNER[random.nextInt(LUNCH_AND_DINNER.length)], 0)
                  .plusSeconds(random.nextInt(3600))
                  .atZone(zone);
          String source =
              pick(
                  new String[] {
                    "POS",
                    "POS",
                    "POS",
                    "POS",
                    "POS",
                    "UBER_EATS",
                    "UBER_EATS",
                    "DOORDASH",
                    "DOORDASH",
                    "WEBSITE"
                  });
          String fulfillment =
              source.equals("POS")
                  ? pick(new String[] {"DINE_IN", "DINE_IN", "TAKEOUT"})
                  : pick(new String[] {"DELIVERY", "DELIVERY", "DELIVERY", "TAKEOUT"});
          boolean cancelled = random.nextInt(100) < 3;

          Map<String, List<long[]>> linesByStation = new LinkedHashMap<>();
          BigDecimal subtotal = BigDecimal.ZERO;
          int lines = 1 + random.nextInt(4);
          for (int n = 1; n <= lines; n++) {
            lineId++;
            Item item = menu.get(random.nextInt(menu.size()));
            int quantity = 1 + (random.nextInt(10) < 7 ? 0 : random.nextInt(6));
            BigDecimal unit = item.price();
            if (!extras.isEmpty() && random.nextInt(5) == 0) {
              Extra extra = extras.get(random.nextInt(extras.size()));
              unit = unit.add(extra.price());
              modifier.setLong(1, lineId);
              modifier.setString(2, extra.code());
              modifier.setString(3, extra.name());
              modifier.setBigDecimal(4, extra.price());
              modifier.addBatch();
            }
            BigDecimal lineTotal = unit.multiply(BigDecimal.valueOf(quantity));
            subtotal = subtotal.add(lineTotal);
            line.setLong(1, lineId);
            line.setLong(2, orderId);
            line.setInt(3, n);
            line.setString(4, item.name());
            line.setInt(5, quantity);
            line.setLong(6, item.id());
            line.setString(7, item.kitchenName());
            line.setBigDecimal(8, unit);
            line.setBigDecimal(9, lineTotal);
            line.addBatch();
            linesByStation
                .computeIfAbsent(item.station(), s -> new ArrayList<>())
                .add(new long[] {lineId});
          }

          Timestamp placedAt = Timestamp.from(placed.toInstant());
          ZonedDateTime ready = placed;
          for (Map.Entry<String, List<long[]>> station : linesByStation.entrySet()) {
            ticketId++;
            long ticket_ = ticketId;
            ZonedDateTime bumped =
                placed.plusSeconds(180 + random.nextInt(720) + random.nextInt(240));
            ready = bumped.isAfter(ready) ? bumped : ready;
            ticket.setLong(1, ticket_);
            ticket.setLong(2, orderId);
            ticket.setString(3, station.getKey());
            ticket.setString(4, cancelled ? "CANCELLED" : "BUMPED");
            ticket.setTimestamp(5, placedAt);
            ticket.setTimestamp(6, cancelled ? null : Timestamp.from(bumped.toInstant()));
            ticket.addBatch();
            for (long[] l : station.getValue()) {
              ticketId++;
              ticketLine.setLong(1, ticketId);
              ticketLine.setLong(2, ticket_);
              ticketLine.setLong(3, l[0]);
              ticketLine.setTimestamp(4, cancelled ? null : Timestamp.from(bumped.toInstant()));
              ticketLine.addBatch();
            }
          }

          BigDecimal tax = subtotal.multiply(TAX_RATE).setScale(2, RoundingMode.HALF_UP);
          order.setLong(1, orderId);
          order.setDate(2, Date.valueOf(day.getKey()));
          order.setInt(3, number);
          order.setString(4, source);
          order.setString(5, cancelled ? "CANCELLED" : "COMPLETED");
          order.setString(6, "Guest " + (1 + random.nextInt(5000)));
          order.setTimestamp(7, placedAt);
          order.setString(8, fulfillment);
          order.setTimestamp(9, placedAt);
          order.setBigDecimal(10, subtotal);
          order.setBigDecimal(11, TAX_RATE);
          order.setBigDecimal(12, tax);
          order.setBigDecimal(13, subtotal.add(tax));
          order.setTimestamp(14, placedAt);
          order.setTimestamp(15, cancelled ? null : Timestamp.from(ready.toInstant()));
          order.setTimestamp(
              16, cancelled ? null : Timestamp.from(ready.plusMinutes(3).toInstant()));
          order.setTimestamp(
              17, cancelled ? Timestamp.from(placed.plusMinutes(4).toInstant()) : null);
          order.setString(18, cancelled ? REASONS[random.nextInt(REASONS.length)] : null);
          order.addBatch();

          if (++done % 5_000 == 0) {
            flush(order, line, modifier, ticket, ticketLine);
            System.out.printf(
                "  %,d / %,d (%.0f s)%n", done, orders, (System.nanoTime() - started) / 1e9);
          }
        }
      }
      flush(order, line, modifier, ticket, ticketLine);
    }
    try (var analyze = db.createStatement()) {
      db.setAutoCommit(true);
      analyze.execute("ANALYZE");
    }
    System.out.printf(
        "%,d orders seeded in %.0f s; %,d orders stored in all%n",
        orders, (System.nanoTime() - started) / 1e9, single("SELECT count(*) FROM kitchen_order"));
  }

  private void flush(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement s : statements) {
      s.executeBatch();
    }
    db.commit();
  }

  /** Orders per day: Fridays and Saturdays half as busy again as other days. */
  private Map<LocalDate, Integer> spread(int orders, LocalDate first, LocalDate last) {
    Map<LocalDate, Double> weight = new LinkedHashMap<>();
    double total = 0;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      double w =
          (d.getDayOfWeek() == DayOfWeek.FRIDAY || d.getDayOfWeek() == DayOfWeek.SATURDAY)
              ? 1.5
              : 1;
      w *= 0.85 + random.nextDouble() * 0.3;
      weight.put(d, w);
      total += w;
    }
    Map<LocalDate, Integer> perDay = new LinkedHashMap<>();
    int given = 0;
    LocalDate lastDay = null;
    for (Map.Entry<LocalDate, Double> e : weight.entrySet()) {
      int n = (int) Math.floor(orders * e.getValue() / total);
      perDay.put(e.getKey(), n);
      given += n;
      lastDay = e.getKey();
    }
    perDay.merge(lastDay, orders - given, Integer::sum);
    return perDay;
  }

  private String pick(String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private List<Item> menu() throws SQLException {
    List<Item> items = new ArrayList<>();
    try (var statement = db.createStatement();
        ResultSet found =
            statement.executeQuery(
                "SELECT DISTINCT ON (i.id) i.id, i.name, i.kitchen_name, i.price,"
                    + " coalesce(byItem.station_code, byCategory.station_code,"
                    + "  (SELECT code FROM station WHERE is_default),"
                    + "  (SELECT code FROM station ORDER BY sort_order, code LIMIT 1))"
                    + " FROM menu_item i"
                    + " LEFT JOIN routing_rule byItem ON byItem.item_id = i.id"
                    + " LEFT JOIN routing_rule byCategory ON byCategory.category_id = i.category_id"
                    + " ORDER BY i.id")) {
      while (found.next()) {
        if (found.getString(5) != null) {
          items.add(
              new Item(
                  found.getLong(1),
                  found.getString(2),
                  found.getString(3),
                  found.getBigDecimal(4),
                  found.getString(5)));
        }
      }
    }
    if (items.isEmpty()) {
      throw new IllegalStateException(
          "no menu items with a station: start the demo once (server-config/bin/run.sh)");
    }
    return items;
  }

  private List<Extra> extras() throws SQLException {
    List<Extra> extras = new ArrayList<>();
    try (var statement = db.createStatement();
        ResultSet found =
            statement.executeQuery("SELECT code, name, price FROM extra ORDER BY id")) {
      while (found.next()) {
        extras.add(new Extra(found.getString(1), found.getString(2), found.getBigDecimal(3)));
      }
    }
    return extras;
  }

  private LocalDate oldestDay() throws SQLException {
    try (var statement = db.createStatement();
        ResultSet found =
            statement.executeQuery(
                "SELECT coalesce(min(business_day), current_date) FROM kitchen_order")) {
      found.next();
      return found.getDate(1).toLocalDate();
    }
  }

  private long reserve(String sequence, long count) throws SQLException {
    long from = Sequences.reserve(db, sequence, count);
    db.commit();
    return from;
  }

  private long single(String sql) throws SQLException {
    return Sequences.single(db, sql);
  }
}
