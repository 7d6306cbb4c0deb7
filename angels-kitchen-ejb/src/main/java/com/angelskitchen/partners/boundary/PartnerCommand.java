package com.angelskitchen.partners.boundary;

/**
 * What a partner event asks of the kitchen, as its partner's package understood it: place an order,
 * cancel one, or nothing (a notification the kitchen has no use for).
 */
public sealed interface PartnerCommand {

  /** A new order to place (or deny). */
  record Place(PartnerOrder order) implements PartnerCommand {}

  /** The partner cancelled its order. */
  record Cancel(String partnerOrderId, String reason) implements PartnerCommand {}

  /** Nothing to do, and why. */
  record Ignore(String why) implements PartnerCommand {}
}
