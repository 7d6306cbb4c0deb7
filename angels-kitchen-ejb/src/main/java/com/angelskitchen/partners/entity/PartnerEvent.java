package com.angelskitchen.partners.entity;

import com.angelskitchen.platform.Phrase;
import com.angelskitchen.platform.ShortText;
import com.angelskitchen.platform.persistence.PhraseArguments;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One webhook event from a partner, as received, recorded once by (partner, event id): the inbox.
 * Rows are written by {@link com.angelskitchen.partners.boundary.PartnerInbox} with an insert that
 * does nothing when the event is already there; the intake then moves the event out of RECEIVED
 * exactly once, in the same transaction as what it did (placed, denied, cancelled).
 */
@Entity
@Cacheable(false) // recovery updates rows with SQL; every read must see the database
@Table(name = "partner_event")
@NamedQuery(
    name = PartnerEvent.RECENT,
    query = "SELECT e FROM PartnerEvent e ORDER BY e.receivedAt DESC, e.id DESC")
@NamedQuery(
    name = PartnerEvent.WAITING,
    query =
        "SELECT e FROM PartnerEvent e WHERE e.status ="
            + " com.angelskitchen.partners.entity.PartnerEventStatus.WAITING"
            + " AND e.receivedAt < :before ORDER BY e.receivedAt, e.id")
@NamedQuery(
    name = PartnerEvent.WAITING_FOR_ORDER,
    query =
        "SELECT e FROM PartnerEvent e WHERE e.status ="
            + " com.angelskitchen.partners.entity.PartnerEventStatus.WAITING"
            + " AND e.partner = :partner AND e.partnerOrderId = :partnerOrderId")
@NamedQuery(
    name = PartnerEvent.STUCK,
    query =
        "SELECT e FROM PartnerEvent e WHERE e.status ="
            + " com.angelskitchen.partners.entity.PartnerEventStatus.RECEIVED"
            + " AND e.receivedAt < :before ORDER BY e.receivedAt, e.id")
@NamedQuery(
    name = PartnerEvent.OLDEST_UNPROCESSED,
    query =
        "SELECT MIN(e.receivedAt) FROM PartnerEvent e WHERE e.status ="
            + " com.angelskitchen.partners.entity.PartnerEventStatus.RECEIVED")
@NamedQuery(
    name = PartnerEvent.OLDEST_UNATTEMPTED,
    query =
        "SELECT MIN(e.receivedAt) FROM PartnerEvent e WHERE e.status ="
            + " com.angelskitchen.partners.entity.PartnerEventStatus.RECEIVED AND e.failures = 0"
            + " AND (e.queuedBy IS NULL OR e.queuedBy LIKE :instance)")
public class PartnerEvent {

  public static final String RECENT = "PartnerEvent.recent";
  public static final String WAITING = "PartnerEvent.waiting";
  public static final String WAITING_FOR_ORDER = "PartnerEvent.waitingForOrder";
  public static final String STUCK = "PartnerEvent.stuck";
  public static final String OLDEST_UNPROCESSED = "PartnerEvent.oldestUnprocessed";
  public static final String OLDEST_UNATTEMPTED = "PartnerEvent.oldestUnattempted";

