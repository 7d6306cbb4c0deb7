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

/**
 * One payment: the {@code amount} it paid off the order (or off one part of a split check), the tip
 * on top, what was handed over (the cash; a card's charge is amount + tip) and the change given
 * back. {@code tendered = amount + tip + change}.
 */
@Entity
@Table(name = "order_payment")
@NamedQuery(
    name = OrderPayment.OF_ORDER,
    query = "SELECT p FROM OrderPayment p WHERE p.orderId = :orderId ORDER BY p.takenAt, p.id")
public class OrderPayment {

  public static final String OF_ORDER = "OrderPayment.ofOrder";

  @Id
  @SequenceGenerator(
      name = "order_payment_seq",
      sequenceName = "order_payment_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_payment_seq")
  private Long id;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "part_no", updatable = false)
  private Integer partNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private TenderMethod method;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private Money amount;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private Money tip;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private Money tendered;

  @Column(name = "change_given", nullable = false, updatable = false, precision = 12, scale = 2)
  private Money change;

  @Column(name = "taken_by", nullable = false, updatable = false, length = 40)
  private String takenBy;

  @Column(name = "taken_at", nullable = false, updatable = false)
  private OffsetDateTime takenAt;

  /** The cash drawer session its cash went into (or came out of); null for none or a card. */
  @Column(name = "drawer_session_id", updatable = false)
  private Long drawerSessionId;

  protected OrderPayment() {}

  public OrderPayment(
      long orderId,
      Integer partNo,
      TenderMethod method,
      Money amount,
      Money tip,
      Money tendered,
      String takenBy,
      OffsetDateTime takenAt) {
    this.orderId = orderId;
    this.partNo = partNo;
    this.method = method;
    this.amount = amount;
    this.tip = tip;
    this.tendered = tendered;
    this.change = tendered.minus(amount).minus(tip);
    this.takenBy = takenBy;
    this.takenAt = takenAt;
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

  /** The part of a split check it paid, or null. */
  public Integer partNo() {
    return partNo;
  }

  public TenderMethod method() {
    return method;
  }

  public Money amount() {
    return amount;
  }

  public Money tip() {
    return tip;
  }

  public Money tendered() {
    return tendered;
  }

  public Money change() {
    return change;
  }

  public String takenBy() {
    return takenBy;
  }

  public OffsetDateTime takenAt() {
    return takenAt;
  }
}
