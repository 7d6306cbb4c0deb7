package com.angelskitchen.partners.boundary;

/** What the restaurant tells a partner. */
public enum CallAction {
  /** The order was placed in the kitchen. */
  ACCEPT,
  /** The order was refused, with a {@link DenyReason}. */
  DENY,
  /** Every station bumped it: ready for the courier or guest. */
  READY,
  /** The restaurant cancelled (voided) an order it had accepted. */
  CANCEL,
  /** The store stops taking orders for now. */
  STORE_PAUSE,
  /** The store takes orders again. */
  STORE_RESUME,
  /** An item was 86'd (by a manager, or by its stock running out): the partner stops selling it. */
  ITEM_UNAVAILABLE,
  /** An item is back: the partner sells it again. */
  ITEM_AVAILABLE,
  /** Busy mode: the partner stops sending new orders while the kitchen catches up. */
  BUSY_PAUSE,
  /** Busy mode is over: the partner sends orders again. */
  BUSY_RESUME,
  /** Busy mode adds minutes to the prep time (0 minutes: back to the usual prep time). */
  PREP_TIME,
  /** The store's exceptional hours (holidays) changed: the partner shows them. */
  HOLIDAY_HOURS,
  /**
   * The whole menu (categories, items, prices, modifier groups, availability, hours) replaces the
   * partner's copy. Built when the call is made, so a retry publishes the menu as it is then.
   */
  MENU_PUBLISH
}
