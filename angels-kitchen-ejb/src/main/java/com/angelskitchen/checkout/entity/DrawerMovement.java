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
import java.time.OffsetDateTime;

/** Cash put into the drawer or taken out of it, not for an order (change, a supplier, a float). */
@Entity
@Table(name = "drawer_movement")
@NamedQuery(
    name = DrawerMovement.OF_SESSION,
    query =
        "SELECT m FROM DrawerMovement m WHERE m.sessionId = :sessionId ORDER BY m.movedAt, m.id")
public class DrawerMovement {

  public static final String OF_SESSION = "DrawerMovement.ofSession";

  /** Into the drawer, or out of it. */
  public enum Kind {
    PAID_IN,
    PAID_OUT
  }

  @Id
  @SequenceGenerator(
      name = "drawer_movement_seq",
      sequenceName = "drawer_movement_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drawer_movement_seq")
  private Long id;

  @Column(name = "session_id", nullable = false, updatable = false)
  private long sessionId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 8)
  private Kind kind;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private Money amount;

  @Column(nullable = false, updatable = false, length = 200)
  private String reason;

  @Column(name = "moved_by", nullable = false, updatable = false, length = 40)
  private String movedBy;

  @Column(name = "moved_at", nullable = false, updatable = false)
  private OffsetDateTime movedAt;

  protected DrawerMovement() {}

  public DrawerMovement(
      long sessionId, Kind kind, Money amount, String reason, String movedBy, OffsetDateTime at) {
    this.sessionId = sessionId;
    this.kind = kind;
    this.amount = amount;
    this.reason = reason;
    this.movedBy = movedBy;
    this.movedAt = at;
  }

  public Long id() {
    return id;
  }

  public Kind kind() {
    return kind;
  }

  public Money amount() {
    return amount;
  }

  public String reason() {
    return reason;
  }

  public String movedBy() {
    return movedBy;
  }

  public OffsetDateTime movedAt() {
    return movedAt;
  }
}
