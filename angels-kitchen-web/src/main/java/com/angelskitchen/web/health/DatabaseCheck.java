package com.angelskitchen.web.health;

import com.angelskitchen.platform.persistence.DatabaseProbe;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers: without it no order can be taken or shown. */
@Readiness
@ApplicationScoped
public class DatabaseCheck implements HealthCheck {

  @EJB DatabaseProbe database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database").status(database.answers()).build();
  }
}
