package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.boundary.KitchenLogReader;
import com.angelskitchen.kitchenlog.entity.KitchenLogEntry;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/kitchen-log?after=120&limit=500}: the kitchen events after a sequence number,
 * oldest first: what a screen, bump bar or third-party display missed.
 */
@ApplicationScoped
@Tag(name = "Kitchen log")
@AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
@Path("kitchen-log")
@Produces(MediaType.APPLICATION_JSON)
public class KitchenLogResource {

  @EJB KitchenLogReader log;

  @GET
  @Operation(summary = "Kitchen events after a sequence number, oldest first")
  public List<Entry> after(
      @QueryParam("after") @DefaultValue("0") long after,
      @QueryParam("limit") @DefaultValue("500") int limit) {
    return log.after(Math.max(0, after), Math.max(1, Math.min(limit, 5000))).stream()
        .map(Entry::of)
        .toList();
  }

  /** One logged event; {@code event} is the event as it was fired. */
  public record Entry(
      long sequence,
      String type,
      OffsetDateTime recordedAt,
      Long orderId,
      List<String> stations,
      JsonObject event) {

    static Entry of(KitchenLogEntry entry) {
      return new Entry(
          entry.sequence(),
          entry.eventType(),
          entry.recordedAt(),
          entry.orderId(),
          entry.stations().isEmpty() ? List.of() : List.of(entry.stations().split(",")),
          entry.event());
    }
  }
}
