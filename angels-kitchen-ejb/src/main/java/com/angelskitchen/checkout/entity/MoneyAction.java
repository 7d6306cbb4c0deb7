package com.angelskitchen.checkout.entity;

/** What a money audit entry records. */
public enum MoneyAction {
  /** A discount (or a comp: a discount of everything) was given. */
  DISCOUNT,
  /** A guest paid (all or part of an order). */
  PAYMENT,
  /** A check was split into parts. */
  SPLIT,
  /** Money was given back, against a payment. */
  REFUND,
  /** A cash drawer session was opened with a float. */
  DRAWER_OPEN,
  /** Cash was put into a drawer, not for an order. */
  PAID_IN,
  /** Cash was taken out of a drawer, not for an order. */
  PAID_OUT,
  /** A cash drawer session was closed with its count. */
  DRAWER_CLOSE,
  /** Lines were added to an order already sent (an add-on). */
  ADD_ON,
  /** A line was taken off an order already sent. */
  VOID_LINE,
  /** An order's name, note or pickup time was changed after it was sent. */
  ORDER_CHANGE,
  /** An order already handed out was voided, and what was paid given back. */
  VOID_ORDER,
  /** A business day was closed by its Z report. */
  DAY_CLOSE
}
