package com.angelskitchen.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import org.eclipse.microprofile.config.Config;

/**
 * The settings a restaurant tunes, with their defaults. Each is read when used, not cached.
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><td>ak.tax-rate</td><td>0.21</td><td>tax on the subtotal, 0 ≤ rate &lt; 1</td></tr>
 *   <tr><td>ak.recall-window-minutes</td><td>10</td><td>how long a bumped ticket can be recalled</td></tr>
 *   <tr><td>ak.business-day-starts-at</td><td>04:00</td><td>when order numbers restart</td></tr>
 *   <tr><td>ak.currency</td><td>ARS</td><td>ISO 4217 code of the prices</td></tr>
 *   <tr><td>ak.demo-mode</td><td>false</td><td>load the demo menu and staff at start</td></tr>
 *   <tr><td>ak.staff.password-iterations</td><td>210000</td><td>PBKDF2 rounds for new passwords</td></tr>
 *   <tr><td>ak.staff.device-login-days</td><td>90</td><td>how long a screen stays signed in</td></tr>
 *   <tr><td>ak.login.max-failures</td><td>5</td><td>wrong passwords in a row before a pause</td></tr>
 *   <tr><td>ak.login.lockout-seconds</td><td>60</td><td>the first pause; it doubles each time</td></tr>
 * </table>
 */
@ApplicationScoped
public class KitchenSettings {

  @Inject Config config;

  public BigDecimal taxRate() {
    return config.getOptionalValue("ak.tax-rate", BigDecimal.class).orElse(new BigDecimal("0.21"));
  }

  public Duration recallWindow() {
    return Duration.ofMinutes(
        config.getOptionalValue("ak.recall-window-minutes", Integer.class).orElse(10));
  }

  public LocalTime businessDayStartsAt() {
    return LocalTime.parse(
        config.getOptionalValue("ak.business-day-starts-at", String.class).orElse("04:00"));
  }

  public String currency() {
    return config.getOptionalValue("ak.currency", String.class).orElse("ARS");
  }

  public boolean demoMode() {
    return config.getOptionalValue("ak.demo-mode", Boolean.class).orElse(false);
  }

  public int passwordIterations() {
    return config
        .getOptionalValue("ak.staff.password-iterations", Integer.class)
        .orElse(com.angelskitchen.staff.control.PasswordHashes.DEFAULT_ITERATIONS);
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
