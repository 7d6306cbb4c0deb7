package com.angelskitchen.reporting.boundary;

import com.angelskitchen.ordering.control.BusinessDay;
import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.reporting.boundary.Sales.Bucket;
import com.angelskitchen.reporting.boundary.Sales.Cancellation;
import com.angelskitchen.reporting.boundary.Sales.ItemSales;
import com.angelskitchen.reporting.boundary.Speed.OrderTime;
import com.angelskitchen.reporting.boundary.Speed.SlowItem;
import com.angelskitchen.reporting.boundary.Speed.StationSpeed;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The manager's dashboard figures, straight from the orders and tickets: nothing is kept twice.
 * Periods are business days (an order belongs to the day it was taken, even after midnight); hours
 * are the restaurant's clock hours. Discounts count with their order (its business day, not
 * cancelled), like revenue; tips and refunds count on the business day they were taken or given
 * back, whatever day the order was placed (a refund is the day's money going out). Ticket times run
 * from a ticket's firing to its bump; the late share uses each station's current "late after"
 * threshold.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ManagerReports {

  static final int TOP = 10;

  private static final String IN_PERIOD = " o.business_day BETWEEN ?1 AND ?2 ";
  private static final String SOLD = IN_PERIOD + "AND o.status <> 'CANCELLED' ";

  /**
   * Bumped tickets fired within the period's business days (?4 = the first day's start, ?5 = the
   * day after the last one's start): ticket times need no join with the orders.
   */
  private static final String FIRED_IN_PERIOD =
      " t.status = 'BUMPED' AND t.fired_at >= ?4 AND t.fired_at < ?5 ";

  @PersistenceContext EntityManager em;

  @Resource SessionContext context;

  private ManagerReports self;

  @PostConstruct
  void init() {
    self = context.getBusinessObject(ManagerReports.class);
  }

  @Inject Clock clock;

  @Inject KitchenSettings settings;

  /** The business day it is now. */
  public LocalDate today() {
    return BusinessDay.of(OffsetDateTime.now(clock), settings.businessDayStartsAt());
  }

  /**
   * Sales and speed of service of a period, worked out side by side: the sales in the background
   * (one database connection and core), the speed meanwhile (another), for a page that waits on
   * both.
   */
  public Figures figures(Period period) {
    Future<Sales> sales = self.salesInTheBackground(period);
    Speed speed = speed(period);
    try {
      return new Figures(sales.get(), speed);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(failed.getCause());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while working out the sales", interrupted);
    }
  }

  /** A period's sales and speed of service. */
  public record Figures(Sales sales, Speed speed) {}

  @Asynchronous
  public Future<Sales> salesInTheBackground(Period period) {
    return new AsyncResult<>(sales(period));
  }

  public Sales sales(Period period) {
    // One pass over the period's orders for the totals and all four splits (grouping sets).
    List<Object[]> groups =
        nativeRows(
            query(
                "SELECT grouping(x.h), grouping(x.d), grouping(x.src), grouping(x.ful),"
                    + " coalesce(x.h, x.d, x.src, x.ful),"
                    + " count(*) FILTER (WHERE x.status <> 'CANCELLED'),"
                    + " coalesce(sum(x.total) FILTER (WHERE x.status <> 'CANCELLED'), 0),"
                    + " count(*) FILTER (WHERE x.status = 'CANCELLED'),"
                    + " coalesce(sum(x.discount) FILTER (WHERE x.status <> 'CANCELLED'), 0)"
                    + " FROM (SELECT lpad(extract(hour FROM o.placed_at AT TIME ZONE ?3)::int::text,"
                    + " 2, '0') || ':00' AS h, o.business_day::text AS d, o.source AS src,"
                    + " o.fulfillment AS ful, o.status, o.total, o.discount FROM kitchen_order o"
                    + " WHERE"
                    + IN_PERIOD
                    + ") x GROUP BY GROUPING SETS ((x.h), (x.d), (x.src), (x.ful), ())"
                    + " ORDER BY 5",
                period));
    List<List<Bucket>> splits =
        List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Object[] totals = {0L, BigDecimal.ZERO, 0L, BigDecimal.ZERO};
    for (Object[] g : groups) {
      int split = -1;
      for (int i = 0; i < 4; i++) {
        if (number(g[i]).intValue() == 0) {
          split = i;
        }
      }
      if (split < 0) {
        totals = new Object[] {g[5], g[6], g[7], g[8]};
      } else if (number(g[5]).longValue() > 0) {
        splits.get(split).add(new Bucket((String) g[4], number(g[5]).longValue(), money(g[6])));
      }
    }
    long orders = number(totals[0]).longValue();
    BigDecimal revenue = money(totals[1]);
    Object[] tipsAndRefunds =
        (Object[])
            query(
                    "SELECT (SELECT coalesce(sum(p.tip), 0) FROM order_payment p"
                        + " WHERE p.taken_at >= ?4 AND p.taken_at < ?5),"
                        + " (SELECT coalesce(sum(r.amount), 0) FROM order_refund r"
                        + " WHERE r.refunded_at >= ?4 AND r.refunded_at < ?5),"
                        // a voided order already left the revenue: its money back is not
                        // taken off it a second time
                        + " (SELECT coalesce(sum(r.amount), 0) FROM order_refund r"
                        + " JOIN kitchen_order o ON o.id = r.order_id"
                        + " WHERE r.refunded_at >= ?4 AND r.refunded_at < ?5"
                        + " AND o.status <> 'CANCELLED')",
                    period)
                .getSingleResult();
    BigDecimal refunds = money(tipsAndRefunds[1]);
    return new Sales(
        period,
        orders,
        revenue,
        orders == 0
            ? BigDecimal.ZERO.setScale(2)
            : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP),
        number(totals[2]).longValue(),
        List.copyOf(splits.get(0)),
        List.copyOf(splits.get(1)),
        List.copyOf(splits.get(2)),
        List.copyOf(splits.get(3)),
        rows(
            "SELECT l.item, sum(l.quantity), sum(l.line_total) FROM order_line l"
                + " JOIN kitchen_order o ON o.id = l.order_id WHERE l.voided_at IS NULL AND"
                + SOLD
                + "GROUP BY l.item ORDER BY 2 DESC, 3 DESC, 1 LIMIT "
                + TOP,
            period,
            r -> new ItemSales((String) r[0], number(r[1]).longValue(), money(r[2]))),
        rows(
            "SELECT m.name, sum(l.quantity), sum(m.price * l.quantity) FROM order_line_modifier m"
                + " JOIN order_line l ON l.id = m.line_id JOIN kitchen_order o ON o.id = l.order_id"
                + " WHERE m.kind = 'ADD' AND l.voided_at IS NULL AND"
                + SOLD
                + "GROUP BY m.name ORDER BY 2 DESC, 3 DESC, 1 LIMIT "
                + TOP,
            period,
            r -> new ItemSales((String) r[0], number(r[1]).longValue(), money(r[2]))),
        rows(
            "SELECT o.source, coalesce(o.cancel_reason, ''), count(*) FROM kitchen_order o WHERE"
                + IN_PERIOD
                + "AND o.status = 'CANCELLED' GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2",
            period,
            r ->
                new Cancellation(
                    (String) r[0],
                    OrderSource.POS.code().equals(r[0]) ? "void" : "partner cancellation",
                    (String) r[1],
                    number(r[2]).longValue())),
        money(totals[3]),
        money(tipsAndRefunds[0]),
        refunds,
        revenue.subtract(money(tipsAndRefunds[2])));
  }

  public Speed speed(Period period) {
    String ticketSeconds = "extract(epoch FROM t.bumped_at - t.fired_at)";
    List<StationSpeed> stations =
        rows(
            "SELECT t.station_code, s.name, count(*),"
                + " percentile_cont(0.5) WITHIN GROUP (ORDER BY "
                + ticketSeconds
                + ") / 60,"
                + " percentile_cont(0.9) WITHIN GROUP (ORDER BY "
                + ticketSeconds
                + ") / 60,"
                + " s.late_after_minutes,"
                + " avg(CASE WHEN t.bumped_at - t.fired_at > s.late_after_minutes * interval '1"
                + " minute' THEN 1.0 ELSE 0.0 END)"
                + " FROM kitchen_ticket t JOIN station s ON s.code = t.station_code WHERE"
                + FIRED_IN_PERIOD
                + "AND t.bumped_at IS NOT NULL"
                + " GROUP BY t.station_code, s.name, s.late_after_minutes, s.sort_order"
                + " ORDER BY s.sort_order, t.station_code",
            period,
            r ->
                new StationSpeed(
                    (String) r[0],
                    (String) r[1],
                    number(r[2]).longValue(),
                    minutes(r[3]),
                    minutes(r[4]),
                    number(r[5]).intValue(),
                    share(r[6])));
    List<SlowItem> slowest =
        rows(
            "SELECT t.station_code, l.item, count(*),"
                + " avg(extract(epoch FROM coalesce(tl.bumped_at, t.bumped_at) - t.fired_at)) / 60"
                + " FROM ticket_line tl JOIN kitchen_ticket t ON t.id = tl.ticket_id"
                + " JOIN order_line l ON l.id = tl.order_line_id WHERE"
                + FIRED_IN_PERIOD
                + "AND coalesce(tl.bumped_at, t.bumped_at) IS NOT NULL"
                + " GROUP BY 1, 2 ORDER BY 4 DESC, 2 LIMIT "
                + TOP,
            period,
            r ->
                new SlowItem(
                    (String) r[0], (String) r[1], number(r[2]).longValue(), minutes(r[3])));
    String orderSeconds = "extract(epoch FROM o.ready_at - o.placed_at)";
    Object[] order =
        (Object[])
            query(
                    "SELECT count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY "
                        + orderSeconds
                        + ") / 60, percentile_cont(0.9) WITHIN GROUP (ORDER BY "
                        + orderSeconds
                        + ") / 60 FROM kitchen_order o WHERE"
                        + IN_PERIOD
                        + "AND o.ready_at IS NOT NULL AND o.status <> 'CANCELLED'",
                    period)
                .getSingleResult();
    return new Speed(
        period,
        stations,
        slowest,
        new OrderTime(number(order[0]).longValue(), minutes(order[1]), minutes(order[2])));
  }

  /** Open tickets per station with the age of the oldest, and today's orders per quarter hour. */
  public KitchenLoad load() {
    List<KitchenLoad.StationLoad> stations =
        nativeRows(
                "SELECT s.code, s.name, count(t.id),"
                    + " extract(epoch FROM now() - min(t.fired_at)) / 60"
                    + " FROM station s LEFT JOIN kitchen_ticket t"
                    + " ON t.station_code = s.code AND t.status = 'OPEN'"
                    + " GROUP BY s.code, s.name, s.sort_order ORDER BY s.sort_order, s.code")
            .stream()
            .map(
                r ->
                    new KitchenLoad.StationLoad(
                        (String) r[0],
                        (String) r[1],
                        number(r[2]).longValue(),
                        r[3] == null ? null : minutes(r[3])))
            .toList();
    List<KitchenLoad.QuarterHour> quarters =
        nativeRows(
                em.createNativeQuery(
                        "SELECT (date_trunc('hour', o.placed_at AT TIME ZONE ?2)"
                            + " + floor(extract(minute FROM o.placed_at AT TIME ZONE ?2) / 15)"
                            + " * interval '15 minutes')::time, count(*)"
                            + " FROM kitchen_order o WHERE o.business_day = ?1 GROUP BY 1 ORDER BY 1")
                    .setParameter(1, Date.valueOf(today()))
                    .setParameter(2, postgresZone()))
            .stream()
            .map(
                r ->
                    new KitchenLoad.QuarterHour(
                        ((java.sql.Time) r[0]).toLocalTime(), number(r[1]).longValue()))
            .toList();
    return new KitchenLoad(stations, quarters);
  }

  /**
   * The restaurant's zone as PostgreSQL's AT TIME ZONE reads it. A region name is taken as is; a
   * bare offset is written with the opposite sign, because PostgreSQL reads "-03:00" the POSIX way
   * (three hours east of Greenwich).
   */
  String postgresZone() {
    ZoneId zone = clock.getZone().normalized();
    if (zone instanceof ZoneOffset offset) {
      return ZoneOffset.ofTotalSeconds(-offset.getTotalSeconds()).getId().replace("Z", "+00:00");
    }
    return zone.getId();
  }

  private <T> List<T> rows(String sql, Period period, Function<Object[], T> row) {
    return nativeRows(query(sql, period)).stream().map(row).toList();
  }

  private List<Object[]> nativeRows(String sql) {
    return nativeRows(em.createNativeQuery(sql));
  }

  private static List<Object[]> nativeRows(Query query) {
    @SuppressWarnings("unchecked")
    List<Object> found = query.getResultList();
    return found.stream().map(Object[].class::cast).toList();
  }

  private Query query(String sql, Period period) {
    Query query =
        em.createNativeQuery(sql)
            .setParameter(1, Date.valueOf(period.first()))
            .setParameter(2, Date.valueOf(period.last()));
    if (sql.contains("?3")) {
      query.setParameter(3, postgresZone());
    }
    if (sql.contains("?4")) {
      LocalTime dayStarts = settings.businessDayStartsAt();
      query.setParameter(
          4, Timestamp.from(period.first().atTime(dayStarts).atZone(clock.getZone()).toInstant()));
      query.setParameter(
          5,
          Timestamp.from(
              period.last().plusDays(1).atTime(dayStarts).atZone(clock.getZone()).toInstant()));
    }
    return query;
  }

  private static Number number(Object value) {
    return value == null ? 0 : (Number) value;
  }

  private static BigDecimal money(Object value) {
    BigDecimal amount =
        value == null
            ? BigDecimal.ZERO
            : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static double minutes(Object value) {
    return value == null
        ? 0
        : BigDecimal.valueOf(((Number) value).doubleValue())
            .setScale(2, RoundingMode.HALF_UP)
            .doubleValue();
  }

  private static double share(Object value) {
    return value == null
        ? 0
        : BigDecimal.valueOf(((Number) value).doubleValue())
            .setScale(4, RoundingMode.HALF_UP)
            .doubleValue();
  }
}
