package com.angelskitchen.staff.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A device that stays signed in as a member of staff, e.g. the Fritura screen on the wall: the
 * device holds a random token in a cookie, the database only its SHA-256 digest, so a copy of the
 * database signs nobody in.
 */
@Entity
// Never from a server's cache: who may sign in, and whether the store takes partner orders, must be
// what the database says on every server of a cluster at once.
@Cacheable(false)
@Table(name = "device_login")
@NamedQuery(
    name = DeviceLogin.BY_DIGEST,
    query = "SELECT d FROM DeviceLogin d JOIN FETCH d.member WHERE d.tokenDigest = :digest")
@NamedQuery(
    name = DeviceLogin.FORGET_MEMBER,
    query = "DELETE FROM DeviceLogin d WHERE d.member = :member")
@NamedQuery(
    name = DeviceLogin.FORGET_EXPIRED,
    query = "DELETE FROM DeviceLogin d WHERE d.expiresAt < :now")
public class DeviceLogin {

  public static final String BY_DIGEST = "DeviceLogin.byDigest";
  public static final String FORGET_MEMBER = "DeviceLogin.forgetMember";
  public static final String FORGET_EXPIRED = "DeviceLogin.forgetExpired";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "token_digest", nullable = false, updatable = false, length = 64)
  private String tokenDigest;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_member_id", nullable = false, updatable = false)
  private StaffMember member;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at", nullable = false)
  private OffsetDateTime lastUsedAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  /** The language this screen was switched to (a BCP 47 tag); null for its member's. */
  @Column(length = 16)
  private String language;

  /**
   * The sound this screen chose for new tickets (chime, bell or off; the web module knows them);
   * null until it chooses. Kept here so a wall screen chimes again after a reload or a restart.
   */
  @Column(length = 16)
  private String sound;

  protected DeviceLogin() {}

  public DeviceLogin(
      String tokenDigest, StaffMember member, OffsetDateTime at, OffsetDateTime expiresAt) {
    this.tokenDigest = tokenDigest;
    this.member = member;
    this.createdAt = at;
    this.lastUsedAt = at;
    this.expiresAt = expiresAt;
  }

  public StaffMember member() {
    return member;
  }

  public boolean expiredAt(OffsetDateTime now) {
    return !expiresAt.isAfter(now);
  }

  public String language() {
    return language;
  }

  public void speak(String language) {
    this.language = language;
  }

  public String sound() {
    return sound;
  }

  public void sound(String sound) {
    this.sound = sound;
  }

  public void usedAt(OffsetDateTime at) {
    this.lastUsedAt = at;
  }
}
