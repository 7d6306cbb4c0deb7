package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Till;
import com.angelskitchen.checkout.entity.OrderPayment;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Paying an order: split checks, payments in cash or by card with tips, mixed tenders. */
@ApplicationScoped
@Tag(name = "Checkout")
@AllowedRoles(Roles.CASHIER)
@Path("orders/{orderId}/payments")
@Produces(MediaType.APPLICATION_JSON)
public class PaymentsResource {

  @EJB Till till;

  @EJB OrderDesk desk;

  /** A part of a split check. */
  public record PartView(
      int partNo, BigDecimal amount, BigDecimal paid, BigDecimal due, List<Long> lineIds) {}

  /** A payment as the API shows it. */
  public record PaymentView(
      long id,
      Integer partNo,
      String method,
      BigDecimal amount,
      BigDecimal tip,
      BigDecimal tendered,
      BigDecimal change,
      String takenBy,
      OffsetDateTime takenAt) {
    static PaymentView of(OrderPayment p) {
      return new PaymentView(
          p.id(),
          p.partNo(),
          p.method().name(),
          p.amount().amount(),
          p.tip().amount(),
          p.tendered().amount(),
          p.change().amount(),
          p.takenBy(),
          p.takenAt());
    }
  }

  /** Where an order's bill stands: its parts, its payments, what is still due. */
  public record Check(
      long orderId,
      BigDecimal total,
      BigDecimal paid,
      BigDecimal due,
      String paidBy,
      OffsetDateTime paidAt,
      List<PartView> parts,
      List<PaymentView> payments) {}

  /** Where the order's bill stands: its split check's parts, its payments, what is due. */
  @GET
  public Check check(@PathParam("orderId") long orderId) {
    KitchenOrder order = desk.find(orderId);
    return new Check(
        orderId,
        order.total().amount(),
        order.paid().amount(),
        order.due().amount(),
        order.payment().map(p -> p.method().name()).orElse(null),
        order.payment().map(p -> p.paidAt()).orElse(null),
        till.checks(orderId).stream()
            .map(
                d ->
                    new PartView(
                        d.part().partNo(),
                        d.part().amount().amount(),
                        d.paid().amount(),
                        d.due().amount(),
                        d.part().lineIds()))
            .toList(),
        till.payments(orderId).stream().map(PaymentView::of).toList());
  }

  /**
   * Takes a payment: 201 with it and the order's check. Two cashiers paying the same order or part
   * at once: one is paid, the other gets 409 ({@code order.already-paid} or {@code
   * checkout.part-paid}).
   */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @APIResponse(responseCode = "201", description = "Taken; the order's check")
  @APIResponse(responseCode = "400", description = "More than is due, or not enough cash")
  @APIResponse(responseCode = "409", description = "Paid already (the order or the part)")
  public Response pay(
      @PathParam("orderId") long orderId,
      @NotNull @Valid PaymentRequest request,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    OrderPayment payment =
        till.pay(orderId, request.toCommand(), security.getUserPrincipal().getName());
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(payment.id())).build())
        .entity(new Paid(PaymentView.of(payment), check(orderId)))
        .build();
  }

  /** A payment taken, and the order's check after it. */
  public record Paid(PaymentView payment, Check check) {}
}
