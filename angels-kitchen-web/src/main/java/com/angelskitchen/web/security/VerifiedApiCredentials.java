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
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API clients send HTTP Basic credentials with every request; checking a PBKDF2 hash each time
 * would cost a fifth of a second of CPU per order. A credential that checked out is remembered for
 * a minute, keyed by an HMAC of username and password under a key that lives only in this process's
 * memory (so the map holds no password). A member's change of password, role or enabled state
 * forgets their entries at once.
 */
@ApplicationScoped
public class VerifiedApiCredentials {

  private static final Duration REMEMBER_FOR = Duration.ofMinutes(1);
  private static final int REMEMBERED = 1_000;

  private final byte[] key = new byte[32];
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  private record Verified(CredentialValidationResult result, Instant until) {}

  public VerifiedApiCredentials() {
    new SecureRandom().nextBytes(key);
  }

  public Optional<CredentialValidationResult> recall(String username, String password) {
    Verified v = verified.get(mac(username, password));
    return v != null && v.until().isAfter(clock.instant())
        ? Optional.of(v.result())
        : Optional.empty();
  }

  public void remember(String username, String password, CredentialValidationResult result) {
    Instant now = clock.instant();
    if (verified.size() >= REMEMBERED) {
      verified.values().removeIf(v -> !v.until().isAfter(now));
      if (verified.size() >= REMEMBERED) {
        verified.clear();
      }
    }
    verified.put(mac(username, password), new Verified(result, now.plus(REMEMBER_FOR)));
  }

  void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffChanged change) {
    verified
        .values()
        .removeIf(v -> v.result().getCallerPrincipal().getName().equals(change.username()));
  }

  private String mac(String username, String password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(new SecretKeySpec(key, "HmacSHA256"));
      hmac.update(username.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return HexFormat.of().formatHex(hmac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
