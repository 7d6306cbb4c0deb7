package com.angelskitchen.partners.entity;

import com.angelskitchen.platform.Phrase;
import com.angelskitchen.platform.persistence.PhraseArguments;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

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

  /** In English, for the API and the logs. */
  @Column(nullable = false, updatable = false, length = 500)
  private String message;

  /** The message's code for the reader's language; null on alerts older than codes. */
  @Column(name = "message_code", updatable = false, length = 64)
  private String messageCode;

  @Convert(converter = PhraseArguments.class)
  @Column(name = "message_arguments", updatable = false, length = 1000)
  private List<String> messageArguments;

  @Column(name = "raised_at", nullable = false, updatable = false)
  private OffsetDateTime raisedAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  protected PartnerAlert() {}

  public PartnerAlert(String partner, Long orderId, Phrase message, OffsetDateTime raisedAt) {
    this.partner = partner;
    this.orderId = orderId;
    Phrase kept = message.clipped(500);
    this.message = kept.english();
    this.messageCode = kept.code();
    this.messageArguments = kept.arguments();
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

  public Phrase message() {
    return new Phrase(messageCode, messageArguments, message);
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
