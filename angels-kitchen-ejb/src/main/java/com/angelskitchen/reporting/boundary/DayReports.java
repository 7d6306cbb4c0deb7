package com.angelskitchen.reporting.boundary;

import com.angelskitchen.checkout.boundary.ClosedDays;
import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.checkout.entity.MoneyAudit;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.control.BusinessDay;
import com.angelskitchen.ordering.control.SalesClock;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.reporting.boundary.DayReport.ByReason;
import com.angelskitchen.reporting.boundary.DayReport.Figure;
import com.angelskitchen.reporting.boundary.DayReport.Refunded;
import com.angelskitchen.reporting.boundary.DayReport.SalesLine;
import com.angelskitchen.reporting.boundary.DayReport.Taken;
import com.angelskitchen.reporting.boundary.DayReport.Tender;
import com.angelskitchen.reporting.entity.DayAlreadyClosedException;
import com.angelskitchen.reporting.entity.DayClose;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * End of day: the X report (any time) and the Z report, which closes the business day once.
 *
 * <p>A report covers a window of time, from the last close (exclusive; from the beginning when no
 * day was closed yet) up to now or to the close (inclusive), and each row counts by its own time
 * (see {@link DayReport}): nothing is reassigned to a day after the fact, so whatever happens after
 * a close — a refund on an order of the closed day, a void — is in the next report, naming the
 * original order. Seven set-based queries make a report; every sum is the database's, exact.
 *
 * <p>A Z close is one transaction: it takes the sales clock's lock ({@link SalesClock}: orders
 * being placed time themselves under it) and locks {@code kitchen_order} and {@code drawer_session}
 * in EXCLUSIVE mode, which waits for every payment, refund, discount, void and drawer change in
 * flight (each locks its order's or its drawer's row before it takes its time) and holds new ones
 * back until the close is committed; only then does it take the close's moment, so that the frozen
 * report has every row timed up to the close and none is timed before it but written after. Two
 * managers closing at once take turns there; the second is told the day was closed (409), and the
 * insert that does nothing on a closed day makes sure of it. The report is frozen as JSON in {@code
 * day_close}, with a money audit entry, in the same transaction. Reporting depends on checkout (the
 * audit, the closed-day lookup), never the other way round.
 */
@Stateless
public class DayReports {

  /** How many closes the list shows at most. */
  public static final int CLOSES_SHOWN = 62;

  private static final Instant BEGINNING = Instant.EPOCH;

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject KitchenSettings settings;

  @EJB ClosedDays closedDays;

  @Inject SalesClock salesClock;

  /** The X report: from the last close up to now. Closes nothing. */
  public DayReport now() {
    return report(DayReport.X, lastClosedAt().orElse(null), thisMicrosecond());
  }

