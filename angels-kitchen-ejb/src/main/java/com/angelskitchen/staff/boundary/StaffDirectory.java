package com.angelskitchen.staff.boundary;

import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.ThisServer;
import com.angelskitchen.staff.control.DeviceTokens;
import com.angelskitchen.staff.control.PasswordHashes;
import com.angelskitchen.staff.control.StaffRules;
import com.angelskitchen.staff.control.StaffSettings;
import com.angelskitchen.staff.entity.DeviceLogin;
import com.angelskitchen.staff.entity.StaffMember;
import com.angelskitchen.staff.entity.StaffRole;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The staff list and signing in. Managers hire members (one role each), disable and enable them and
 * reset their passwords; at least one enabled manager always remains. Disabling a member or
 * resetting their password also signs out every device that stayed signed in as them.
 */
@Stateless
public class StaffDirectory {

  private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject StaffSettings settings;

  @Inject Event<StaffChanged> changed;

  private PasswordHashes hashes;

  @PostConstruct
  void init() {
    hashes = new PasswordHashes(settings.passwordIterations());
  }

  public List<StaffView> all() {
    return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList().stream()
        .map(StaffView::of)
        .toList();
  }

  public StaffView member(String username) {
    return StaffView.of(find(username));
  }

  /** True when this username is an enabled manager (false for anyone else, known or not). */
  public boolean isManager(String username) {
    return username != null
        && byUsername(username.strip().toLowerCase(java.util.Locale.ROOT), LockModeType.NONE)
            .filter(m -> m.enabled() && m.role() == StaffRole.MANAGER)
            .isPresent();
  }

