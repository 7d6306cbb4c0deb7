package com.angelskitchen.web.health;

import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.boundary.StuckEvents;
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
 * Down while an acknowledged partner event has waited longer than the stuck threshold ({@code
 * ak.partners.stuck-after-seconds}) without a single attempt to handle it: the intake is not
 * consuming (broker or consumers down), although recovery queues such events again every few
 * seconds. An event that was tried and keeps failing does not make the server unready — it is one
 * bad order, raised on the partners page, and a load balancer taking every server out for it would
 * stop the whole kitchen. Reports the backlog (events acknowledged and not yet handled) and the age
 * of the oldest unprocessed and the oldest untried event.
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
      long untriedSeconds =
          inbox.oldestUnattempted().map(at -> Duration.between(at, now).toSeconds()).orElse(0L);
      return response
          .status(untriedSeconds <= stuck.threshold().toSeconds())
          .withData("backlog", inbox.unprocessedCount())
          .withData("oldestUnprocessedSeconds", oldestSeconds)
          .withData("oldestUntriedSeconds", untriedSeconds)
          .withData("stuckAfterSeconds", stuck.threshold().toSeconds())
          .build();
    } catch (RuntimeException unreadable) {
      return response.down().withData("error", String.valueOf(unreadable.getMessage())).build();
    }
  }
}
