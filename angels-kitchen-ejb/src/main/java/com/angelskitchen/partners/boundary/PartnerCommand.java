package com.angelskitchen.partners.boundary;

import com.angelskitchen.platform.Phrase;

/**
 * What a partner event asks of the kitchen, as its partner's package understood it: place an order,
 * cancel one, or nothing (a notification the kitchen has no use for).
 */
public sealed interface PartnerCommand {

  /** A new order to place (or deny). */
  record Place(PartnerOrder order) implements PartnerCommand {}

  /** The partner cancelled its order. */
  record Cancel(String partnerOrderId, String reason) implements PartnerCommand {}

  /** Nothing to do, and why (see {@link #notForTheKitchen}). */
  record Ignore(Phrase why) implements PartnerCommand {

    /** A notification of a kind the kitchen has no use for. */
    public static Ignore notForTheKitchen(String partner, String eventType) {
      return new Ignore(
          Phrase.of("outcome.not-for-the-kitchen", "{0} event {1}", partner, eventType));
    }
  }
}
