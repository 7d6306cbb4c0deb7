package com.angelskitchen.checkout.entity;

import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.TenderMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Money given back against one payment: how much, in the payment's method, why, for which lines
 * (none: the order), who gave it and which manager approved it.
 */
@Entity
@Table(name = "order_refund")
@NamedQuery(
    name = OrderRefund.OF_ORDER,
    query = "SELECT r FROM OrderRefund r WHERE r.orderId = :orderId ORDER BY r.refundedAt, r.id")
public class OrderRefund {

  public static final String OF_ORDER = "OrderRefund.ofOrder";

  @Id
  @SequenceGenerator(
      name = "order_refund_seq",
      sequenceName = "order_refund_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_refund_seq")
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "payment_id", nullable = false, updatable = false)
  private long paymentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private TenderMethod method;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private Money amount;

  @Column(nullable = false, updatable = false, length = 200)
  private String reason;

  @Column(name = "line_ids", updatable = false, length = 400)
  private String lineIds;

  @Column(name = "refunded_by", nullable = false, updatable = false, length = 40)
  private String refundedBy;

  @Column(name = "approved_by", nullable = false, updatable = false, length = 40)
  private String approvedBy;

  @Column(name = "refunded_at", nullable = false, updatable = false)
  private OffsetDateTime refundedAt;

  /** The cash drawer session its cash went into (or came out of); null for none or a card. */
  @Column(name = "drawer_session_id", updatable = false)
  private Long drawerSessionId;

  protected OrderRefund() {}

  public OrderRefund(
      OrderPayment payment,
      Money amount,
      String reason,
      List<Long> lineIds,
      String refundedBy,
      String approvedBy,
      OffsetDateTime refundedAt) {
    this.orderId = payment.orderId();
    this.paymentId = payment.id();
    this.method = payment.method();
    this.amount = amount;
    this.reason = reason;
    this.lineIds =
        lineIds.isEmpty()
            ? null
            : lineIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    this.refundedBy = refundedBy;
    this.approvedBy = approvedBy;
    this.refundedAt = refundedAt;
  }

  /** Puts its cash in a drawer session (before it is stored). */
  public void inDrawer(Long sessionId) {
    this.drawerSessionId = sessionId;
  }

  public Long drawerSessionId() {
    return drawerSessionId;
  }

  public Long id() {
    return id;
  }

  public long orderId() {
    return orderId;
  }

  public long paymentId() {
    return paymentId;
  }

  public TenderMethod method() {
    return method;
  }

  public Money amount() {
    return amount;
  }

  public String reason() {
    return reason;
  }

  /** The lines refunded; empty for a refund of the order. */
  public List<Long> lineIds() {
    return lineIds == null
        ? List.of()
        : Arrays.stream(lineIds.split(",")).map(Long::valueOf).toList();
  }

  public String refundedBy() {
    return refundedBy;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public OffsetDateTime refundedAt() {
    return refundedAt;
  }
}
