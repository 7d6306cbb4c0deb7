package com.angelskitchen.web.printing;

import com.angelskitchen.printing.boundary.Printers;
import com.angelskitchen.printing.entity.Printer;
import com.angelskitchen.web.rest.ApiErrors;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The ESC/POS printers ({@code /api/printers}): a manager adds one by its host (or IP address) and
 * raw port, marks at most one as the receipt printer, and reads each one's status and queue.
 */
@ApplicationScoped
@Tag(name = "Printing")
@AllowedRoles(Roles.MANAGER)
@Path("printers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrintersResource {

  @EJB Printers printers;

  @GET
  @Operation(summary = "Every printer with its status and queued jobs, the receipt printer first")
  public List<PrinterView> all() {
    Map<String, Long> queued = printers.queuedByPrinter();
    return printers.printers().stream()
        .map(p -> PrinterView.of(p, queued.getOrDefault(p.code(), 0L)))
        .toList();
  }

  @GET
  @Path("{code}")
  public PrinterView one(@PathParam("code") String code) {
    return PrinterView.of(
        printers.printer(code), printers.queuedByPrinter().getOrDefault(code, 0L));
  }

  /** Creates (201) or changes (200) a printer; {@code "receipt": true} makes it the cashier's. */
  @PUT
  @Path("{code}")
  @Operation(summary = "Create (201) or change (200) a printer")
  public Response put(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) PrinterRequest request) {
    boolean created =
        printers.putPrinter(
            code, new Printer.Settings(request.name, request.host, request.port, request.receipt));
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(one(code))
        .build();
  }

  @DELETE
  @Path("{code}")
  @Operation(summary = "Remove a printer and its jobs; its stations stop printing")
  public Response remove(@PathParam("code") String code) {
    printers.removePrinter(code);
    return Response.noContent().build();
  }

  /** A printer's settings. */
  public static class PrinterRequest {
    public String name;

    /** A host name or an IP address: no scheme, no path. */
    public String host;

    public int port = Printer.RAW_PORT;

    /** The cashier's printer (receipts, the cash drawer); there is at most one. */
    public boolean receipt;
  }
}
