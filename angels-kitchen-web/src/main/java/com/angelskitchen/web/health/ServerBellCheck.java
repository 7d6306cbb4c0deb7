package com.angelskitchen.web.health;

import com.angelskitchen.platform.ThisServer;
import com.angelskitchen.web.cluster.ServerBell;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready while this server hears the others (its {@link ServerBell} listens: without it, its screens
 * would miss what other servers commit, and the others would count it as gone) and is not shutting
 * down: a load balancer sends a stopping server no new work. Reports this server's identity and how
 * many notices it heard from others.
 */
@Readiness
@ApplicationScoped
public class ServerBellCheck implements HealthCheck {

  @Inject ServerBell bell;

  private volatile boolean stopping;

  void stopping(@Observes @BeforeDestroyed(ApplicationScoped.class) Object application) {
    stopping = true;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("server")
        .status(bell.listening() && !stopping)
        .withData("id", ThisServer.ID)
        .withData("listening", bell.listening())
        .withData("stopping", stopping)
        .withData("noticesFromOthers", bell.heardFromOthers())
        .build();
  }
}
