package com.angelskitchen.ordering.entity;

/** How the order leaves the kitchen. */
public enum Fulfillment {
  DINE_IN,
  TAKEOUT,
  DELIVERY
}
