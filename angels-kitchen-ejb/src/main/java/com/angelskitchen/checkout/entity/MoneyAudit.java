package com.angelskitchen.checkout.entity;

import com.angelskitchen.money.Money;
import com.angelskitchen.platform.ShortText;
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
 * One money action as it happened: who did it, when, on which order, for how much, approved by
 * whom. Written in the action's own transaction, so that there is no action without its entry and
 * no entry without its action; never changed afterwards.
 */
@Entity
@Table(name = "money_audit")
@NamedQuery(
    name = MoneyAudit.LATEST,
    query = "SELECT a FROM MoneyAudit a ORDER BY a.at DESC, a.id DESC")
@NamedQuery(
    name = MoneyAudit.OF_ORDER,
    query = "SELECT a FROM MoneyAudit a WHERE a.orderId = :orderId ORDER BY a.at, a.id")
public class MoneyAudit {

  public static final String LATEST = "MoneyAudit.latest";
  public static final String OF_ORDER = "MoneyAudit.ofOrder";

  @Id
  @SequenceGenerator(
      name = "money_audit_seq",
      sequenceName = "money_audit_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "money_audit_seq")
  private Long id;

  @Column(nullable = false, updatable = false)
  private OffsetDateTime at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 24)
  private MoneyAction action;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(updatable = false, precision = 12, scale = 2)
  private Money amount;

  @Column(nullable = false, updatable = false, length = 40)
  private String actor;

  @Column(name = "approved_by", updatable = false, length = 40)
  private String approvedBy;

  @Column(updatable = false, length = 500)
  private String detail;

  protected MoneyAudit() {}

  public MoneyAudit(
      OffsetDateTime at,
      MoneyAction action,
      Long orderId,
      Money amount,
      String actor,
      String approvedBy,
      String detail) {
    this.at = at;
    this.action = action;
    this.orderId = orderId;
    this.amount = amount;
    this.actor = actor;
    this.approvedBy = approvedBy;
    this.detail = ShortText.clip(detail, 500);
  }

  public Long id() {
    return id;
  }

  public OffsetDateTime at() {
    return at;
  }

  public MoneyAction action() {
    return action;
  }

  public Long orderId() {
    return orderId;
  }

  public Money amount() {
    return amount;
  }

  public String actor() {
    return actor;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public String detail() {
    return detail;
  }
}
