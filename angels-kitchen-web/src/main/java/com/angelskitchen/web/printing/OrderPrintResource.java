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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/orders/{id}/print}: every ticket of an order printed again, each on its
 * station's printer. A station without a printer is skipped; 409 only when none of the order's
 * stations prints (nothing is queued then). The cashier may ask too: re-sending an order's tickets
 * to the kitchen is the Reprint button of the orders page, which the cashier uses.
 */
@ApplicationScoped
@Tag(name = "Printing")
@AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
@Path("orders/{orderId}/print")
@Produces(MediaType.APPLICATION_JSON)
public class OrderPrintResource {

  @EJB PrintQueue queue;

  @POST
  @Operation(
      summary =
          "Reprint every ticket of an order at the stations that print (202); 409 if none prints")
  public Response print(@PathParam("orderId") long orderId) {
    return Response.accepted(new Queued(queue.reprintOrder(orderId))).build();
  }
}
