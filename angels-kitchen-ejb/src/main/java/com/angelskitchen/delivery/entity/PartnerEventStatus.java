package com.angelskitchen.delivery.entity;

/**
 * Where a partner event stands. RECEIVED until the intake handles it, then exactly one of: PLACED
 * (it became a kitchen order), DENIED (refused, and the partner told why), CANCELLED (it cancelled
 * an order) or IGNORED (nothing for the kitchen to do, e.g. a status notification).
 */
public enum PartnerEventStatus {
  RECEIVED,
  PLACED,
  DENIED,
  CANCELLED,
  IGNORED
}
