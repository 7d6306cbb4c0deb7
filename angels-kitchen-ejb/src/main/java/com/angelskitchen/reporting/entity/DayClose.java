package com.angelskitchen.reporting.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A business day closed by a Z report: when, by whom, the window of time it covered, and the report
 * as it was at that moment (JSON), never recomputed. Written once, by an insert that does nothing
 * when the day is closed already (two managers closing at the same moment: one close); never
 * changed.
 */
@Entity
@Cacheable(false)
@Table(name = "day_close")
@NamedQuery(
    name = DayClose.LATEST,
    query = "SELECT d FROM DayClose d ORDER BY d.closedAt DESC, d.businessDay DESC")
public class DayClose {

  public static final String LATEST = "DayClose.latest";

  @Id
  @Column(name = "business_day", updatable = false)
  private LocalDate businessDay;

  @Column(name = "opened_from", nullable = false, updatable = false)
  private OffsetDateTime openedFrom;

  @Column(name = "closed_at", nullable = false, updatable = false)
  private OffsetDateTime closedAt;

  @Column(name = "closed_by", nullable = false, updatable = false, length = 40)
  private String closedBy;

  @Column(nullable = false, updatable = false)
  private String report;

  protected DayClose() {}

  public LocalDate businessDay() {
    return businessDay;
  }

  /** The start of the window it covered (exclusive); the epoch for the first close. */
  public OffsetDateTime openedFrom() {
    return openedFrom;
  }

  public OffsetDateTime closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }

  /** The report as frozen at the close, JSON. */
  public String report() {
    return report;
  }
}
