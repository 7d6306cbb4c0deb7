package com.angelskitchen.integration.website;

import java.util.List;

/** The website's order payload, as it arrives. Fields may be missing: the translator checks. */
public record WebsiteOrder(String eventId, String customerName, List<Item> lines) {

  /** One ordered item. */
  public record Item(String item, Integer quantity, String station) {}
}
