package com.angelskitchen.partners.entity;

import com.angelskitchen.partners.control.BusyRule;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Whether the kitchen is busy now and what the partners were told (one row). Switched under the
 * row's lock, by a manager or by the automatic evaluation of any server; a switch to the state it
 * is already in changes nothing.
 */
@Entity
// Never from a server's cache: both servers of a cluster decide from what the database says.
@Cacheable(false)
@Table(name = "busy_mode")
public class BusyMode {

  /** The id of the one row. */
  public static final int THE_KITCHEN = 1;

  /** What busy mode asks of the partners. */
  public enum Kind {
    /** Add minutes to the partners' prep time. */
    EXTRA_TIME,
    /** Take no new partner orders. */
    PAUSE
  }

  @Id private int id;

  @Column(nullable = false)
  private boolean busy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind mode;

  @Column(name = "extra_minutes", nullable = false)
  private int extraMinutes;

  @Column(nullable = false)
  private boolean manual;

  @Column(name = "open_tickets_limit")
  private Integer openTicketsLimit;

  @Column(name = "oldest_minutes_limit")
  private Integer oldestMinutesLimit;

  @Column(name = "calm_seconds", nullable = false)
  private int calmSeconds;

  @Column(name = "calm_since")
  private OffsetDateTime calmSince;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected BusyMode() {}

  public boolean busy() {
    return busy;
  }

  public Kind mode() {
    return mode;
  }

  public int extraMinutes() {
    return extraMinutes;
  }

  /** True when a manager made the current state: the automatic evaluation leaves it alone. */
  public boolean manual() {
    return manual;
  }

  public Integer openTicketsLimit() {
    return openTicketsLimit;
  }

  public Integer oldestMinutesLimit() {
    return oldestMinutesLimit;
  }

  public int calmSeconds() {
    return calmSeconds;
  }

  public OffsetDateTime calmSince() {
    return calmSince;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public BusyRule.State state() {
    return new BusyRule.State(busy, manual, calmSince);
  }

  public BusyRule.Thresholds thresholds() {
    return new BusyRule.Thresholds(
        openTicketsLimit, oldestMinutesLimit, Duration.ofSeconds(calmSeconds));
  }

  /**
   * Switches on or off, in this way.
   *
   * @return whether the partners must hear of it: it was off and is on, it was on and is off, or it
   *     stays on but in another way
   */
  public boolean switchTo(
      boolean busy, Kind mode, int extraMinutes, boolean manual, OffsetDateTime at) {
    boolean change =
        this.busy != busy || (busy && (this.mode != mode || this.extraMinutes != extraMinutes));
    this.manual = manual;
    this.calmSince = null;
    if (change) {
      this.busy = busy;
      this.mode = mode;
      this.extraMinutes = extraMinutes;
      this.changedAt = at;
    }
    return change;
  }

  /** The automatic evaluation decides again (a manager handed it back). */
  public void automatic() {
    this.manual = false;
    this.calmSince = null;
  }

  public void calmSince(OffsetDateTime since) {
    this.calmSince = since;
  }

  /** The manager's thresholds; null thresholds turn automatic busy mode off. */
  public void limits(
      Integer openTickets, Integer oldestMinutes, int calmSeconds, Kind mode, int extraMinutes) {
    this.openTicketsLimit = openTickets;
    this.oldestMinutesLimit = oldestMinutes;
    this.calmSeconds = calmSeconds;
    if (!busy) {
      this.mode = mode;
      this.extraMinutes = extraMinutes;
    }
  }
}
