package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Discounts;
import com.angelskitchen.checkout.entity.DiscountReason;
import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
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
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Discounts and comps on an order not yet paid. */
@ApplicationScoped
@Tag(name = "Checkout")
@AllowedRoles(Roles.CASHIER)
@Path("orders/{orderId}/discounts")
@Produces(MediaType.APPLICATION_JSON)
public class DiscountsResource {

  @EJB Discounts discounts;

  @EJB OrderDesk desk;

  @Inject ApprovalThrottle approvals;

  /** An order's figures after a change. */
  public record OrderTotals(
      long orderId, BigDecimal subtotal, BigDecimal discount, BigDecimal tax, BigDecimal total) {
    static OrderTotals of(KitchenOrder o) {
      return new OrderTotals(
          o.id(),
          o.subtotal().amount(),
          o.discount().amount(),
          o.tax().amount(),
          o.total().amount());
    }
  }

  /** A discount given, and the order's figures with it. */
  public record Given(DiscountView discount, OrderTotals order) {}

  @GET
  public List<DiscountView> list(@PathParam("orderId") long orderId) {
    desk.find(orderId);
    Map<String, String> names =
        discounts.reasons().stream()
            .collect(Collectors.toMap(DiscountReason::code, DiscountReason::name));
    return discounts.of(orderId).stream()
        .map(d -> DiscountView.of(d, names.get(d.reasonCode())))
        .toList();
  }

  /**
   * Gives a discount; answers 201 with it and the order's new totals. Above the approval limit a
   * manager's credentials must come with it (403 {@code checkout.approval-required} or {@code
   * checkout.approval-refused} otherwise; 429 after too many wrong ones), unless the cashier is a
   * manager.
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Given; the order's new totals")
  @APIResponse(responseCode = "400", description = "Not a valid discount, or more than is left")
  @APIResponse(responseCode = "403", description = "A manager must approve it")
  @APIResponse(responseCode = "409", description = "The order is paid or cancelled")
  public Response give(
      @PathParam("orderId") long orderId,
      @NotNull @Valid DiscountRequest request,
      @Context SecurityContext security,
      @Context HttpServletRequest http,
      @Context UriInfo uri) {
    String manager = request.approval == null ? null : request.approval.username;
    Discounts.Given given;
    try {
      given =
          approvals.guard(
              manager,
              http,
              () ->
                  discounts.give(
                      orderId, request.toCommand(), security.getUserPrincipal().getName()),
              g -> g.discount().approvedBy());
    } catch (ApprovalThrottle.Paused paused) {
      return ApiErrors.throttled(paused.seconds());
    }
    OrderDiscount d = given.discount();
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(d.id())).build())
        .entity(
            new Given(DiscountView.of(d, given.reasonName()), OrderTotals.of(desk.find(orderId))))
        .build();
  }
}
