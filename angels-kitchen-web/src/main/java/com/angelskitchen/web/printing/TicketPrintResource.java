package com.angelskitchen.web.printing;

import com.angelskitchen.printing.boundary.PrintQueue;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/tickets/{id}/print}: the expo or a cook prints a ticket again on its station's
 * printer, under a REPRINT banner; 409 when the station has no printer.
 */
@ApplicationScoped
@Tag(name = "Printing")
@AllowedRoles({Roles.COOK, Roles.EXPO})
@Path("tickets/{ticketId}/print")
@Produces(MediaType.APPLICATION_JSON)
public class TicketPrintResource {

  @EJB PrintQueue queue;

  @POST
  @Operation(summary = "Reprint a ticket on its station's printer (202); 409 without a printer")
  public Response print(@PathParam("ticketId") long ticketId) {
    return Response.accepted(new Queued(List.of(queue.reprintTicket(ticketId)))).build();
  }
}
