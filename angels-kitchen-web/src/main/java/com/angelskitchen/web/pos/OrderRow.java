package com.angelskitchen.web.pos;

import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.ordering.entity.Payment;
import com.angelskitchen.web.orders.LineText;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.stream.Collectors;

/**
 * One of today's orders as the POS lists it. Its time and total are written the store's way by the
 * page ({@code fmt}), its status, source and payment in the reader's language; status and payment
 * are kept as their codes (the payment's empty when unpaid).
 */
public record OrderRow(
    long id,
    String number,
    OffsetDateTime placedAt,
    String source,
    String fulfillment,
    String customer,
    String lines,
    BigDecimal total,
    String status,
    String paid,
    String cancelReason)
    implements Serializable {

  static OrderRow of(KitchenOrder order) {
    return new OrderRow(
        order.id(),
        order.number().display(),
        order.placedAt(),
        order.source().code(),
        order.fulfillment().name(),
        order.customerName() == null ? "" : order.customerName(),
        order.liveLines().stream()
            .filter(l -> !l.isPart())
            .map(LineText::of)
            .collect(Collectors.joining(", ")),
        order.total().amount(),
        order.status().name(),
        order.payment().map(Payment::method).map(Enum::name).orElse(""),
        order.cancelReason() == null ? "" : order.cancelReason());
  }

  public boolean isReady() {
    return OrderStatus.READY.name().equals(status);
  }

  /** Unpaid and taken at the counter: a partner's guest paid the partner. */
  public boolean isPayable() {
    return paid.isEmpty()
        && !OrderStatus.CANCELLED.name().equals(status)
        && OrderSource.POS.code().equals(source);
  }

  /** Paid: the tender dialog shows how, and gives money back. */
  public boolean isRefundable() {
    return !paid.isEmpty();
  }

  /** Not cancelled: an order in the kitchen is cancelled, one handed out is voided. */
  public boolean isVoidable() {
    return !OrderStatus.CANCELLED.name().equals(status);
  }

  /** Handed out: voiding it needs a manager and gives back what was paid. */
  public boolean isHandedOut() {
    return OrderStatus.COMPLETED.name().equals(status);
  }

  /** Still open to change: lines added or voided, name, note and pickup time edited. */
  public boolean isChangeable() {
    return !OrderStatus.valueOf(status).isFinal();
  }

  /** Lines can be added: an open order taken at the counter (a partner's change on its side). */
  public boolean isExtendable() {
    return isChangeable() && OrderSource.POS.code().equals(source);
  }
}
