package com.angelskitchen.partners.spi;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * A partner's settings, read through MicroProfile Config under {@code ak.partners.<id>.<name>}:
 * secrets from Payara password aliases or the environment, never from the source tree. Read when
 * used, so a changed secret applies without a redeploy.
 */
public final class PartnerSettings {

  private final Config config;
  private final String prefix;

  public PartnerSettings(Config config, String partnerId) {
    this.config = config;
    this.prefix = "ak.partners." + partnerId + ".";
  }

  public Optional<String> get(String name) {
    return config.getOptionalValue(prefix + name, String.class).filter(v -> !v.isBlank());
  }

  public String get(String name, String fallback) {
    return get(name).orElse(fallback);
  }

  public URI uri(String name, String fallback) {
    String value = get(name, fallback);
    return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }
}
