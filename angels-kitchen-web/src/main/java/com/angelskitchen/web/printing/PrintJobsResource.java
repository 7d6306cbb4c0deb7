package com.angelskitchen.web.printing;

import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.printing.boundary.Printers;
import com.angelskitchen.printing.entity.JobStatus;
import com.angelskitchen.printing.entity.PrintJob;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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

/** The last day's print jobs ({@code /api/print-jobs?status=QUEUED}), newest first. */
@ApplicationScoped
@Tag(name = "Printing")
@AllowedRoles(Roles.MANAGER)
@Path("print-jobs")
@Produces(MediaType.APPLICATION_JSON)
public class PrintJobsResource {

  @EJB Printers printers;

  @GET
  @Operation(summary = "The last day's print jobs, newest first; ?status=QUEUED|PRINTED|FAILED")
  public List<JobView> recent(
      @QueryParam("status") String status, @QueryParam("limit") @DefaultValue("200") int limit) {
    return printers.recentJobs(status(status), Math.max(1, Math.min(limit, 1000))).stream()
        .map(JobView::of)
        .toList();
  }

  private static JobStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return JobStatus.valueOf(status.strip());
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "printing.job-status-invalid",
          "status is QUEUED, PRINTED, FAILED or SKIPPED, was " + status,
          status);
    }
  }

  /** A print job as the API shows it (without its bytes). */
  public record JobView(
      long id,
      String printer,
      String kind,
      Long ticketId,
      Long orderId,
      String status,
      int attempts,
      boolean reprint,
      OffsetDateTime createdAt,
      OffsetDateTime printedAt,
      String lastError) {
    static JobView of(PrintJob j) {
      return new JobView(
          j.id(),
          j.printerCode(),
          j.kind().name(),
          j.ticketId(),
          j.orderId(),
          j.status().name(),
          j.attempts(),
          j.printsAsReprint(),
          j.createdAt(),
          j.printedAt(),
          j.lastError());
    }
  }
}
