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

/** One attempt to tell a partner something (accept, deny, ready, store status) and its answer. */
@Entity
@Table(name = "partner_call")
@NamedQuery(
    name = PartnerCall.RECENT,
    query = "SELECT c FROM PartnerCall c ORDER BY c.attemptedAt DESC, c.id DESC")
@NamedQuery(
    name = PartnerCall.OF_ORDER,
    query = "SELECT c FROM PartnerCall c WHERE c.orderId = :orderId ORDER BY c.id")
public class PartnerCall {

  public static final String RECENT = "PartnerCall.recent";
  public static final String OF_ORDER = "PartnerCall.ofOrder";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 32)
  private String partner;

  @Column(nullable = false, updatable = false, length = 16)
  private String action;

  @Column(name = "partner_order_id", updatable = false, length = 128)
  private String partnerOrderId;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Column(nullable = false, updatable = false)
  private int attempt;

  @Column(name = "attempted_at", nullable = false, updatable = false)
  private OffsetDateTime attemptedAt;

  @Column(name = "http_status", updatable = false)
  private Integer httpStatus;

  @Column(nullable = false, updatable = false)
  private boolean succeeded;

  @Column(updatable = false, length = 1000)
  private String answer;

  protected PartnerCall() {}

  public PartnerCall(
      String partner,
      String action,
      String partnerOrderId,
      Long orderId,
      int attempt,
      OffsetDateTime attemptedAt,
      Integer httpStatus,
      boolean succeeded,
      String answer) {
    this.partner = partner;
    this.action = action;
    this.partnerOrderId = partnerOrderId;
    this.orderId = orderId;
    this.attempt = attempt;
    this.attemptedAt = attemptedAt;
    this.httpStatus = httpStatus;
    this.succeeded = succeeded;
    this.answer = ShortText.clip(answer, 1000);
  }

  public Long id() {
    return id;
  }

  public String partner() {
    return partner;
  }

  public String action() {
    return action;
  }

  public String partnerOrderId() {
    return partnerOrderId;
  }

  public Long orderId() {
    return orderId;
  }

  public int attempt() {
    return attempt;
  }

  public OffsetDateTime attemptedAt() {
    return attemptedAt;
  }

  public Integer httpStatus() {
    return httpStatus;
  }

  public boolean succeeded() {
    return succeeded;
  }

  public String answer() {
    return answer;
  }
}
