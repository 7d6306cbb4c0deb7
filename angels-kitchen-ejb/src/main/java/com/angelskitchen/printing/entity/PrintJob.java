package com.angelskitchen.printing.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One slip to print, or the drawer's pulse. The bytes are rendered when the job is queued (the
 * ticket as it was then, in the store's language) and kept without the REPRINT banner, which the
 * sender puts on top when the job is a reprint or was attempted before: a job whose attempt may
 * have come out already says so. Jobs of a printer go out in id order.
 */
@Entity
@Cacheable(false)
@Table(name = "print_job")
@NamedQuery(
    name = PrintJob.RECENT,
    query = "SELECT j FROM PrintJob j WHERE j.createdAt >= :since ORDER BY j.id DESC")
@NamedQuery(
    name = PrintJob.RECENT_WITH_STATUS,
    query =
        "SELECT j FROM PrintJob j WHERE j.createdAt >= :since AND j.status = :status"
            + " ORDER BY j.id DESC")
@NamedQuery(
    name = PrintJob.NEXT_OF_PRINTER,
    query =
        "SELECT j FROM PrintJob j WHERE j.printerCode = :printer"
            + " AND j.status = com.angelskitchen.printing.entity.JobStatus.QUEUED ORDER BY j.id")
public class PrintJob {

  public static final String RECENT = "PrintJob.recent";
  public static final String RECENT_WITH_STATUS = "PrintJob.recentWithStatus";
  public static final String NEXT_OF_PRINTER = "PrintJob.nextOfPrinter";

  /** After this many failed attempts a job is given up (FAILED), shown, and never retried. */
  public static final int MAX_ATTEMPTS = 50;

  /**
   * The longest wait between two attempts. The wait grows by a second per attempt up to this, so a
   * printer back within a minute prints at once and one unplugged for a quarter of an hour still
   * gets its tickets.
   */
  public static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "printer_code", nullable = false, length = 32, updatable = false)
  private String printerCode;

  /** The station a ticket's slip is for; null for the cashier's slips. */
  @Column(name = "station_code", length = 32, updatable = false)
  private String stationCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private JobKind kind;

  @Column(name = "ticket_id", updatable = false)
  private Long ticketId;

  @Column(name = "order_id", updatable = false)
  private Long orderId;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private JobStatus status = JobStatus.QUEUED;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "printed_at")
  private OffsetDateTime printedAt;

  @Column(name = "maybe_printed", nullable = false)
  private boolean maybePrinted;

  @Column(name = "attempted_at")
  private OffsetDateTime attemptedAt;

  @Column(name = "last_error", length = 200)
  private String lastError;

  protected PrintJob() {}

  public PrintJob(
      String printerCode,
      JobKind kind,
      Long ticketId,
      Long orderId,
      byte[] payload,
      OffsetDateTime now) {
    this(printerCode, null, kind, ticketId, orderId, payload, now);
  }

  /** A job for a station's ticket: its slip, a reprint or its cancellation. */
  public PrintJob(
      String printerCode,
      String stationCode,
      JobKind kind,
      Long ticketId,
      Long orderId,
      byte[] payload,
      OffsetDateTime now) {
    this.printerCode = Objects.requireNonNull(printerCode, "printerCode");
    this.stationCode = stationCode;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.ticketId = ticketId;
    this.orderId = orderId;
    this.payload = payload.clone();
    this.createdAt = now;
  }

  /**
   * True when what is sent says REPRINT: it was asked for, or an earlier attempt got as far as
   * sending, so a copy may be on the rail already. An attempt that could not even connect printed
   * nothing and leaves no banner: a cook must never mistake a first copy for a duplicate.
   */
  public boolean printsAsReprint() {
    return kind == JobKind.REPRINT || (kind != JobKind.DRAWER && maybePrinted);
  }

  /** When the job may be tried again: at once if never tried, else after a growing wait. */
  public OffsetDateTime retryAt() {
    if (attempts == 0 || attemptedAt == null) {
      return createdAt;
    }
    Duration wait = Duration.ofSeconds(attempts);
    return attemptedAt.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
  }

  public void printed(OffsetDateTime now) {
    status = JobStatus.PRINTED;
    printedAt = now;
    lastError = null;
  }

  /**
   * Not printed, on purpose: the ticket moved to another station or its order was cancelled before
   * the slip came out.
   */
  public void skip(String why) {
    status = JobStatus.SKIPPED;
    lastError = why;
  }

  /** The printer could not be reached: nothing was sent. */
  public void unreachable(String error, OffsetDateTime now) {
    attempts++;
    attemptedAt = now;
    failed(error, attempts);
  }

  /**
   * An attempt failed; after {@link #MAX_ATTEMPTS} the job is given up.
   *
   * @param attemptsNow the attempts counted so far, this one included
   */
  public void failed(String error, int attemptsNow) {
    lastError = error == null ? null : error.length() > 200 ? error.substring(0, 200) : error;
    if (attemptsNow >= MAX_ATTEMPTS) {
      status = JobStatus.FAILED;
    }
  }

  public Long id() {
    return id;
  }

  public String printerCode() {
    return printerCode;
  }

  public String stationCode() {
    return stationCode;
  }

  public JobKind kind() {
    return kind;
  }

  public Long ticketId() {
    return ticketId;
  }

  public Long orderId() {
    return orderId;
  }

  public byte[] payload() {
    return payload.clone();
  }

  public JobStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime printedAt() {
    return printedAt;
  }

  public boolean maybePrinted() {
    return maybePrinted;
  }

  public OffsetDateTime attemptedAt() {
    return attemptedAt;
  }

  public String lastError() {
    return lastError;
  }
}
