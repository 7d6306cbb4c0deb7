package com.angelskitchen.ordering.entity;

/**
 * Where an order stands. HELD (scheduled for later, not yet on the stations) → IN_KITCHEN (fired) →
 * READY (every station bumped its ticket) → COMPLETED (handed out). A recall takes READY back to
 * IN_KITCHEN. Any order not yet completed can be CANCELLED, with a reason the kitchen sees.
 */
public enum OrderStatus {
  HELD,
  IN_KITCHEN,
  READY,
  COMPLETED,
  CANCELLED;

  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }
}
