package com.angelskitchen.web.health;

import com.angelskitchen.printing.boundary.Printers;
import com.angelskitchen.printing.entity.Printer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The kitchen's printers. A printer out of paper, in error or unplugged, and slips waiting too
 * long, are reported in the data (each printer's status, the jobs waiting, the oldest one's age,
 * {@code stuck} when the slip next in a printer's line has waited longer than {@value
 * #STUCK_AFTER_SECONDS} seconds without an attempt) but keep the server ready: the print queue is
 * shared by every server of a cluster, so a readiness that failed for it would take every server
 * out of the load balancer at once and stop the whole kitchen for one printer.
 */
@Readiness
@ApplicationScoped
public class PrintersCheck implements HealthCheck {

  static final long STUCK_AFTER_SECONDS = 30;

  @EJB Printers printers;

  @Inject Clock clock;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response = HealthCheckResponse.named("printers");
    try {
      OffsetDateTime now = OffsetDateTime.now(clock);
      long oldestSeconds =
          printers.oldestQueued().map(at -> Duration.between(at, now).toSeconds()).orElse(0L);
      long untriedSeconds =
          printers.oldestUntried().map(at -> Duration.between(at, now).toSeconds()).orElse(0L);
      Map<String, Long> queued = printers.queuedByPrinter();
      response
          .up()
          .withData("stuck", untriedSeconds > STUCK_AFTER_SECONDS)
          .withData("queuedJobs", queued.values().stream().mapToLong(Long::longValue).sum())
          .withData("oldestQueuedSeconds", oldestSeconds)
          .withData("oldestUntriedSeconds", untriedSeconds)
          .withData(
              "needAttention",
              printers.printers().stream()
                  .filter(p -> p.status().needsAttention())
                  .map(Printer::code)
                  .collect(Collectors.joining(",")));
      for (Printer printer : printers.printers()) {
        response.withData(
            "printer." + printer.code(),
            printer.status().name() + " (" + queued.getOrDefault(printer.code(), 0L) + " queued)");
      }
      return response.build();
    } catch (RuntimeException unreadable) {
      return response.down().withData("error", String.valueOf(unreadable.getMessage())).build();
    }
  }
}
