package com.angelskitchen.web.reports;

import com.angelskitchen.reporting.boundary.DayReport;
import com.angelskitchen.reporting.boundary.DayReports;
import com.angelskitchen.web.i18n.KitchenLanguage;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * End of day for a headless client: the X report now (JSON or CSV), and the Z close of the business
 * day, once. The closes made are under {@link DayClosesResource}.
 */
@ApplicationScoped
@Tag(name = "Reports")
@AllowedRoles(Roles.MANAGER)
@Path("reports/day")
public class DayReportResource {

  @EJB DayReports reports;

  @Inject KitchenLanguage language;

  @Inject StoreFormat format;

  @GET
  @Produces({MediaType.APPLICATION_JSON, DayReportCsv.MEDIA_TYPE})
  @Operation(
      summary =
          "The X report: sales by source and fulfillment, taxes, voids, tenders and tips, refunds,"
              + " discounts, cash expected against counted, per cashier and in total, from the last"
              + " Z close up to now; closes nothing")
  @APIResponse(
      responseCode = "200",
      description =
          "The report; with format=csv a CSV file (section, key, count, amount, tip, note)",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DayReport.class)),
        @Content(mediaType = DayReportCsv.MEDIA_TYPE)
      })
  public Response now(
      @QueryParam("format") @Parameter(description = "csv for a CSV file; JSON otherwise")
          String as) {
    DayReport report = reports.now();
    return DayReportCsv.wanted(as)
        ? DayReportCsv.answer(report, language.texts(), format.locale())
        : Response.ok(report, MediaType.APPLICATION_JSON).build();
  }

  @POST
  @Path("close")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The Z report: closes the business day it is now, once, and answers its report as"
              + " frozen; what happens afterwards goes into the next report")
  @APIResponse(
      responseCode = "201",
      description = "Closed: the Z report, also at the Location (GET /api/reports/closes/{day})",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = DayReport.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "reports.day-already-closed: the day was closed already (when and by whom); of two"
              + " managers closing at once, one closes and the other is told so")
  public Response close(@Context SecurityContext security, @Context UriInfo uri) {
    DayReport closed = reports.close(security.getUserPrincipal().getName());
    return Response.created(
            uri.getBaseUriBuilder()
                .path(DayClosesResource.class)
                .path(closed.businessDay().toString())
                .build())
        .type(MediaType.APPLICATION_JSON)
        .entity(closed)
        .build();
  }
}
