package com.angelskitchen.checkout.entity;

import com.angelskitchen.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A cashier's session on a cash drawer: opened with a float, closed with the counted amount; the
 * expected amount is worked out at closing and kept beside it. A blind session does not show the
 * cashier what is expected before they counted.
 */
@Entity
@Table(name = "drawer_session")
@NamedQuery(
    name = DrawerSession.OPEN_OF,
    query = "SELECT s FROM DrawerSession s WHERE s.openedBy = :cashier AND s.closedAt IS NULL")
@NamedQuery(
    name = DrawerSession.OPEN_ON,
    query = "SELECT s FROM DrawerSession s WHERE s.drawer = :drawer AND s.closedAt IS NULL")
@NamedQuery(
    name = DrawerSession.SINCE,
    query =
        "SELECT s FROM DrawerSession s WHERE s.closedAt IS NULL OR s.closedAt >= :since"
            + " ORDER BY s.openedAt DESC")
public class DrawerSession {

  public static final String OPEN_OF = "DrawerSession.openOf";
  public static final String OPEN_ON = "DrawerSession.openOn";
  public static final String SINCE = "DrawerSession.since";

  @Id
  @SequenceGenerator(
      name = "drawer_session_seq",
      sequenceName = "drawer_session_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "drawer_session_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String drawer;

  @Column(name = "opened_by", nullable = false, updatable = false, length = 40)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private OffsetDateTime openedAt;

  @Column(name = "opening_float", nullable = false, updatable = false, precision = 12, scale = 2)
  private Money openingFloat;

  @Column(nullable = false, updatable = false)
  private boolean blind;

  @Column(name = "closed_by", length = 40)
  private String closedBy;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Column(precision = 12, scale = 2)
  private Money expected;

  @Column(precision = 12, scale = 2)
  private Money counted;

  @Version private long version;

  protected DrawerSession() {}

  public DrawerSession(
      String drawer, String openedBy, Money openingFloat, boolean blind, OffsetDateTime openedAt) {
    this.drawer = drawer;
    this.openedBy = openedBy;
    this.openingFloat = openingFloat;
    this.blind = blind;
    this.openedAt = openedAt;
  }

  /** Closes it with what was counted and what was expected. */
  public void close(String by, Money counted, Money expected, OffsetDateTime at) {
    if (closedAt != null) {
      throw new IllegalStateException("drawer session " + id + " is closed already");
    }
    this.closedBy = by;
    this.counted = counted;
    this.expected = expected;
    this.closedAt = at;
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Long id() {
    return id;
  }

  public String drawer() {
    return drawer;
  }

  public String openedBy() {
    return openedBy;
  }

  public OffsetDateTime openedAt() {
    return openedAt;
  }

  public Money openingFloat() {
    return openingFloat;
  }

  public boolean blind() {
    return blind;
  }

  public String closedBy() {
    return closedBy;
  }

  public OffsetDateTime closedAt() {
    return closedAt;
  }

  /** What should have been in the drawer when it was closed; null while open. */
  public Money expected() {
    return expected;
  }

  /** What was counted when it was closed; null while open. */
  public Money counted() {
    return counted;
  }
}
