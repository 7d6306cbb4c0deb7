package com.angelskitchen.staff.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;

/** Someone who signs in: a unique lowercase username, one role, a password hash, enabled or not. */
@Entity
// Never from a server's cache: who may sign in, and whether the store takes partner orders, must be
// what the database says on every server of a cluster at once.
@Cacheable(false)
@Table(name = "staff_member")
@NamedQuery(
    name = StaffMember.BY_USERNAME,
    query = "SELECT m FROM StaffMember m WHERE m.username = :username")
@NamedQuery(name = StaffMember.ALL, query = "SELECT m FROM StaffMember m ORDER BY m.username")
@NamedQuery(
    name = StaffMember.ENABLED_MANAGERS,
    query =
        "SELECT COUNT(m) FROM StaffMember m WHERE m.enabled = TRUE AND m.role ="
            + " com.angelskitchen.staff.entity.StaffRole.MANAGER")
public class StaffMember {

  public static final String BY_USERNAME = "StaffMember.byUsername";
  public static final String ALL = "StaffMember.all";
  public static final String ENABLED_MANAGERS = "StaffMember.enabledManagers";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String username;

  @Column(name = "display_name", nullable = false, length = 80)
  private String displayName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private StaffRole role;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "password_changed_at", nullable = false)
  private OffsetDateTime passwordChangedAt;

  /** When the password, role or enabled state last changed; null if never since hired. */
  @Column(name = "access_changed_at")
  private OffsetDateTime accessChangedAt;

  /** The language they chose for their screens (a BCP 47 tag); null for the store's. */
  @Column(length = 16)
  private String language;

  protected StaffMember() {}

  public StaffMember(
      String username, String displayName, StaffRole role, String passwordHash, OffsetDateTime at) {
    this.username = Objects.requireNonNull(username, "username");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.role = Objects.requireNonNull(role, "role");
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    this.enabled = true;
    this.createdAt = at;
    this.passwordChangedAt = at;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public StaffRole role() {
    return role;
  }

  public boolean enabled() {
    return enabled;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  /** Records that the member's access changed (sessions signed in before it are ended). */
  public void accessChanged(OffsetDateTime at) {
    this.accessChangedAt = at;
  }

  public OffsetDateTime accessChangedAt() {
    return accessChangedAt;
  }

  public OffsetDateTime passwordChangedAt() {
    return passwordChangedAt;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public void changePassword(String hash, OffsetDateTime at) {
    this.passwordHash = Objects.requireNonNull(hash, "hash");
    this.passwordChangedAt = at;
  }

  public void enabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String language() {
    return language;
  }

  public void speak(String language) {
    this.language = language;
  }

  public void rename(String displayName) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
  }

  public void assign(StaffRole role) {
    this.role = Objects.requireNonNull(role, "role");
  }
}
