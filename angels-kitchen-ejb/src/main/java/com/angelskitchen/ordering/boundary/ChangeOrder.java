package com.angelskitchen.ordering.boundary;

import java.time.OffsetDateTime;

/**
 * A new header for an order already sent: its name, note and pickup time as they should now be
 * (null or blank clears a text, a null pickup time means "as soon as possible"). Checked on
 * construction like {@link PlaceOrder}.
 */
public record ChangeOrder(String customerName, String note, OffsetDateTime pickupAt) {

  public ChangeOrder {
    customerName =
        PlaceOrder.optionalText(
            "order.customer-name.too-long", "customer name", customerName, PlaceOrder.MAX_NAME);
    note =
        PlaceOrder.optionalText(
            "order.note.too-long", "order note", note, PlaceOrder.MAX_ORDER_NOTE);
  }
}
