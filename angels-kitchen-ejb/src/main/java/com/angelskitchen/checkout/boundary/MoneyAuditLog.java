package com.angelskitchen.checkout.boundary;

import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.ordering.control.BusinessDay;
import com.angelskitchen.ordering.entity.OrderNumber;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.config.KitchenSettings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the money audit log for a manager: the entries of a span of time, newest first, narrowed to
 * some actions, one member of staff or one order, at most {@link #MOST} at a time.
 *
 * <p>The entries are read with SQL, not as {@code MoneyAudit} entities: an action this version does
 * not know yet (a newer server of the cluster wrote it) is shown by its code instead of failing the
 * whole page. The order's number (which restarts every business day) comes from the order itself.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MoneyAuditLog {

  /** The most entries one call gives. */
  public static final int MOST = 500;

  /** The entries one call gives unless told otherwise. */
  public static final int USUAL = 100;

  /** The longest span one call reads: a year and a day, like a year-end look back. */
  public static final Duration LONGEST = Duration.ofDays(367);

  @PersistenceContext EntityManager em;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  /**
   * What to read: entries at or after {@code from} and before {@code to}; only these actions (all
   * when empty); only those done by {@code actor} (a username, exactly) or about {@code orderId}
   * when given; at most {@code limit}.
   */
  public record Filter(
      OffsetDateTime from,
      OffsetDateTime to,
      Set<MoneyAction> actions,
      String actor,
      Long orderId,
      int limit) {

    public Filter {
      if (from == null || to == null) {
        throw new InvalidRequestException(
            "checkout.audit-span-incomplete", "say from when and until when to read the log");
      }
      if (!to.isAfter(from)) {
        throw new InvalidRequestException(
            "checkout.audit-span-reversed", "the log is read until a moment after it starts");
      }
      if (Duration.between(from, to).compareTo(LONGEST) > 0) {
        throw new InvalidRequestException(
            "checkout.audit-span-too-long",
            "the log is read at most " + LONGEST.toDays() + " days at a time",
            LONGEST.toDays());
      }
      if (limit < 1 || limit > MOST) {
        throw new InvalidRequestException(
            "checkout.audit-limit", "read 1 to " + MOST + " entries at a time", MOST);
      }
      actor = actor == null || actor.isBlank() ? null : actor.strip();
      if (actor != null && actor.length() > 40) {
        throw new InvalidRequestException(
            "checkout.audit-actor", "a username has at most 40 characters");
      }
      if (orderId != null && orderId < 1) {
        throw new InvalidRequestException(
            "checkout.audit-order", "an order id is a whole number from 1", orderId);
      }
      actions =
          actions == null || actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
    }

    /** The same filter, reading at most {@code limit} entries. */
    public Filter limit(int limit) {
      return new Filter(from, to, actions, actor, orderId, limit);
    }
  }

  /**
   * One entry as a manager reads it: the order's number (e.g. 007) and business day when it names
   * an order; {@code action} is the code as stored (a {@link MoneyAction} name, or a newer one).
   */
  public record Entry(
      long id,
      OffsetDateTime at,
      String action,
      Long orderId,
      String orderNumber,
      LocalDate businessDay,
      BigDecimal amount,
      String actor,
      String approvedBy,
      String detail) {}

  /** The entries found, newest first, and whether there are more (older) than the limit let in. */
  public record Found(List<Entry> entries, boolean more) {}

  /** The business day it is now. */
  public LocalDate today() {
    return BusinessDay.of(OffsetDateTime.now(clock), settings.businessDayStartsAt());
  }

  /** When a business day starts, in the restaurant's time zone. */
  public OffsetDateTime startOf(LocalDate businessDay) {
    return startOf(businessDay, settings.businessDayStartsAt(), clock.getZone());
  }

  static OffsetDateTime startOf(LocalDate businessDay, LocalTime dayStartsAt, ZoneId zone) {
    return businessDay.atTime(dayStartsAt).atZone(zone).toOffsetDateTime();
  }

  /** The entries of a filter, newest first. */
  public Found find(Filter filter) {
    List<Object> values = new ArrayList<>();
    String sql = sql(filter, values);
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object> rows = query.getResultList();
    ZoneId zone = clock.getZone();
    List<Entry> entries =
        rows.stream()
            .limit(filter.limit())
            .map(Object[].class::cast)
            .map(r -> entry(r, zone))
            .toList();
    return new Found(entries, rows.size() > filter.limit());
  }

  /**
   * The query of a filter and its values, in the order of their positions ({@code ?1}, ...). One
   * row more than the limit is asked for: it tells that there are more.
   */
  static String sql(Filter filter, List<Object> values) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT a.id, a.at, a.action, a.order_id, o.business_day, o.order_number, a.amount,"
                + " a.actor, a.approved_by, a.detail FROM money_audit a"
                + " LEFT JOIN kitchen_order o ON o.id = a.order_id"
                + " WHERE a.at >= ?1 AND a.at < ?2");
    values.add(Timestamp.from(filter.from().toInstant()));
    values.add(Timestamp.from(filter.to().toInstant()));
    if (!filter.actions().isEmpty()) {
      List<String> names = filter.actions().stream().map(Enum::name).sorted().toList();
      sql.append(" AND a.action IN (");
      for (int i = 0; i < names.size(); i++) {
        values.add(names.get(i));
        sql.append(i == 0 ? "" : ", ").append('?').append(values.size());
      }
      sql.append(')');
    }
    if (filter.actor() != null) {
      values.add(filter.actor());
      sql.append(" AND a.actor = ?").append(values.size());
    }
    if (filter.orderId() != null) {
      values.add(filter.orderId());
      sql.append(" AND a.order_id = ?").append(values.size());
    }
    sql.append(" ORDER BY a.at DESC, a.id DESC LIMIT ").append(filter.limit() + 1);
    return sql.toString();
  }

  /**
   * Actions by name, separated by commas ({@code "DISCOUNT,REFUND"}, any case); none for null or
   * blank.
   *
   * @throws InvalidRequestException naming the first that is not a money action
   */
  public static Set<MoneyAction> actions(String names) {
    if (names == null || names.isBlank()) {
      return Set.of();
    }
    Set<MoneyAction> actions = EnumSet.noneOf(MoneyAction.class);
    for (String name : names.split(",")) {
      String code = name.strip().toUpperCase(Locale.ROOT);
      if (code.isEmpty()) {
        continue;
      }
      try {
        actions.add(MoneyAction.valueOf(code));
      } catch (IllegalArgumentException unknown) {
        throw new InvalidRequestException(
            "checkout.audit-action",
            "no money action " + name.strip() + "; there are " + known(),
            name.strip(),
            known());
      }
    }
    return actions;
  }

  private static String known() {
    return Arrays.stream(MoneyAction.values()).map(Enum::name).collect(Collectors.joining(", "));
  }

  private static Entry entry(Object[] r, ZoneId zone) {
    LocalDate day = r[4] == null ? null : ((java.sql.Date) r[4]).toLocalDate();
    String number =
        day == null || r[5] == null
            ? null
            : new OrderNumber(day, ((Number) r[5]).intValue()).display();
    return new Entry(
        ((Number) r[0]).longValue(),
        moment(r[1], zone),
        (String) r[2],
        r[3] == null ? null : ((Number) r[3]).longValue(),
        number,
        day,
        r[6] == null ? null : amount(r[6]),
        (String) r[7],
        (String) r[8],
        (String) r[9]);
  }

  private static OffsetDateTime moment(Object value, ZoneId zone) {
    if (value instanceof OffsetDateTime at) {
      return at.atZoneSameInstant(zone).toOffsetDateTime();
    }
    return ((Timestamp) value).toInstant().atZone(zone).toOffsetDateTime();
  }

  private static BigDecimal amount(Object value) {
    BigDecimal amount = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return amount.setScale(2, RoundingMode.HALF_UP);
  }
}
