package com.angelskitchen.integration.website;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The website's order payload, as it arrives. Items and modifiers are the restaurant's own menu
 * codes (the website is built from the menu API). Fields may be missing: the translator checks.
 */
public record WebsiteOrder(
    String eventId,
    String customerName,
    String fulfillment,
    String note,
    String allergyAlert,
    OffsetDateTime pickupAt,
    List<Item> lines) {

  /** One ordered item. */
  public record Item(
      String item, Integer quantity, List<String> remove, List<String> add, String note) {}
}
