package com.angelskitchen.partners.boundary;

import java.util.Objects;

/**
 * One thing to tell one partner, as it travels on the partner-status queue (JSON). {@code attempt}
 * counts from 1; a failed attempt is sent again later as attempt + 1.
 *
 * @param partner the partner's id, or {@link #EVERY_PARTNER} for store status and item availability
 *     (the integration fans it out to each configured partner)
 * @param item the menu item's code, for an item's availability (the id the restaurant's menu gives
 *     it at the partner)
 * @param minutes for {@link CallAction#PREP_TIME}: the minutes busy mode adds to the prep time (0:
 *     back to normal)
 */
public record OutboundCall(
    String partner,
    CallAction action,
    String partnerOrderId,
    Long orderId,
    String orderNumber,
    DenyReason denyReason,
    String explanation,
    int attempt,
    String item,
    Integer minutes) {

  public static final String EVERY_PARTNER = "*";

  public OutboundCall {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(action, "action");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts count from 1");
    }
  }

  public static OutboundCall about(
      String partner, CallAction action, String partnerOrderId, long orderId, String number) {
    return new OutboundCall(
        partner, action, partnerOrderId, orderId, number, null, null, 1, null, null);
  }

  public static OutboundCall deny(
      String partner, String partnerOrderId, DenyReason reason, String explanation) {
    return new OutboundCall(
        partner, CallAction.DENY, partnerOrderId, null, null, reason, explanation, 1, null, null);
  }

  /** The restaurant voided an accepted order; the explanation is the cashier's reason. */
  public static OutboundCall cancel(
      String partner, String partnerOrderId, long orderId, String number, String reason) {
    return new OutboundCall(
        partner, CallAction.CANCEL, partnerOrderId, orderId, number, null, reason, 1, null, null);
  }

  public static OutboundCall store(CallAction action, String explanation) {
    return new OutboundCall(
        EVERY_PARTNER, action, null, null, null, null, explanation, 1, null, null);
  }

  /** An item 86'd or back, for every partner; the explanation is the item's name. */
  public static OutboundCall item(boolean available, String code, String name) {
    return new OutboundCall(
        EVERY_PARTNER,
        available ? CallAction.ITEM_AVAILABLE : CallAction.ITEM_UNAVAILABLE,
        null,
        null,
        null,
        null,
        name,
        1,
        code,
        null);
  }

  /**
   * Busy mode, for every partner: {@link CallAction#BUSY_PAUSE}, {@link CallAction#BUSY_RESUME} or
   * {@link CallAction#PREP_TIME} with the extra minutes; the explanation says why.
   */
  public static OutboundCall busy(CallAction action, Integer minutes, String why) {
    return new OutboundCall(EVERY_PARTNER, action, null, null, null, null, why, 1, null, minutes);
  }

  /** The store's hours or their exceptions changed, for every partner. */
  public static OutboundCall hours() {
    return new OutboundCall(
        EVERY_PARTNER, CallAction.HOLIDAY_HOURS, null, null, null, null, null, 1, null, null);
  }

  /**
   * Publish the whole menu to every partner that takes menus. The call carries no menu: each
   * partner's payload is built from the menu as it is when the call is made (or retried).
   */
  public static OutboundCall menu() {
    return new OutboundCall(
        EVERY_PARTNER, CallAction.MENU_PUBLISH, null, null, null, null, null, 1, null, null);
  }

  /** The same call for one partner (store status fans out). */
  public OutboundCall to(String partnerId) {
    return new OutboundCall(
        partnerId,
        action,
        partnerOrderId,
        orderId,
        orderNumber,
        denyReason,
        explanation,
        attempt,
        item,
        minutes);
  }

  /** The same call with these minutes (busy mode's extra prep time on an acceptance). */
  public OutboundCall withMinutes(Integer minutes) {
    return new OutboundCall(
        partner,
        action,
        partnerOrderId,
        orderId,
        orderNumber,
        denyReason,
        explanation,
        attempt,
        item,
        minutes);
  }

  /** The same call, one attempt later. */
  public OutboundCall nextAttempt() {
    return new OutboundCall(
        partner,
        action,
        partnerOrderId,
        orderId,
        orderNumber,
        denyReason,
        explanation,
        attempt + 1,
        item,
        minutes);
  }
}
