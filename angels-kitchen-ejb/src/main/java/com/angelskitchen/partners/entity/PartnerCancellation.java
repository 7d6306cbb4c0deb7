package com.angelskitchen.partners.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A partner cancelled an order the kitchen has not received yet. Webhooks are not ordered: a
 * retried order notification often arrives after its cancellation. The cancellation is kept here,
 * and when the order arrives it is recorded cancelled instead of being cooked.
 */
@Entity
@Cacheable(false)
@Table(name = "partner_cancellation")
@IdClass(PartnerOrderLink.Key.class)
public class PartnerCancellation {

  @Id
  @Column(nullable = false, updatable = false, length = 32)
  private String partner;

  @Id
  @Column(name = "partner_order_id", nullable = false, updatable = false, length = 128)
  private String partnerOrderId;

  /** The inbox row of the cancellation. */
  @Column(name = "event_id", nullable = false, updatable = false)
  private long eventId;

  @Column(updatable = false, length = 200)
  private String reason;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  protected PartnerCancellation() {}

  public PartnerCancellation(
      String partner, String partnerOrderId, long eventId, String reason, OffsetDateTime at) {
    this.partner = partner;
    this.partnerOrderId = partnerOrderId;
    this.eventId = eventId;
    this.reason = reason;
    this.receivedAt = at;
  }

  public long eventId() {
    return eventId;
  }

  public String reason() {
    return reason;
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }
}
