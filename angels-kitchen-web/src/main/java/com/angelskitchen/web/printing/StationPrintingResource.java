package com.angelskitchen.web.printing;

import com.angelskitchen.printing.boundary.Printers;
import com.angelskitchen.printing.entity.PrintMode;
import com.angelskitchen.printing.entity.StationPrinting;
import com.angelskitchen.web.rest.ApiErrors;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * How a station prints ({@code /api/stations/{code}/printing}): on which printer, and OFF,
 * EVERY_TICKET or FALLBACK (only when its screens have been dark longer than fallbackSeconds).
 */
@ApplicationScoped
@Tag(name = "Printing")
@AllowedRoles(Roles.MANAGER)
@Path("stations/{code}/printing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationPrintingResource {

  @EJB Printers printers;

  @GET
  @Operation(summary = "How a station prints (OFF when never set)")
  public View get(@PathParam("code") String code) {
    return printers.stationPrinting().stream()
        .filter(p -> p.stationCode().equals(code))
        .findFirst()
        .map(View::of)
        .orElse(new View(code, null, PrintMode.OFF.name(), 30, null, null));
  }

  @PUT
  @Operation(summary = "Set a station's printer, mode and fallback seconds")
  public View put(
      @PathParam("code") String code, @NotNull(message = ApiErrors.NO_BODY) Request request) {
    return View.of(
        printers.putStationPrinting(
            code,
            new StationPrinting.Settings(request.printer, request.mode, request.fallbackSeconds)));
  }

  /** A station's printing: a printer (null for none), a mode and the fallback's seconds. */
  public static class Request {
    public String printer;
    public PrintMode mode;
    public int fallbackSeconds = 30;
  }

  /** A station's printing as the API shows it; screenSeenAt: a screen last seen on any server. */
  public record View(
      String station,
      String printer,
      String mode,
      int fallbackSeconds,
      OffsetDateTime modeSince,
      OffsetDateTime screenSeenAt) {
    static View of(StationPrinting p) {
      return new View(
          p.stationCode(),
          p.printerCode(),
          p.mode().name(),
          p.fallbackSeconds(),
          p.modeSince(),
          p.screenSeenAt());
    }
  }
}
