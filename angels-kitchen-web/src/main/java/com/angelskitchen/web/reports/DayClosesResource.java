package com.angelskitchen.web.reports;

import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.reporting.boundary.DayReport;
import com.angelskitchen.reporting.boundary.DayReports;
import com.angelskitchen.reporting.entity.DayClose;
import com.angelskitchen.web.i18n.KitchenLanguage;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The business days closed by a Z report, and each one's report as it was frozen. */
@ApplicationScoped
@Tag(name = "Reports")
@AllowedRoles(Roles.MANAGER)
@Path("reports/closes")
public class DayClosesResource {

  @EJB DayReports reports;

  @Inject KitchenLanguage language;

  @Inject StoreFormat format;

  /**
   * A close: the business day, the window it covered ({@code from} absent for the first close) and
   * who closed it when.
   */
  public record CloseView(
      LocalDate businessDay, OffsetDateTime from, OffsetDateTime closedAt, String closedBy) {

    static CloseView of(DayClose close) {
      return new CloseView(
          close.businessDay(),
          DayReportCsv.isBeginning(close.openedFrom()) ? null : close.openedFrom(),
          close.closedAt(),
          close.closedBy());
    }
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The Z closes, newest first (the last 62)")
  public List<CloseView> closes() {
    return reports.closes().stream().map(CloseView::of).toList();
  }

  @GET
  @Path("{businessDay}")
  @Produces({MediaType.APPLICATION_JSON, DayReportCsv.MEDIA_TYPE})
  @Operation(summary = "A closed day's Z report exactly as it was frozen at the close")
  @APIResponse(
      responseCode = "200",
      description = "The frozen report; with format=csv a CSV file",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DayReport.class)),
        @Content(mediaType = DayReportCsv.MEDIA_TYPE)
      })
  @APIResponse(responseCode = "404", description = "reports.day-not-closed")
  public Response closed(
      @PathParam("businessDay") @Parameter(description = "ISO date, e.g. 2026-12-07") String day,
      @QueryParam("format") @Parameter(description = "csv for a CSV file; JSON otherwise")
          String as) {
    LocalDate businessDay = day(day);
    if (DayReportCsv.wanted(as)) {
      return DayReportCsv.answer(reports.frozen(businessDay), language.texts(), format.locale());
    }
    // The text kept at the close, byte for byte: nothing is worked out again.
    return Response.ok(reports.frozenJson(businessDay), MediaType.APPLICATION_JSON).build();
  }

  private static LocalDate day(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "reports.date-invalid",
          "businessDay is a date like 2026-11-30, not " + value,
          "businessDay",
          value);
    }
  }
}
