package com.angelskitchen.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the clock in the restaurant's time zone: {@code ak.timezone} (an IANA name such as
 * America/Argentina/Buenos_Aires), or the server's own zone when unset.
 */
@ApplicationScoped
public class RestaurantClock {

  @Inject
  @ConfigProperty(name = "ak.timezone")
  Optional<String> timeZone;

  @Produces
  Clock clock() {
    return Clock.system(
        timeZone.filter(z -> !z.isBlank()).map(ZoneId::of).orElse(ZoneId.systemDefault()));
  }
}
