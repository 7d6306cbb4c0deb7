package com.angelskitchen.web.reports;

import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.reporting.boundary.KitchenLoad;
import com.angelskitchen.reporting.boundary.ManagerReports;
import com.angelskitchen.reporting.boundary.Period;
import com.angelskitchen.reporting.boundary.Sales;
import com.angelskitchen.reporting.boundary.Speed;
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
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The manager's reports: sales and speed of service for a period of business days ({@code
 * from}/{@code to}, ISO dates, both included; today when absent), the kitchen's load now, and every
 * dashboard table as CSV: its header in the reader's language, its figures plain decimals, the file
 * made for a spreadsheet of the store's locale ({@link ReportTables#file}).
 */
@ApplicationScoped
@Tag(name = "Reports")
@AllowedRoles(Roles.MANAGER)
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

  @EJB ManagerReports reports;

  @Inject KitchenLanguage language;

  @Inject StoreFormat format;

  /** Sales and speed of service of one period. */
  public record PeriodReport(Sales sales, Speed speed) {}

  @GET
  @Operation(summary = "Sales and speed of service for business days from..to (default today)")
  public PeriodReport period(@QueryParam("from") String from, @QueryParam("to") String to) {
    ManagerReports.Figures figures = reports.figures(periodOf(from, to));
    return new PeriodReport(figures.sales(), figures.speed());
  }

  @GET
  @Path("load")
  @Operation(
      summary = "Open tickets per station, oldest ticket age, today's orders per quarter hour")
  public KitchenLoad load() {
    return reports.load();
  }

  @GET
  @Path("{table}.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "One dashboard table as CSV (summary, by-hour, by-day, by-source, ...): UTF-8 with a BOM,"
              + " headers in the reader's language, plain decimals; ';' between cells where the"
              + " store writes decimals with a comma, else ','")
  public Response csv(
      @PathParam("table") String table,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    if (!ReportTables.NAMES.contains(table)) {
      throw new com.angelskitchen.platform.NotFoundException(
          "reports.table-not-found",
          "no report table " + table + "; there are " + ReportTables.NAMES,
          table,
          String.valueOf(ReportTables.NAMES));
    }
    Period period = periodOf(from, to);
    boolean live = table.startsWith("live-");
    String csv =
        ReportTables.file(
            ReportTables.of(
                table,
                live || !needsSales(table) ? null : reports.sales(period),
                live || needsSales(table) ? null : reports.speed(period),
                live ? reports.load() : null,
                language.texts()),
            format.locale());
    String file =
        live
            ? table + "-" + reports.today() + ".csv"
            : table + "-" + period.first() + "-to-" + period.last() + ".csv";
    return Response.ok(csv, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
        .build();
  }

  private static boolean needsSales(String table) {
    return !table.equals("stations")
        && !table.equals("slowest-items")
        && !table.equals("order-time");
  }

  private Period periodOf(String from, String to) {
    LocalDate today = reports.today();
    return new Period(day(from, today, "from"), day(to, today, "to"));
  }

  private static LocalDate day(String value, LocalDate otherwise, String name) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          "reports.date-invalid", name + " is a date like 2026-11-30, not " + value, name, value);
    }
  }
}