  private static final int MAX_OUTCOME = 500;
  private static final int MAX_ERROR = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 32)
  private String partner;

  @Column(name = "event_id", nullable = false, updatable = false, length = 128)
  private String eventId;

  @Column(name = "event_type", nullable = false, updatable = false, length = 64)
  private String eventType;

  @Column(name = "partner_order_id", updatable = false, length = 128)
  private String partnerOrderId;

  @Column(nullable = false, updatable = false)
  private String payload;

  @Column(name = "received_at", nullable = false, updatable = false)
  private OffsetDateTime receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PartnerEventStatus status;

  @Column(name = "order_id")
  private Long orderId;

  /** In English, for the API and the logs. */
  @Column(length = MAX_OUTCOME)
  private String outcome;

  /** The outcome's code for the reader's language; null before it was handled (or codes). */
  @Column(name = "outcome_code", length = 64)
  private String outcomeCode;

  @Convert(converter = PhraseArguments.class)
  @Column(name = "outcome_arguments", length = 1000)
  private List<String> outcomeArguments;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "handled_at")
  private OffsetDateTime handledAt;

  @Column(name = "waiting_order")
  private String waitingOrder;

  @Column(name = "waiting_source", length = 32)
  private String waitingSource;

  /** When recovery last queued it again; null while only its first message was sent. */
  @Column(name = "queued_at")
  private OffsetDateTime queuedAt;

  /** The server that queued its last message ({@code ThisServer.ID}: instance/process). */
  @Column(name = "queued_by", length = 80)
  private String queuedBy;

  /** How often recovery (or a manager) queued it again. */
  @Column(nullable = false)
  private int requeues;

  protected PartnerEvent() {}

  public Long id() {
    return id;
  }

  public String partner() {
    return partner;
  }

  public String eventId() {
    return eventId;
  }

  public String eventType() {
    return eventType;
  }

  public String partnerOrderId() {
    return partnerOrderId;
  }

  public String payload() {
    return payload;
  }

  public OffsetDateTime receivedAt() {
    return receivedAt;
  }

  public PartnerEventStatus status() {
    return status;
  }

  public Long orderId() {
    return orderId;
  }

  /** What became of it, or null while it is not handled. */
  public Phrase outcome() {
    return outcome == null ? null : new Phrase(outcomeCode, outcomeArguments, outcome);
  }

  public int failures() {
    return failures;
  }

  public String lastError() {
    return lastError;
  }

  public OffsetDateTime handledAt() {
    return handledAt;
  }

  public OffsetDateTime queuedAt() {
    return queuedAt;
  }

  public int requeues() {
    return requeues;
  }

  /** True once the intake has handled it; a redelivered message for it must change nothing. */
  public boolean isHandled() {
    return status != PartnerEventStatus.RECEIVED;
  }

  /** True while its order waits for a manager to accept it. */
  public boolean isWaiting() {
    return status == PartnerEventStatus.WAITING;
  }

  /** The waiting order, as the intake recorded it (JSON), or null. */
  public String waitingOrder() {
    return waitingOrder;
  }

  /** The order source of the waiting order, or null. */
  public String waitingSource() {
    return waitingSource;
  }

  /** The store accepts manually: the order waits for a manager. */
  public void awaitAcceptance(String orderJson, String source, OffsetDateTime at) {
    handle(
        PartnerEventStatus.WAITING,
        Phrase.of("outcome.waiting", "waiting for a manager to accept it"),
        at);
    this.waitingOrder = orderJson;
    this.waitingSource = source;
  }

  public void placed(long orderId, Phrase outcome, OffsetDateTime at) {
    handle(PartnerEventStatus.PLACED, outcome, at);
    this.orderId = orderId;
  }

  public void denied(Phrase outcome, OffsetDateTime at) {
    handle(PartnerEventStatus.DENIED, outcome, at);
  }

  public void cancelled(long orderId, Phrase outcome, OffsetDateTime at) {
    handle(PartnerEventStatus.CANCELLED, outcome, at);
    this.orderId = orderId;
  }

  /**
   * A cancellation that came before its order (kept for it), or an order whose cancellation came
   * first (never cooked): cancelled, with no kitchen order.
   */
  public void cancelledBeforeArrival(Phrase outcome, OffsetDateTime at) {
    handle(PartnerEventStatus.CANCELLED, outcome, at);
  }

  public void ignored(Phrase outcome, OffsetDateTime at) {
    handle(PartnerEventStatus.IGNORED, outcome, at);
  }

  /** An attempt to handle it failed; kept for the manager's dead-letter page. */
  public void failed(String error) {
    failures++;
    lastError = ShortText.clip(error, MAX_ERROR);
  }

  private void handle(PartnerEventStatus to, Phrase outcome, OffsetDateTime at) {
    boolean decidingWaiting = isWaiting() && to != PartnerEventStatus.WAITING;
    if (isHandled() && !decidingWaiting) {
      throw new IllegalStateException("partner event " + id + " was already handled: " + status);
    }
    this.status = to;
    Phrase kept = outcome.clipped(MAX_OUTCOME);
    this.outcome = kept.english();
    this.outcomeCode = kept.code();
    this.outcomeArguments = kept.arguments();
    this.handledAt = at;
  }
}
