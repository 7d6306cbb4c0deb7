package com.angelskitchen.checkout.entity;

import com.angelskitchen.money.Money;
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
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A discount given on an order, or on one of its lines ({@code lineId}): a percentage or an amount,
 * the reason, who gave it and which manager approved it, and the {@code amount} it came to.
 */
@Entity
@Table(name = "order_discount")
@NamedQuery(
    name = OrderDiscount.OF_ORDER,
    query = "SELECT d FROM OrderDiscount d WHERE d.orderId = :orderId ORDER BY d.id")
public class OrderDiscount {

  public static final String OF_ORDER = "OrderDiscount.ofOrder";

  @Id
  @SequenceGenerator(
      name = "order_discount_seq",
      sequenceName = "order_discount_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_discount_seq")
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "line_id", updatable = false)
  private Long lineId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private DiscountKind kind;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private BigDecimal value;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private Money amount;

  @Column(name = "reason_code", nullable = false, updatable = false, length = 40)
  private String reasonCode;

  @Column(name = "given_by", nullable = false, updatable = false, length = 40)
  private String givenBy;

  @Column(name = "approved_by", updatable = false, length = 40)
  private String approvedBy;

  @Column(name = "given_at", nullable = false, updatable = false)
  private OffsetDateTime givenAt;

  protected OrderDiscount() {}

  public OrderDiscount(
      long orderId,
      Long lineId,
      DiscountKind kind,
      BigDecimal value,
      Money amount,
      String reasonCode,
      String givenBy,
      String approvedBy,
      OffsetDateTime givenAt) {
    this.orderId = orderId;
    this.lineId = lineId;
    this.kind = kind;
    this.value = value;
    this.amount = amount;
    this.reasonCode = reasonCode;
    this.givenBy = givenBy;
    this.approvedBy = approvedBy;
    this.givenAt = givenAt;
  }

  public Long id() {
    return id;
  }

  public long orderId() {
    return orderId;
  }

  /** The line it was given on, or null for the whole order. */
  public Long lineId() {
    return lineId;
  }

  public DiscountKind kind() {
    return kind;
  }

  public BigDecimal value() {
    return value;
  }

  public Money amount() {
    return amount;
  }

  public String reasonCode() {
    return reasonCode;
  }

  public String givenBy() {
    return givenBy;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public OffsetDateTime givenAt() {
    return givenAt;
  }
}
