package com.angelskitchen.web.health;

import com.angelskitchen.delivery.boundary.PartnerInbox;
import com.angelskitchen.delivery.boundary.StuckEvents;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Down while a partner event has been acknowledged and left unprocessed for longer than the stuck
 * threshold ({@code ak.partners.stuck-after-seconds}): a partner believes the kitchen has an order
 * that it may not have. Reports the age of the oldest unprocessed event and how many are stuck.
 */
@Readiness
@ApplicationScoped
public class PartnerIntakeCheck implements HealthCheck {

  @EJB PartnerInbox inbox;

  @EJB StuckEvents stuck;

  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("partner-intake");
    try {
      OffsetDateTime now = OffsetDateTime.now(clock);
      long oldestSeconds =
          inbox.oldestUnprocessed().map(at -> Duration.between(at, now).toSeconds()).orElse(0L);
      boolean stuckNow = oldestSeconds > stuck.threshold().toSeconds();
      return response
          .status(!stuckNow)
          .withData("oldestUnprocessedSeconds", oldestSeconds)
          .withData("stuckAfterSeconds", stuck.threshold().toSeconds())
          .build();
    } catch (RuntimeException unreadable) {
      return response.down().withData("error", String.valueOf(unreadable.getMessage())).build();
    }
  }
}
