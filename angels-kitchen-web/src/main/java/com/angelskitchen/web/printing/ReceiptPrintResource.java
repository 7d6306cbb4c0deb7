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
 * {@code POST /api/orders/{id}/receipt/print}: the cashier prints an order's receipt on the receipt
 * printer; 409 when there is none.
 */
@ApplicationScoped
@Tag(name = "Printing")
@AllowedRoles(Roles.CASHIER)
@Path("orders/{orderId}/receipt")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptPrintResource {

  @EJB PrintQueue queue;

  @POST
  @Path("print")
  @Operation(summary = "Print an order's receipt on the receipt printer (202); 409 without one")
  public Response print(@PathParam("orderId") long orderId) {
    return Response.accepted(new Queued(List.of(queue.printReceipt(orderId)))).build();
  }
}
