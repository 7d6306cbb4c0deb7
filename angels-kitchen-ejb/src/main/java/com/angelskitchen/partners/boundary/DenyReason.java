package com.angelskitchen.partners.boundary;

/** Why the kitchen refused a partner order; each partner's package turns it into its own code. */
public enum DenyReason {
  /** An item on the order is 86'd. */
  ITEM_UNAVAILABLE,
  /** The store is paused for delivery orders. */
  STORE_PAUSED,
  /** The order came outside the store's hours. */
  STORE_CLOSED,
  /** The kitchen cannot make the order as sent (e.g. a modifier that item cannot take). */
  CANNOT_MAKE,
  /** A manager declined it, or nobody accepted it in time (the store accepts manually). */
  DECLINED
}
