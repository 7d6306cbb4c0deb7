package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.entity.OrderDiscount;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A discount as the API shows it. */
public record DiscountView(
    long id,
    long orderId,
    Long lineId,
    String kind,
    BigDecimal value,
    BigDecimal amount,
    String reason,
    String reasonName,
    String givenBy,
    String approvedBy,
    OffsetDateTime givenAt) {

  static DiscountView of(OrderDiscount d, String reasonName) {
    return new DiscountView(
        d.id(),
        d.orderId(),
        d.lineId(),
        d.kind().name(),
        d.value(),
        d.amount().amount(),
        d.reasonCode(),
        reasonName,
        d.givenBy(),
        d.approvedBy(),
        d.givenAt());
  }
}
