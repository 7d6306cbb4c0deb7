package com.angelskitchen.integration.intake;

import com.angelskitchen.ordering.boundary.PlaceOrder;

/**
 * The partner SPI: one implementation per delivery partner, a CDI bean in that partner's package.
 * It turns the partner's raw payload into a domain command; partner payload classes never leave the
 * partner's package.
 */
public interface PartnerOrderTranslator {

  /** The partner's id as carried on intake messages, e.g. "website". */
  String partner();

  /**
   * Translates a payload as received.
   *
   * @throws com.angelskitchen.platform.KitchenException naming what is wrong when it cannot be an
   *     order
   */
  PlaceOrder translate(String payload);
}
