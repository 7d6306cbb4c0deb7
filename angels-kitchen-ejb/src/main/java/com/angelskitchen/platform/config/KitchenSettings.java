package com.angelskitchen.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import org.eclipse.microprofile.config.Config;

/**
 * The settings a restaurant tunes, with their defaults. Each is read when used, not cached. The
 * staff's own settings (passwords, sign-in) are in {@code staff.control.StaffSettings}.
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><td>ak.tax-rate</td><td>0.21</td><td>VAT rate, 0 ≤ rate &lt; 1</td></tr>
 *   <tr><td>ak.prices-include-tax</td><td>true</td><td>menu prices include the VAT (Argentina:
 *       the receipt says "IVA contenido"); false adds it on top</td></tr>
 *   <tr><td>ak.discount-approval-percent</td><td>10</td><td>a discount of more than this
 *       percentage of what it applies to needs a manager's approval</td></tr>
 *   <tr><td>ak.drawer-blind-close</td><td>true</td><td>a cashier closing a cash drawer counts it
 *       before seeing what is expected</td></tr>
 *   <tr><td>ak.recall-window-minutes</td><td>10</td><td>how long a bumped ticket can be recalled</td></tr>
 *   <tr><td>ak.business-day-starts-at</td><td>04:00</td><td>when order numbers restart</td></tr>
 *   <tr><td>ak.currency</td><td>ARS</td><td>ISO 4217 code of the prices</td></tr>
 *   <tr><td>ak.language</td><td>es-AR</td><td>the store's language and locale (BCP 47): the
 *       screens' language unless someone chooses another, and how money, numbers and dates are
 *       written</td></tr>
 *   <tr><td>ak.demo-mode</td><td>false</td><td>load the demo menu and staff at start</td></tr>
 * </table>
 */
@ApplicationScoped
public class KitchenSettings {

  @Inject Config config;

  public BigDecimal taxRate() {
    return config.getOptionalValue("ak.tax-rate", BigDecimal.class).orElse(new BigDecimal("0.21"));
  }

  /** True when menu prices include the VAT; false when it is added on top. */
  public boolean pricesIncludeTax() {
    return config.getOptionalValue("ak.prices-include-tax", Boolean.class).orElse(true);
  }

  /** A discount above this percentage of what it applies to needs a manager (0–100). */
  public BigDecimal discountApprovalPercent() {
    return config
        .getOptionalValue("ak.discount-approval-percent", BigDecimal.class)
        .orElse(BigDecimal.TEN);
  }

  /** True when a drawer's cash is counted before the cashier sees what is expected. */
  public boolean drawerBlindClose() {
    return config.getOptionalValue("ak.drawer-blind-close", Boolean.class).orElse(true);
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

  /** The store's language and locale, a BCP 47 tag such as es-AR or en-US. */
  public String language() {
    return config
        .getOptionalValue("ak.language", String.class)
        .filter(tag -> !tag.isBlank())
        .orElse("es-AR");
  }

  public boolean demoMode() {
    return config.getOptionalValue("ak.demo-mode", Boolean.class).orElse(false);
  }
}
