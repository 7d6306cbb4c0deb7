package com.angelskitchen.ordering.entity;

/** How a guest pays at the counter: cash into the till, or a card on the external terminal. */
public enum TenderMethod {
  CASH,
  CARD
}
