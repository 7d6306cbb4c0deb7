package com.angelskitchen.ordering.entity;

/**
 * How a guest pays at the counter: cash into the till, or a card on the external terminal. MIXED
 * only sums up an order paid by both; nobody tenders it.
 */
public enum TenderMethod {
  CASH,
  CARD,
  MIXED
}
