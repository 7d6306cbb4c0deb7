package com.angelskitchen.web.health;

import com.angelskitchen.kitchenlog.boundary.KitchenLogReader;
import com.angelskitchen.kitchenlog.entity.KitchenLogEntry;
import com.angelskitchen.web.kds.EventSequencer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while this server's kitchen screens lag behind the kitchen log by more than {@code
 * ak.health.push-lag-seconds} (default 5): events are committed that its screens have not been
 * sent. Reports the lag (age of the oldest event not yet pushed) and how many events are pending.
 */
@Readiness
@ApplicationScoped
public class KitchenPushCheck implements HealthCheck {

  @EJB KitchenLogReader log;

  @Inject EventSequencer sequencer;

  @Inject Config config;

  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("kitchen-push");
    try {
      long released = sequencer.released();
      long pending = Math.max(0, log.lastSequence() - released);
      long lagMillis = 0;
      if (pending > 0) {
        List<KitchenLogEntry> next = log.after(released, 1);
        if (!next.isEmpty()) {
          lagMillis =
              Math.max(
                  0,
                  Duration.between(next.get(0).recordedAt(), OffsetDateTime.now(clock)).toMillis());
        }
      }
      long limit =
          config.getOptionalValue("ak.health.push-lag-seconds", Integer.class).orElse(5) * 1000L;
      return response
          .status(lagMillis <= limit)
          .withData("pendingEvents", pending)
          .withData("lagMillis", lagMillis)
          .withData("releasedSequence", released)
          .build();
    } catch (RuntimeException unreadable) {
      return response.down().withData("error", String.valueOf(unreadable.getMessage())).build();
    }
  }
}
