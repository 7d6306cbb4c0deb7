package com.angelskitchen.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * The staff's settings, with their defaults. Each is read when used, not cached.
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><td>ak.staff.password-iterations</td><td>210000</td><td>PBKDF2 rounds for new passwords</td></tr>
 *   <tr><td>ak.staff.device-login-days</td><td>90</td><td>how long a screen stays signed in</td></tr>
 *   <tr><td>ak.login.max-failures</td><td>5</td><td>wrong passwords in a row before a pause</td></tr>
 *   <tr><td>ak.login.lockout-seconds</td><td>60</td><td>the first pause; it doubles each time</td></tr>
 * </table>
 */
@ApplicationScoped
public class StaffSettings {

  @Inject Config config;

  public int passwordIterations() {
    return config
        .getOptionalValue("ak.staff.password-iterations", Integer.class)
        .orElse(PasswordHashes.DEFAULT_ITERATIONS);
  }

  public Duration deviceLoginLifetime() {
    return Duration.ofDays(
        config.getOptionalValue("ak.staff.device-login-days", Integer.class).orElse(90));
  }

  /** Wrong passwords in a row (per username, and per address) before sign-in pauses. */
  public int loginMaxFailures() {
    return config.getOptionalValue("ak.login.max-failures", Integer.class).orElse(5);
  }

  /** The first pause after too many wrong passwords; each further failure doubles it. */
  public Duration loginLockout() {
    return Duration.ofSeconds(
        config.getOptionalValue("ak.login.lockout-seconds", Integer.class).orElse(60));
  }
}
