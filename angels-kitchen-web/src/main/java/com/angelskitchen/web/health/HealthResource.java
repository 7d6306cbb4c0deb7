package com.angelskitchen.web.health;

import com.angelskitchen.platform.persistence.DatabaseProbe;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/health}: 200 when the application and its database answer, 503 otherwise. */
@ApplicationScoped
@Tag(name = "Health")
@PermitAll
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @EJB DatabaseProbe database;

  @GET
  public Response health() {
    boolean up = database.answers();
    return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(Map.of("status", up ? "UP" : "DOWN", "database", up ? "UP" : "DOWN"))
        .build();
  }
}
