package com.angelskitchen.ordering.events;

import com.angelskitchen.ordering.entity.KitchenOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What every screen shows at the top of a ticket or an order. */
public record OrderHeader(
    long orderId,
    LocalDate businessDay,
    String orderNumber,
    String source,
    String fulfillment,
    String customerName,
    String note,
    String allergyAlert,
    boolean rush,
    OffsetDateTime placedAt,
    OffsetDateTime pickupAt,
    OffsetDateTime fireAt) {

  public static OrderHeader of(KitchenOrder order) {
    return new OrderHeader(
        order.id(),
        order.number().businessDay(),
        order.number().display(),
        order.source().code(),
        order.fulfillment().name(),
        order.customerName(),
        order.note(),
        order.allergyAlert(),
        order.rush(),
        order.placedAt(),
        order.pickupAt(),
        order.fireAt());
  }
}
