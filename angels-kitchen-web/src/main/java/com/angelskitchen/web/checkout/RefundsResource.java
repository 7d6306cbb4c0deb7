package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Refunds;
import com.angelskitchen.checkout.entity.OrderRefund;
import com.angelskitchen.web.rest.ApiErrors;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Refunds of a paid order, with a reason and a manager's approval. */
@ApplicationScoped
@Tag(name = "Checkout")
@AllowedRoles(Roles.CASHIER)
@Path("orders/{orderId}/refunds")
@Produces(MediaType.APPLICATION_JSON)
public class RefundsResource {

  @EJB Refunds refunds;

  @Inject ApprovalThrottle approvals;

  /** A refund as the API shows it. */
  public record RefundView(
      long id,
      long paymentId,
      String method,
      BigDecimal amount,
      String reason,
      List<Long> lineIds,
      String refundedBy,
      String approvedBy,
      OffsetDateTime refundedAt) {
    static RefundView of(OrderRefund r) {
      return new RefundView(
          r.id(),
          r.paymentId(),
          r.method().name(),
          r.amount().amount(),
          r.reason(),
          r.lineIds(),
          r.refundedBy(),
          r.approvedBy(),
          r.refundedAt());
    }
  }

  @GET
  public List<RefundView> list(@PathParam("orderId") long orderId) {
    return refunds.of(orderId).stream().map(RefundView::of).toList();
  }

  /**
   * Refunds some lines of a paid order (their share of what was paid) or all that is left: 201 with
   * the refunds, one per payment the money goes back to. A manager approves every refund (403
   * without); 409 when there is nothing left to refund or a line was refunded already.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Refunded, against the payments")
  @APIResponse(responseCode = "403", description = "A manager must approve it")
  @APIResponse(responseCode = "409", description = "Not paid, or nothing left to refund")
  public Response refund(
      @PathParam("orderId") long orderId,
      @NotNull @Valid RefundRequest request,
      @Context SecurityContext security,
      @Context HttpServletRequest http) {
    String manager = request.approval == null ? null : request.approval.username;
    List<OrderRefund> given;
    try {
      given =
          approvals.guard(
              manager,
              http,
              () ->
                  refunds.refund(
                      orderId, request.toCommand(), security.getUserPrincipal().getName()),
              r -> r.isEmpty() ? null : r.get(0).approvedBy());
    } catch (ApprovalThrottle.Paused paused) {
      return ApiErrors.throttled(paused.seconds());
    }
    return Response.status(Response.Status.CREATED)
        .entity(given.stream().map(RefundView::of).toList())
        .build();
  }
}
