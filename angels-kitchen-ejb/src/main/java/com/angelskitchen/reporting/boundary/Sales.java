package com.angelskitchen.reporting.boundary;

import java.math.BigDecimal;
import java.util.List;

/**
 * A period's sales. Orders and revenue count every order not cancelled (revenue is the orders'
 * totals, tax included); cancelled orders are counted apart, with their reasons.
 *
 * <p>The money around them: {@code discounts}, what was taken off those same orders (discounts and
 * comps); {@code tips}, the tips of the payments taken within the period's business days (on top of
 * revenue, not in it); {@code refunds}, the money given back within the period's business days,
 * whatever day its order was; {@code revenueAfterRefunds}, revenue less the refunds of orders not
 * voided (a voided order already left the revenue; still tax included: not the "net" of tax that an
 * order's {@code Totals.net()} is).
 */
public record Sales(
    Period period,
    long orders,
    BigDecimal revenue,
    BigDecimal averageTicket,
    long cancelled,
    List<Bucket> byHour,
    List<Bucket> byDay,
    List<Bucket> bySource,
    List<Bucket> byFulfillment,
    List<ItemSales> topItems,
    List<ItemSales> topExtras,
    List<Cancellation> cancellations,
    BigDecimal discounts,
    BigDecimal tips,
    BigDecimal refunds,
    BigDecimal revenueAfterRefunds) {

  /** Orders and revenue of one hour, day, source or fulfillment. */
  public record Bucket(String key, long orders, BigDecimal revenue) {}

  /** How many of an item (or extra) were sold, and for how much. */
  public record ItemSales(String name, long quantity, BigDecimal revenue) {}

  /**
   * Cancelled orders of a source with one reason; a cancelled POS order is a void, one from a
   * partner a partner's cancellation (or a denial the kitchen sent).
   */
  public record Cancellation(String source, String kind, String reason, long orders) {}
}