  /**
   * The Z report: closes the business day of the window's last order (see {@link #dayOf}), once,
   * and answers the report as frozen.
   *
   * @throws DayAlreadyClosedException when the day was closed already (by anyone)
   */
  public DayReport close(String manager) {
    salesClock.stopOrdersForTheClose();
    em.createNativeQuery("LOCK TABLE kitchen_order, drawer_session IN EXCLUSIVE MODE")
        .executeUpdate();
    // The end is read under both locks: whatever committed before is timed before it, whatever
    // waits on them will be timed after it.
    OffsetDateTime to = thisMicrosecond();
    OffsetDateTime from = lastClosedAt().orElse(null);
    LocalDate day = dayOf(from, to);
    closedDays.of(day).ifPresent(this::refuse);
    DayReport report = report(DayReport.Z, from, to).closedBy(manager);
    int inserted =
        em.createNativeQuery(
                "INSERT INTO day_close (business_day, opened_from, closed_at, closed_by, report)"
                    + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (business_day) DO NOTHING")
            .setParameter(1, Date.valueOf(day))
            .setParameter(2, Timestamp.from(from == null ? BEGINNING : from.toInstant()))
            .setParameter(3, Timestamp.from(to.toInstant()))
            .setParameter(4, manager)
            .setParameter(5, Frozen.JSONB.toJson(report))
            .executeUpdate();
    if (inserted == 0) {
      closedDays.of(day).ifPresent(this::refuse);
      throw new IllegalStateException("business day " + day + " was neither closed nor open");
    }
    em.persist(
        new MoneyAudit(
            to,
            MoneyAction.DAY_CLOSE,
            null,
            new Money(report.sales().total().total()),
            manager,
            null,
            "business day "
                + day
                + " closed (Z): "
                + report.sales().total().orders()
                + " orders, sales "
                + report.sales().total().total().toPlainString()
                + ", net collected "
                + report.netCollected().toPlainString()));
    return report;
  }

  /** The closes, newest first (at most {@value #CLOSES_SHOWN}). */
  public List<DayClose> closes() {
    return em.createNamedQuery(DayClose.LATEST, DayClose.class)
        .setMaxResults(CLOSES_SHOWN)
        .getResultList();
  }

  /** A closed day's report as it was frozen, JSON. */
  public String frozenJson(LocalDate businessDay) {
    DayClose close = em.find(DayClose.class, businessDay);
    if (close == null) {
      throw new NotFoundException(
          "reports.day-not-closed",
          "business day " + businessDay + " was not closed",
          businessDay.toString());
    }
    return close.report();
  }

  /** A closed day's report as it was frozen. */
  public DayReport frozen(LocalDate businessDay) {
    return Frozen.JSONB.fromJson(frozenJson(businessDay), DayReport.class);
  }

  /** Made when first used: a unit test of the reports' records needs no JSON-B provider. */
  private static final class Frozen {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  private void refuse(ClosedDays.Closed closed) {
    throw new DayAlreadyClosedException(
        closed.businessDay().toString(),
        closed
            .closedAt()
            .atZoneSameInstant(clock.getZone())
            .format(DateTimeFormatter.ofPattern("HH:mm")),
        closed.closedBy());
  }

  /**
   * Now, to the microsecond the database keeps: a close's moment, kept in its row, is the next
   * report's start, and the frozen report must say the same moment.
   */
  private OffsetDateTime thisMicrosecond() {
    return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  private Optional<OffsetDateTime> lastClosedAt() {
    Object last = em.createNativeQuery("SELECT max(closed_at) FROM day_close").getSingleResult();
    return Optional.ofNullable(last).map(this::moment);
  }

  private DayReport report(String kind, OffsetDateTime from, OffsetDateTime to) {
    Window window = new Window(from, to);

    // Sales: the total and three splits in one pass over the window's orders (grouping sets).
    SalesLine total = SalesLine.none("TOTAL");
    List<SalesLine> bySource = new ArrayList<>();
    List<SalesLine> byFulfillment = new ArrayList<>();
    List<DayReport.Tax> taxes = new ArrayList<>();
    for (Object[] r :
        window.rows(
            "SELECT grouping(o.source), grouping(o.fulfillment), grouping(o.tax_rate,"
                + " o.tax_included), o.source, o.fulfillment, o.tax_rate, o.tax_included,"
                + " count(*), coalesce(sum(o.subtotal), 0), coalesce(sum(o.discount), 0),"
                + " coalesce(sum(o.tax), 0), coalesce(sum(o.total), 0)"
                + " FROM kitchen_order o WHERE o.placed_at > ?1 AND o.placed_at <= ?2"
                + " AND o.status <> 'CANCELLED'"
                + " GROUP BY GROUPING SETS ((o.source), (o.fulfillment),"
                + " (o.tax_rate, o.tax_included), ()) ORDER BY 1, 2, 3, 4, 5, 6, 7")) {
      long orders = count(r[7]);
      if (orders == 0) {
        continue;
      }
      if (count(r[0]) == 0) {
        bySource.add(salesLine((String) r[3], r));
      } else if (count(r[1]) == 0) {
        byFulfillment.add(salesLine((String) r[4], r));
      } else if (count(r[2]) == 0) {
        BigDecimal tax = money(r[10]);
        taxes.add(
            new DayReport.Tax(
                (BigDecimal) r[5],
                Boolean.TRUE.equals(r[6]),
                orders,
                money(r[11]).subtract(tax),
                tax));
      } else {
        total = salesLine("TOTAL", r);
      }
    }

    List<DayReport.Voided> voids =
        window.rows(
            "SELECT o.id, o.business_day, o.order_number, o.source, o.total,"
                + " coalesce(o.cancel_reason, ''), o.cancelled_at FROM kitchen_order o"
                + " WHERE o.status = 'CANCELLED' AND o.cancelled_at > ?1 AND o.cancelled_at <= ?2"
                + " ORDER BY o.cancelled_at, o.id",
            r ->
                new DayReport.Voided(
                    count(r[0]),
                    day(r[1]),
                    (int) count(r[2]),
                    (String) r[3],
                    money(r[4]),
                    (String) r[5],
                    moment(r[6])));

    List<Tender> tenders = new ArrayList<>();
    List<Taken> takenBy = new ArrayList<>();
    for (Object[] r :
        window.rows(
            "SELECT grouping(p.method), p.method, p.taken_by, count(*), sum(p.amount), sum(p.tip)"
                + " FROM order_payment p WHERE p.taken_at > ?1 AND p.taken_at <= ?2"
                + " GROUP BY GROUPING SETS ((p.method), (p.taken_by)) ORDER BY 1, 2, 3")) {
      if (count(r[0]) == 0) {
        tenders.add(new Tender((String) r[1], count(r[3]), money(r[4]), money(r[5])));
      } else {
        takenBy.add(new Taken((String) r[2], count(r[3]), money(r[4]), money(r[5])));
      }
    }

    List<Refunded> refunds =
        window.rows(
            "SELECT r.order_id, o.business_day, o.order_number, r.amount, r.method, r.reason,"
                + " r.refunded_by, r.approved_by, r.refunded_at FROM order_refund r"
                + " JOIN kitchen_order o ON o.id = r.order_id"
                + " WHERE r.refunded_at > ?1 AND r.refunded_at <= ?2 ORDER BY r.refunded_at, r.id",
            r ->
                new Refunded(
                    count(r[0]),
                    day(r[1]),
                    (int) count(r[2]),
                    money(r[3]),
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7],
                    moment(r[8])));

    List<ByReason> byReason = new ArrayList<>();
    List<Figure> discountedBy = new ArrayList<>();
    for (Object[] r :
        window.rows(
            "SELECT grouping(d.reason_code), d.reason_code, min(dr.name), d.given_by, count(*),"
                + " sum(d.amount) FROM order_discount d"
                + " JOIN discount_reason dr ON dr.code = d.reason_code"
                + " WHERE d.given_at > ?1 AND d.given_at <= ?2"
                + " GROUP BY GROUPING SETS ((d.reason_code), (d.given_by)) ORDER BY 1, 2, 4")) {
      if (count(r[0]) == 0) {
        byReason.add(new ByReason((String) r[1], (String) r[2], count(r[4]), money(r[5])));
      } else {
        discountedBy.add(new Figure((String) r[3], count(r[4]), money(r[5])));
      }
    }

    List<DayReport.Drawer> drawers =
        window.rows(
            "SELECT s.drawer, s.opened_by, s.opened_at, s.closed_at, s.opening_float, s.expected,"
                + " s.counted FROM drawer_session s"
                + " WHERE s.closed_at > ?1 AND s.closed_at <= ?2 ORDER BY s.closed_at, s.id",
            r ->
                DayReport.Drawer.of(
                    (String) r[0],
                    (String) r[1],
                    moment(r[2]),
                    moment(r[3]),
                    money(r[4]),
                    money(r[5]),
                    money(r[6])));
    Object[] moved =
        window
            .rows(
                "SELECT coalesce(sum(m.amount) FILTER (WHERE m.kind = 'PAID_IN'), 0),"
                    + " coalesce(sum(m.amount) FILTER (WHERE m.kind = 'PAID_OUT'), 0)"
                    + " FROM drawer_movement m WHERE m.moved_at > ?1 AND m.moved_at <= ?2")
            .get(0);

    DayReport.Tenders paid = DayReport.Tenders.of(tenders);
    DayReport.RefundsGiven refunded = DayReport.RefundsGiven.of(refunds);
    Tender cash = paid.of("CASH");
    return new DayReport(
        kind,
        dayOf(from, to),
        from,
        to,
        null,
        new DayReport.Sales(total, List.copyOf(bySource), List.copyOf(byFulfillment)),
        List.copyOf(taxes),
        DayReport.Voids.of(voids),
        paid,
        refunded,
        DayReport.DiscountsGiven.of(byReason),
        DayReport.Cash.of(
            drawers,
            money(moved[0]),
            money(moved[1]),
            cash.amount().add(cash.tip()),
            refunded.of("CASH")),
        DayReport.Cashier.of(takenBy, refunds, discountedBy),
        DayReport.netCollected(paid.total().amount(), paid.total().tip(), refunded.amount()));
  }

  private static SalesLine salesLine(String key, Object[] r) {
    return new SalesLine(key, count(r[7]), money(r[8]), money(r[9]), money(r[10]), money(r[11]));
  }

  /** A report's window: its queries take its start as ?1 (exclusive) and its end as ?2. */
  private final class Window {
    private final Timestamp from;
    private final Timestamp to;

    Window(OffsetDateTime from, OffsetDateTime to) {
      this.from = Timestamp.from(from == null ? BEGINNING : from.toInstant());
      this.to = Timestamp.from(to.toInstant());
    }

    List<Object[]> rows(String sql) {
      @SuppressWarnings("unchecked")
      List<Object> found =
          em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
      return found.stream()
          .map(row -> row instanceof Object[] columns ? columns : new Object[] {row})
          .toList();
    }

    <T> List<T> rows(String sql, Function<Object[], T> row) {
      return rows(sql).stream().map(row).toList();
    }
  }

  /**
   * The business day a report is of: that of the window's last order, unless that day was closed
   * already (orders taken after its close), else the day it is now. So a manager who closes in the
   * morning what was sold last night closes last night's business day, and tonight's close is still
   * tonight's.
   */
  private LocalDate dayOf(OffsetDateTime from, OffsetDateTime to) {
    return new Window(from, to)
            .rows(
                "SELECT o.business_day FROM kitchen_order o WHERE o.placed_at > ?1"
                    + " AND o.placed_at <= ?2 ORDER BY o.placed_at DESC, o.id DESC LIMIT 1")
            .stream()
            .map(r -> day(r[0]))
            .filter(last -> closedDays.of(last).isEmpty())
            .findFirst()
            .orElseGet(() -> BusinessDay.of(to, settings.businessDayStartsAt()));
  }

  private OffsetDateTime moment(Object value) {
    return ((Timestamp) value).toInstant().atZone(clock.getZone()).toOffsetDateTime();
  }

  private static LocalDate day(Object value) {
    return value instanceof Date date ? date.toLocalDate() : LocalDate.parse(value.toString());
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal money(Object value) {
    BigDecimal amount =
        value == null
            ? BigDecimal.ZERO
            : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
