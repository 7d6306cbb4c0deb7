package com.angelskitchen.ordering.entity;

/** Where an order stands in the kitchen. */
public enum OrderStatus {
  /** Accepted and sent to the stations. */
  PLACED
}
