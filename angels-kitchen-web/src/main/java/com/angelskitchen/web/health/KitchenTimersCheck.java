package com.angelskitchen.web.health;

import com.angelskitchen.web.kds.KitchenTimers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the kitchen screens' timer thread still ticks: it fills gaps in the pushed sequence
 * and sends the heartbeats that keep screens connected. If it stopped, screens would freeze until
 * the server is restarted, which is what a failed liveness check asks for.
 */
@Liveness
@ApplicationScoped
public class KitchenTimersCheck implements HealthCheck {

  @Inject KitchenTimers timers;

  @Override
  public HealthCheckResponse call() {
    long sinceTick = timers.millisSinceLastTick();
    return HealthCheckResponse.named("kitchen-timers")
        .status(sinceTick < KitchenTimers.STALLED_AFTER_MILLIS)
        .withData("millisSinceLastTick", sinceTick)
        .build();
  }
}
