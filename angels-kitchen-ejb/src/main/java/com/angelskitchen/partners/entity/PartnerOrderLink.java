package com.angelskitchen.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * Which kitchen order a partner's order became. Unique both ways: a partner order is placed once,
 * and a kitchen order comes from at most one partner order.
 */
@Entity
@Table(name = "partner_order")
@IdClass(PartnerOrderLink.Key.class)
@NamedQuery(
    name = PartnerOrderLink.BY_ORDER,
    query = "SELECT l FROM PartnerOrderLink l WHERE l.orderId = :orderId")
public class PartnerOrderLink {

  public static final String BY_ORDER = "PartnerOrderLink.byOrder";

  @Id
  @Column(nullable = false, updatable = false, length = 32)
  private String partner;

  @Id
  @Column(name = "partner_order_id", nullable = false, updatable = false, length = 128)
  private String partnerOrderId;

  @Column(name = "order_id", nullable = false, updatable = false)
  private long orderId;

  @Column(name = "display_id", updatable = false, length = 64)
  private String displayId;

  protected PartnerOrderLink() {}

  public PartnerOrderLink(String partner, String partnerOrderId, long orderId, String displayId) {
    this.partner = partner;
    this.partnerOrderId = partnerOrderId;
    this.orderId = orderId;
    this.displayId = displayId;
  }

  public String partner() {
    return partner;
  }

  public String partnerOrderId() {
    return partnerOrderId;
  }

  public long orderId() {
    return orderId;
  }

  public String displayId() {
    return displayId;
  }

  /** Primary key: the partner and its order id. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String partner;
    private String partnerOrderId;

    public Key() {}

    public Key(String partner, String partnerOrderId) {
      this.partner = partner;
      this.partnerOrderId = partnerOrderId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(partner, key.partner)
          && java.util.Objects.equals(partnerOrderId, key.partnerOrderId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(partner, partnerOrderId);
    }
  }
}
