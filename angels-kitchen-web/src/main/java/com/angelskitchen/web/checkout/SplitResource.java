package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Till;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Splitting an order's check. (A path of its own: a root resource at {@code orders/{orderId}} would
 * take {@code GET /api/orders/{id}} from the orders resource.)
 */
@ApplicationScoped
@Tag(name = "Checkout")
@AllowedRoles(Roles.CASHIER)
@Path("orders/{orderId}/split")
@Produces(MediaType.APPLICATION_JSON)
public class SplitResource {

  @EJB Till till;

  @Inject PaymentsResource payments;

  /** Splits the check evenly or by item (again, until something is paid): the order's check. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "200", description = "Split; the parts add up to the total")
  @APIResponse(responseCode = "409", description = "Something was paid already, or cancelled")
  public PaymentsResource.Check split(
      @PathParam("orderId") long orderId,
      @NotNull @Valid SplitRequest request,
      @Context SecurityContext security) {
    till.split(orderId, request.toCommand(), security.getUserPrincipal().getName());
    return payments.check(orderId);
  }
}
