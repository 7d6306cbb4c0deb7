package com.angelskitchen.partners.entity;

/**
 * Where a partner event stands. RECEIVED until the intake handles it, then exactly one of: PLACED
 * (it became a kitchen order), DENIED (refused, and the partner told why), CANCELLED (it cancelled
 * an order) or IGNORED (nothing for the kitchen to do, e.g. a status notification). When the store
 * accepts partner orders manually, a new order is WAITING for a manager until accepted (PLACED) or
 * denied (DENIED), by hand or when its time runs out.
 */
public enum PartnerEventStatus {
  RECEIVED,
  WAITING,
  PLACED,
  DENIED,
  CANCELLED,
  IGNORED
}
