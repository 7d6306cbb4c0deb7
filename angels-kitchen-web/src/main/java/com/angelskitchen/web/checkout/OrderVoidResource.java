package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Approval;
import com.angelskitchen.checkout.boundary.OrderChanges;
import com.angelskitchen.web.rest.ApiErrors;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The void of an order already handed out (an order still in the kitchen is cancelled instead):
 * with a reason and a manager's approval, all that was paid is given back.
 */
@ApplicationScoped
@Tag(name = "Checkout")
@AllowedRoles(Roles.CASHIER)
@Path("orders/{orderId}/void")
@Produces(MediaType.APPLICATION_JSON)
public class OrderVoidResource {

  @EJB OrderChanges changes;

  @Inject ApprovalThrottle approvals;

  /** The body: why, and a manager's credentials (unless the caller is a manager). */
  public static class VoidRequest {
    @NotBlank(message = "say why")
    @Size(max = 200)
    public String reason;

    @Valid public DiscountRequest.Credentials approval;
  }

  /** What became of the order. */
  public record Voided(long orderId, String status, String reason, long sequence) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Void an order already handed out; what was paid is given back")
  @APIResponse(responseCode = "200", description = "Voided; payments refunded")
  @APIResponse(responseCode = "403", description = "A manager must approve it")
  @APIResponse(responseCode = "409", description = "Not handed out (cancel it instead)")
  public Response voidOrder(
      @PathParam("orderId") long orderId,
      @NotNull(message = "the request needs a JSON body with a reason") @Valid VoidRequest request,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    String manager = request.approval == null ? null : request.approval.username;
    Approval approval =
        request.approval == null
            ? null
            : new Approval(request.approval.username, request.approval.password.toCharArray());
    OrderChanges.Voided voided;
    try {
      voided =
          approvals.guard(
              manager,
              http,
              () ->
                  changes.voidHandedOut(
                      orderId, request.reason, approval, security.getUserPrincipal().getName()),
              OrderChanges.Voided::approvedBy);
    } catch (ApprovalThrottle.Paused paused) {
      return ApiErrors.throttled(paused.seconds());
    }
    return Response.ok(
            new Voided(
                orderId, "CANCELLED", voided.cancelled().reason(), voided.cancelled().sequence()))
        .build();
  }
}
