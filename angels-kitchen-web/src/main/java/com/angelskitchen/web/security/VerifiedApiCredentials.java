package com.angelskitchen.web.security;

import com.angelskitchen.staff.boundary.StaffChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API clients send HTTP Basic credentials with every request; checking a PBKDF2 hash each time
 * would cost a fifth of a second of CPU per order. A credential that checked out is remembered for
 * a minute, keyed by an HMAC of username and password under a key that lives only in this process's
 * memory (so the map holds no password). A member's change of password, role or enabled state
 * forgets their entries at once. When an entry runs out, one request checks the password again
 * while the others go on with the old answer for up to another minute: a POS or a load of 32
 * connections would otherwise all hash at the same instant, once a minute, and stall the kitchen
 * for a second.
 */
@ApplicationScoped
public class VerifiedApiCredentials {

  private static final Duration REMEMBER_FOR = Duration.ofMinutes(1);
  private static final Duration STALE_FOR = Duration.ofMinutes(1);
  private static final int REMEMBERED = 1_000;

  private final byte[] key = new byte[32];
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  Clock clock = Clock.systemUTC();

  private record Verified(
      CredentialValidationResult result, Instant until, AtomicBoolean rechecking) {}

  /** One keyed MAC per thread: looked up and keyed once, not per request. */
  private final ThreadLocal<Mac> macs =
      ThreadLocal.withInitial(
          () -> {
            try {
              Mac hmac = Mac.getInstance("HmacSHA256");
              hmac.init(new SecretKeySpec(key, "HmacSHA256"));
              return hmac;
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
          });

  public VerifiedApiCredentials() {
    new SecureRandom().nextBytes(key);
  }

  /**
   * The remembered answer for this credential; empty when there is none, or when this caller is the
   * one to check the password again (then {@link #remember} its answer).
   */
  public Optional<CredentialValidationResult> recall(String username, String password) {
    Verified v = verified.get(mac(username, password));
    Instant now = clock.instant();
    if (v == null || !v.until().plus(STALE_FOR).isAfter(now)) {
      return Optional.empty();
    }
    if (v.until().isAfter(now) || !v.rechecking().compareAndSet(false, true)) {
      return Optional.of(v.result());
    }
    return Optional.empty();
  }

  /** A recheck found the credential no longer valid: forget it. */
  public void forget(String username, String password) {
    verified.remove(mac(username, password));
  }

  public void remember(String username, String password, CredentialValidationResult result) {
    Instant now = clock.instant();
    if (verified.size() >= REMEMBERED) {
      verified.values().removeIf(v -> !v.until().plus(STALE_FOR).isAfter(now));
      if (verified.size() >= REMEMBERED) {
        verified.clear();
      }
    }
    verified.put(
        mac(username, password),
        new Verified(result, now.plus(REMEMBER_FOR), new AtomicBoolean(false)));
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffChanged change) {
    verified
        .values()
        .removeIf(v -> v.result().getCallerPrincipal().getName().equals(change.username()));
  }

  private String mac(String username, String password) {
    Mac hmac = macs.get();
    hmac.update(username.getBytes(StandardCharsets.UTF_8));
    hmac.update((byte) 0);
    return HexFormat.of().formatHex(hmac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
  }
}
