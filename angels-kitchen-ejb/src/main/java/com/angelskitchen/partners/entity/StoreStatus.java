package com.angelskitchen.partners.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Whether the store takes delivery-partner orders now (one row). */
@Entity
// Never from a server's cache: who may sign in, and whether the store takes partner orders, must be
// what the database says on every server of a cluster at once.
@Cacheable(false)
@Table(name = "store_status")
public class StoreStatus {

  /** The id of the one row. */
  public static final int THE_STORE = 1;

  @Id private int id;

  @Column(nullable = false)
  private boolean paused;

  @Column(length = 200)
  private String reason;

  @Column(name = "accept_manually", nullable = false)
  private boolean acceptManually;

  @Column(name = "changed_at", nullable = false)
  private OffsetDateTime changedAt;

  protected StoreStatus() {}

  public boolean paused() {
    return paused;
  }

  /** Whether a manager accepts each partner order (otherwise the kitchen accepts at once). */
  public boolean acceptManually() {
    return acceptManually;
  }

  public void acceptManually(boolean manually, OffsetDateTime at) {
    this.acceptManually = manually;
    this.changedAt = at;
  }

  public String reason() {
    return reason;
  }

  public OffsetDateTime changedAt() {
    return changedAt;
  }

  public void pause(String reason, OffsetDateTime at) {
    this.paused = true;
    this.reason = reason;
    this.changedAt = at;
  }

  public void resume(OffsetDateTime at) {
    this.paused = false;
    this.reason = null;
    this.changedAt = at;
  }
}