  public boolean anyone() {
    return !em.createQuery("SELECT m.id FROM StaffMember m", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Adds a member of staff; their username must be new. */
  public StaffView hire(String username, String displayName, StaffRole role, String password) {
    String name = StaffRules.username(username);
    String display = StaffRules.displayName(displayName);
    char[] secret = StaffRules.password(password);
    if (role == null) {
      throw new InvalidRequestException(
          "staff.role-missing", "choose a role: CASHIER, COOK, EXPO or MANAGER");
    }
    if (byUsername(name, LockModeType.NONE).isPresent()) {
      throw new KitchenException(
          KitchenException.Kind.CONFLICT,
          "staff.username-taken",
          "the username " + name + " is taken",
          name);
    }
    StaffMember member = new StaffMember(name, display, role, hash(secret), now());
    em.persist(member);
    LOG.info(() -> "staff member " + name + " hired as " + role);
    return StaffView.of(member);
  }

  public StaffView resetPassword(String username, String password) {
    char[] secret = StaffRules.password(password);
    StaffMember member = locked(username);
    member.changePassword(hash(secret), now());
    forgetDevices(member);
    announceChange(member);
    return StaffView.of(member);
  }

  /**
   * Records and announces a change of the member's access: to this server's observers after commit,
   * and to the other servers of a cluster by a PostgreSQL notice sent in this transaction
   * (delivered if, and only if, it commits).
   */
  private void announceChange(StaffMember member) {
    member.accessChanged(now());
    em.createNativeQuery("SELECT pg_notify('" + StaffChanged.CHANNEL + "', ?1 || ' ' || ?2)")
        .setParameter(1, member.username())
        .setParameter(2, ThisServer.ID)
        .getSingleResult();
    changed.fire(new StaffChanged(member.username()));
  }

  /**
   * Members whose access changed since then, with when: a server that starts learns which sessions
   * (replicated to it by another server) were signed in before such a change.
   */
  public Map<String, OffsetDateTime> accessChangesSince(OffsetDateTime since) {
    return em.createQuery(
            "SELECT m FROM StaffMember m WHERE m.accessChangedAt > :since", StaffMember.class)
        .setParameter("since", since)
        .getResultStream()
        .collect(Collectors.toMap(StaffMember::username, StaffMember::accessChangedAt));
  }

  public StaffView disable(String username) {
    return change(username, null, null, false);
  }

  public StaffView enable(String username) {
    return change(username, null, null, true);
  }

  /**
   * Renames, changes the role of, disables or enables a member, all or nothing; a null leaves that
   * part as it is. The last enabled manager can be neither disabled nor demoted.
   */
  public StaffView change(String username, String displayName, StaffRole role, Boolean enabled) {
    StaffMember member = locked(username);
    String display = displayName == null ? null : StaffRules.displayName(displayName);
    boolean demoted = role != null && role != member.role() && member.role() == StaffRole.MANAGER;
    boolean disabled = Boolean.FALSE.equals(enabled) && member.enabled();
    if ((demoted || disabled)
        && member.role() == StaffRole.MANAGER
        && member.enabled()
        && enabledManagers() <= 1) {
      throw new KitchenException(
          KitchenException.Kind.CONFLICT,
          "staff.last-manager",
          "the last enabled manager can be neither disabled nor given another role");
    }
    if (display != null) {
      member.rename(display);
    }
    if (role != null) {
      member.assign(role);
    }
    if (enabled != null) {
      member.enabled(enabled);
    }
    if (disabled) {
      forgetDevices(member);
      LOG.info(() -> "staff member " + member.username() + " disabled");
    }
    announceChange(member);
    return StaffView.of(member);
  }

  /**
   * The member with this username and password, if they are enabled. Costs one PBKDF2 check whether
   * or not the username exists.
   */
  public Optional<StaffIdentity> signIn(String username, char[] password) {
    Optional<StaffMember> member =
        username == null
            ? Optional.empty()
            : byUsername(username.strip().toLowerCase(java.util.Locale.ROOT), LockModeType.NONE);
    if (member.isEmpty()) {
      hashes.waste(password);
      return Optional.empty();
    }
    boolean matches = hashes.matches(password, member.get().passwordHash());
    return matches && member.get().enabled()
        ? Optional.of(StaffIdentity.of(member.get()))
        : Optional.empty();
  }

  /** Keeps a device signed in as this member: returns the token for the device's cookie. */
  public String rememberDevice(String username) {
    StaffMember member = find(username);
    String token = DeviceTokens.newToken();
    OffsetDateTime now = now();
    em.persist(
        new DeviceLogin(
            DeviceTokens.digest(token), member, now, now.plus(settings.deviceLoginLifetime())));
    return token;
  }

  /** Who a device's token signs in, if it is known, unexpired and its member still enabled. */
  public Optional<StaffIdentity> recognizeDevice(String token) {
    if (!DeviceTokens.wellFormed(token)) {
      return Optional.empty();
    }
    List<DeviceLogin> found =
        em.createNamedQuery(DeviceLogin.BY_DIGEST, DeviceLogin.class)
            .setParameter("digest", DeviceTokens.digest(token))
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    DeviceLogin device = found.get(0);
    OffsetDateTime now = now();
    if (device.expiredAt(now) || !device.member().enabled()) {
      em.remove(device);
      return Optional.empty();
    }
    device.usedAt(now);
    return Optional.of(
        StaffIdentity.of(
            device.member(),
            device.language() != null ? device.language() : device.member().language()));
  }

  /** The language a member of staff chose for their screens; null for the store's. */
  public String languageOf(String username) {
    return find(username).language();
  }

  /**
   * Keeps the language a member of staff chose for their screens.
   *
   * @param language a tag the screens support, or null for the store's language
   */
  public void chooseLanguage(String username, String language) {
    find(username).speak(language);
  }

  /**
   * Keeps the language a wall screen chose for itself, with its device login; false when the token
   * is unknown (the choice then belongs to the member).
   */
  public boolean chooseDeviceLanguage(String token, String language) {
    if (!DeviceTokens.wellFormed(token)) {
      return false;
    }
    List<DeviceLogin> found =
        em.createNamedQuery(DeviceLogin.BY_DIGEST, DeviceLogin.class)
            .setParameter("digest", DeviceTokens.digest(token))
            .getResultList();
    found.forEach(device -> device.speak(language));
    return !found.isEmpty();
  }

  /**
   * Keeps the sound a wall screen chose for new tickets, with its device login; false when the
   * token is unknown (the choice then lasts for the browser's session only).
   */
  public boolean chooseDeviceSound(String token, String sound) {
    List<DeviceLogin> found = devices(token);
    found.forEach(device -> device.sound(sound));
    return !found.isEmpty();
  }

  /** The sound a wall screen chose, if its token is known and it chose one. */
  public Optional<String> deviceSound(String token) {
    return devices(token).stream().map(DeviceLogin::sound).filter(s -> s != null).findFirst();
  }

  private List<DeviceLogin> devices(String token) {
    if (!DeviceTokens.wellFormed(token)) {
      return List.of();
    }
    return em.createNamedQuery(DeviceLogin.BY_DIGEST, DeviceLogin.class)
        .setParameter("digest", DeviceTokens.digest(token))
        .getResultList();
  }

  public void forgetDevice(String token) {
    if (DeviceTokens.wellFormed(token)) {
      em.createNamedQuery(DeviceLogin.BY_DIGEST, DeviceLogin.class)
          .setParameter("digest", DeviceTokens.digest(token))
          .getResultList()
          .forEach(em::remove);
    }
  }

  /** Adds a member unless the username exists (installation and demo accounts). */
  public boolean hireUnlessPresent(
      String username, String displayName, StaffRole role, String password) {
    if (byUsername(StaffRules.username(username), LockModeType.NONE).isPresent()) {
      return false;
    }
    hire(username, displayName, role, password);
    return true;
  }

  private void forgetDevices(StaffMember member) {
    em.createNamedQuery(DeviceLogin.FORGET_MEMBER).setParameter("member", member).executeUpdate();
  }

  private long enabledManagers() {
    return em.createNamedQuery(StaffMember.ENABLED_MANAGERS, Long.class).getSingleResult();
  }

  private String hash(char[] secret) {
    try {
      return hashes.hash(secret);
    } finally {
      Arrays.fill(secret, '\0');
    }
  }

  private StaffMember find(String username) {
    return byUsername(StaffRules.username(username), LockModeType.NONE)
        .orElseThrow(() -> notFound(username));
  }

  private StaffMember locked(String username) {
    return byUsername(StaffRules.username(username), LockModeType.PESSIMISTIC_WRITE)
        .orElseThrow(() -> notFound(username));
  }

  private static NotFoundException notFound(String username) {
    return new NotFoundException("staff.member-not-found", "no staff member " + username, username);
  }

  private Optional<StaffMember> byUsername(String username, LockModeType lock) {
    return em
        .createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
        .setParameter("username", username)
        .setLockMode(lock)
        .getResultList()
        .stream()
        .findFirst();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
