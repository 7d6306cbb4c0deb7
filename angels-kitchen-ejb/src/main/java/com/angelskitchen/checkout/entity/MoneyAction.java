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
  REFUND
}
