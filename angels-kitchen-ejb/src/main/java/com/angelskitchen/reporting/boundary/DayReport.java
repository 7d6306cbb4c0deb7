package com.angelskitchen.reporting.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The end-of-day report of a window of time: an X report (any time, from the last Z close up to
 * now) or a Z report (the same, frozen when the business day is closed). Every row counts in the
 * window its own time falls in, {@code from} exclusive, {@code to} inclusive: an order by when it
 * was placed, a void by when it was cancelled, a payment by when it was taken, a refund by when it
 * was given (naming its order and that order's business day), a drawer by when it was closed. So a
 * refund after a close counts in the next report, never in the closed one.
 *
 * <p>Amounts are exact decimals with two places (the database sums them); figures that may be below
 * zero (a drawer's difference, what was collected net of refunds) are signed.
 *
 * @param kind {@code X} or {@code Z}
 * @param businessDay the business day it is at {@code to}: the day a Z closes
 * @param from the previous close (exclusive); null when no day was closed before
 * @param to now (X), or the moment of the close (Z)
 * @param closedBy who closed the day (Z); null for an X report
 * @param netCollected payments and tips, less refunds
 */
public record DayReport(
    String kind,
    LocalDate businessDay,
    OffsetDateTime from,
    OffsetDateTime to,
    String closedBy,
    Sales sales,
    List<Tax> taxes,
    Voids voids,
    Tenders tenders,
    RefundsGiven refunds,
    DiscountsGiven discounts,
    Cash cash,
    List<Cashier> cashiers,
    BigDecimal netCollected) {

  public static final String X = "X";
  public static final String Z = "Z";

  static final BigDecimal NOTHING = new BigDecimal("0.00");

  /** The same report, frozen as a day's close by a manager. */
  public DayReport closedBy(String manager) {
    return new DayReport(
        Z,
        businessDay,
        from,
        to,
        manager,
        sales,
        taxes,
        voids,
        tenders,
        refunds,
        discounts,
        cash,
        cashiers,
        netCollected);
  }

  /**
   * Orders placed in the window and not cancelled: all of them, by source (POS, a partner) and by
   * fulfillment (dine in, takeout, delivery).
   */
  public record Sales(SalesLine total, List<SalesLine> bySource, List<SalesLine> byFulfillment) {}

  /** Orders of one source or fulfillment (or all: key {@code TOTAL}) and their figures. */
  public record SalesLine(
      String key,
      long orders,
      BigDecimal subtotal,
      BigDecimal discount,
      BigDecimal tax,
      BigDecimal total) {

    public static SalesLine none(String key) {
      return new SalesLine(key, 0, NOTHING, NOTHING, NOTHING, NOTHING);
    }
  }

  /**
   * The tax of the sales at one rate, included in the prices or added on top: {@code net} is the
   * orders' totals less their tax.
   */
  public record Tax(
      BigDecimal rate, boolean included, long orders, BigDecimal net, BigDecimal tax) {}

  /** Orders cancelled in the window, whenever they were placed, with their reasons. */
  public record Voids(long count, BigDecimal total, List<Voided> orders) {

    public static Voids of(List<Voided> orders) {
      return new Voids(orders.size(), sum(orders, Voided::total), List.copyOf(orders));
    }
  }

  /** A cancelled order: its number on its own business day, its total and why. */
  public record Voided(
      long orderId,
      LocalDate businessDay,
      int number,
      String source,
      BigDecimal total,
      String reason,
      OffsetDateTime cancelledAt) {}

  /** Payments taken in the window by method (CASH, CARD), and all of them. */
  public record Tenders(List<Tender> byMethod, Tender total) {

    public static Tenders of(List<Tender> byMethod) {
      return new Tenders(
          List.copyOf(byMethod),
          new Tender(
              "TOTAL",
              byMethod.stream().mapToLong(Tender::count).sum(),
              sum(byMethod, Tender::amount),
              sum(byMethod, Tender::tip)));
    }

    /** The payments of one method, or none. */
    public Tender of(String method) {
      return byMethod.stream()
          .filter(t -> t.method().equals(method))
          .findFirst()
          .orElse(new Tender(method, 0, NOTHING, NOTHING));
    }
  }

  /** Payments of one method: how many, what they paid off the orders, the tips on top. */
  public record Tender(String method, long count, BigDecimal amount, BigDecimal tip) {}

  /** Refunds given in the window, by method, and each with its order. */
  public record RefundsGiven(
      long count, BigDecimal amount, List<Figure> byMethod, List<Refunded> refunds) {

    public static RefundsGiven of(List<Refunded> refunds) {
      Map<String, List<Refunded>> byMethod = new TreeMap<>();
      refunds.forEach(r -> byMethod.computeIfAbsent(r.method(), m -> new ArrayList<>()).add(r));
      return new RefundsGiven(
          refunds.size(),
          sum(refunds, Refunded::amount),
          byMethod.entrySet().stream()
              .map(
                  e ->
                      new Figure(
                          e.getKey(), e.getValue().size(), sum(e.getValue(), Refunded::amount)))
              .toList(),
          List.copyOf(refunds));
    }

    /** The refunds of one method. */
    public BigDecimal of(String method) {
      return byMethod.stream()
          .filter(f -> f.key().equals(method))
          .map(Figure::amount)
          .findFirst()
          .orElse(NOTHING);
    }
  }

  /** How many of something, and for how much. */
  public record Figure(String key, long count, BigDecimal amount) {}

  /**
   * Money given back on an order, naming the order by its number and business day (a refund made
   * today on yesterday's order counts today).
   */
  public record Refunded(
      long orderId,
      LocalDate businessDay,
      int number,
      BigDecimal amount,
      String method,
      String reason,
      String refundedBy,
      String approvedBy,
      OffsetDateTime refundedAt) {}

  /** Discounts and comps given in the window, by reason. */
  public record DiscountsGiven(long count, BigDecimal amount, List<ByReason> byReason) {

    public static DiscountsGiven of(List<ByReason> byReason) {
      return new DiscountsGiven(
          byReason.stream().mapToLong(ByReason::count).sum(),
          sum(byReason, ByReason::amount),
          List.copyOf(byReason));
    }
  }

  /** Discounts given for one reason (its code and name). */
  public record ByReason(String reason, String name, long count, BigDecimal amount) {}

  /**
   * The cash: drawers closed in the window with what was expected in each and what was counted;
   * their totals; paid-ins and paid-outs in the window; and the cash of the window's payments
   * (amount and tip: the change went straight back) and cash refunds, in a drawer or not.
   */
  public record Cash(
      List<Drawer> drawers,
      BigDecimal openingFloat,
      BigDecimal expected,
      BigDecimal counted,
      BigDecimal difference,
      BigDecimal paidIn,
      BigDecimal paidOut,
      BigDecimal cashTaken,
      BigDecimal cashRefunded) {

    public static Cash of(
        List<Drawer> drawers,
        BigDecimal paidIn,
        BigDecimal paidOut,
        BigDecimal cashTaken,
        BigDecimal cashRefunded) {
      BigDecimal expected = sum(drawers, Drawer::expected);
      BigDecimal counted = sum(drawers, Drawer::counted);
      return new Cash(
          List.copyOf(drawers),
          sum(drawers, Drawer::openingFloat),
          expected,
          counted,
          counted.subtract(expected),
          paidIn,
          paidOut,
          cashTaken,
          cashRefunded);
    }
  }

  /** A drawer session closed in the window: counted less expected is its difference. */
  public record Drawer(
      String drawer,
      String cashier,
      OffsetDateTime openedAt,
      OffsetDateTime closedAt,
      BigDecimal openingFloat,
      BigDecimal expected,
      BigDecimal counted,
      BigDecimal difference) {

    public static Drawer of(
        String drawer,
        String cashier,
        OffsetDateTime openedAt,
        OffsetDateTime closedAt,
        BigDecimal openingFloat,
        BigDecimal expected,
        BigDecimal counted) {
      return new Drawer(
          drawer,
          cashier,
          openedAt,
          closedAt,
          openingFloat,
          expected,
          counted,
          counted.subtract(expected));
    }
  }

  /**
   * What one member of staff did with money in the window: payments taken (and their tips), refunds
   * given, discounts given; collected net of their refunds.
   */
  public record Cashier(
      String username,
      long payments,
      BigDecimal amount,
      BigDecimal tips,
      long refunds,
      BigDecimal refunded,
      long discounts,
      BigDecimal discounted,
      BigDecimal netCollected) {

    /**
     * One line per member from what each did: payments by who took them (count, amount, tip),
     * refunds by who gave them, discounts by who gave them (count, amount). Sorted by username.
     */
    public static List<Cashier> of(
        List<Taken> paymentsByMember, List<Refunded> refunds, List<Figure> discountsByMember) {
      Map<String, Cashier> all = new TreeMap<>();
      Function<String, Cashier> none =
          who -> new Cashier(who, 0, NOTHING, NOTHING, 0, NOTHING, 0, NOTHING, NOTHING);
      for (Taken p : paymentsByMember) {
        Cashier c = all.computeIfAbsent(p.username(), none);
        all.put(
            c.username(),
            new Cashier(
                c.username(),
                c.payments() + p.count(),
                c.amount().add(p.amount()),
                c.tips().add(p.tip()),
                c.refunds(),
                c.refunded(),
                c.discounts(),
                c.discounted(),
                NOTHING));
      }
      for (Refunded r : refunds) {
        Cashier c = all.computeIfAbsent(r.refundedBy(), none);
        all.put(
            c.username(),
            new Cashier(
                c.username(),
                c.payments(),
                c.amount(),
                c.tips(),
                c.refunds() + 1,
                c.refunded().add(r.amount()),
                c.discounts(),
                c.discounted(),
                NOTHING));
      }
      for (Figure d : discountsByMember) {
        Cashier c = all.computeIfAbsent(d.key(), none);
        all.put(
            c.username(),
            new Cashier(
                c.username(),
                c.payments(),
                c.amount(),
                c.tips(),
                c.refunds(),
                c.refunded(),
                c.discounts() + d.count(),
                c.discounted().add(d.amount()),
                NOTHING));
      }
      return all.values().stream()
          .map(
              c ->
                  new Cashier(
                      c.username(),
                      c.payments(),
                      c.amount(),
                      c.tips(),
                      c.refunds(),
                      c.refunded(),
                      c.discounts(),
                      c.discounted(),
                      DayReport.netCollected(c.amount(), c.tips(), c.refunded())))
          .toList();
    }
  }

  /** The payments one member took: how many, what they paid off the orders, the tips. */
  public record Taken(String username, long count, BigDecimal amount, BigDecimal tip) {}

  /** Payments and tips, less refunds: may be below zero on a day of refunds. */
  public static BigDecimal netCollected(BigDecimal payments, BigDecimal tips, BigDecimal refunds) {
    return payments.add(tips).subtract(refunds);
  }

  static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
    return rows.stream().map(amount).reduce(NOTHING, BigDecimal::add);
  }
}
