package com.angelskitchen.partners.entity;

import com.angelskitchen.platform.ShortText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Something a manager must look at, e.g. a partner order with an item not mapped to the menu. */
@Entity
@Table(name = "partner_alert")
@NamedQuery(
    name = PartnerAlert.OPEN,
    query = "SELECT a FROM PartnerAlert a WHERE a.resolvedAt IS NULL ORDER BY a.raisedAt DESC")
public class PartnerAlert {

  public static final String OPEN = "PartnerAlert.open";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 32)
  private String partner;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(nullable = false, updatable = false, length = 500)
  private String message;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private OffsetDateTime raisedAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  protected PartnerAlert() {}

  public PartnerAlert(String partner, Long orderId, String message, OffsetDateTime raisedAt) {
    this.partner = partner;
    this.orderId = orderId;
    this.message = ShortText.clip(message, 500);
    this.raisedAt = raisedAt;
  }

  public Long id() {
    return id;
  }

  public String partner() {
    return partner;
  }

  public Long orderId() {
    return orderId;
  }

  public String message() {
    return message;
  }

  public OffsetDateTime raisedAt() {
    return raisedAt;
  }

  public OffsetDateTime resolvedAt() {
    return resolvedAt;
  }

  public void resolve(OffsetDateTime at) {
    if (resolvedAt == null) {
      resolvedAt = at;
    }
  }
}
