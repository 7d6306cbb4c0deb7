package com.angelskitchen.web.orders;

import com.angelskitchen.checkout.boundary.OrderChanges;
import com.angelskitchen.ordering.boundary.ChangeOrder;
import com.angelskitchen.ordering.boundary.IdempotencyKey;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.stations.boundary.StationTickets;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Orders: place one, read them, cancel one, hand one out. */
@ApplicationScoped
@Tag(name = "Orders")
@AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  @EJB OrderDesk desk;

  @EJB StationTickets tickets;

  @EJB OrderChanges changes;

  /**
   * Places a POS order; answers 201 with the order's number, status, totals and the kitchen-log
   * sequence of its OrderPlaced event. With an {@code Idempotency-Key} header the order is placed
   * once however often it is sent: every repeat gets the first answer again, the same bytes and the
   * same Location, even across a server restart (see {@link OrderDesk#placeOnce}). Without one it
   * is placed every time, as before.
   */
  @AllowedRoles(Roles.CASHIER)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Place an order (POS); 201 with number, status, totals and log sequence")
  @APIResponse(
      responseCode = "201",
      description = "Placed, or placed before under the same Idempotency-Key: the first answer")
  @APIResponse(
      responseCode = "400",
      description = "The order or the Idempotency-Key is not valid; the message says why")
  @APIResponse(responseCode = "409", description = "An item is 86'd, or no station makes it")
  @APIResponse(
      responseCode = "422",
      description = "The Idempotency-Key was used for a different order (or by someone else)")
  public Response place(
      @NotNull(message = "the request needs a JSON body") @Valid OrderRequest request,
      @HeaderParam(IDEMPOTENCY_KEY)
          @Parameter(
              name = IDEMPOTENCY_KEY,
              in = ParameterIn.HEADER,
              description =
                  "Names this order so that sending it again (a retry after a timeout, a double"
                      + " tap) places it only once and answers with the first answer. 1 to 128"
                      + " characters of A-Z a-z 0-9 . _ : - (a UUID fits); a new one for every new"
                      + " order. Kept at least 24 hours. Reused for a different order: 422.",
              schema =
                  @Schema(
                      type = SchemaType.STRING,
                      pattern = "^" + IdempotencyKey.PATTERN + "$",
                      maxLength = IdempotencyKey.MAX_LENGTH))
          String idempotencyKey,
      @Context SecurityContext security,
      @Context UriInfo uri) {
    IdempotencyKey key = idempotencyKey == null ? null : new IdempotencyKey(idempotencyKey);
    PlaceOrder order = request.toCommand();
    OrderPlaced placed =
        key == null
            ? desk.place(order)
            : desk.placeOnce(key, security.getUserPrincipal().getName(), order);
    long orderId = placed.order().orderId();
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(orderId)).build())
        .entity(PlacedView.of(placed))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One order with lines, money, state changes and tickets")
  public OrderView one(@PathParam("id") long id) {
    return OrderView.of(desk.find(id), tickets.ofOrder(id));
  }

  @GET
  @Operation(summary = "The latest orders, newest first")
  public List<OrderView> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
    return desk.latest(Math.max(1, Math.min(limit, 500))).stream()
        .map(o -> OrderView.of(o, tickets.ofOrder(o.id())))
        .toList();
  }

  /** Cancels (voids) the order with a reason, which the stations see. */
  @AllowedRoles(Roles.CASHIER)
  @POST
  @Path("{id}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cancel (void) an order with a reason the kitchen sees")
  public Transition cancel(
      @PathParam("id") long id,
      @NotNull(message = "the request needs a JSON body with a reason") @Valid
          CancelRequest request) {
    long sequence = desk.cancel(id, request.reason).sequence();
    return new Transition(id, "CANCELLED", sequence);
  }

  /**
   * Adds lines to an order already sent (an add-on): each station that makes part of them gets an
   * ADD-ON ticket under the same number; a paid order owes what they cost. 200 with the order as it
   * is now.
   */
  @AllowedRoles(Roles.CASHIER)
  @POST
  @Path("{id}/add-on")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add lines to an order already sent: ADD-ON tickets at the stations")
  @APIResponse(responseCode = "200", description = "Added; the order as it is now")
  @APIResponse(responseCode = "400", description = "A line is not valid")
  @APIResponse(
      responseCode = "409",
      description = "The order was handed out or cancelled, its check is split, or an item is 86'd")
  public OrderView addOn(
      @PathParam("id") long id,
      @NotNull(message = "the request needs a JSON body with lines") @Valid AddOnRequest request,
      @Context SecurityContext security) {
    changes.addLines(
        id,
        request.lines.stream().map(OrderRequest::line).toList(),
        security.getUserPrincipal().getName());
    return one(id);
  }

  /**
   * Voids a line of an order already sent, before anything is paid: the stations see it struck
   * through and marked VOID. 200 with the order as it is now.
   */
  @AllowedRoles(Roles.CASHIER)
  @POST
  @Path("{id}/lines/{lineId}/void")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Void one line of an order already sent; its stations see it struck through")
  @APIResponse(responseCode = "200", description = "Voided; the order as it is now")
  @APIResponse(
      responseCode = "409",
      description =
          "Paid (refund instead), the last line (cancel instead), discounted, split, or handed out")
  public OrderView voidLine(
      @PathParam("id") long id,
      @PathParam("lineId") long lineId,
      @NotNull(message = "the request needs a JSON body with a reason") @Valid
          CancelRequest request,
      @Context SecurityContext security) {
    changes.voidLine(id, lineId, request.reason, security.getUserPrincipal().getName());
    return one(id);
  }

  /**
   * Changes the customer's name, the note and the pickup time of an order already sent (the whole
   * header: a field left out is cleared); the stations working on it show the new one.
   */
  @AllowedRoles(Roles.CASHIER)
  @PUT
  @Path("{id}/header")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the name, note and pickup time of an order already sent")
  @APIResponse(responseCode = "200", description = "Changed; the order as it is now")
  @APIResponse(responseCode = "409", description = "The order was handed out or cancelled")
  public OrderView changeHeader(
      @PathParam("id") long id,
      @NotNull(message = "the request needs a JSON body") @Valid HeaderRequest request,
      @Context SecurityContext security) {
    changes.changeHeader(
        id,
        new ChangeOrder(request.customerName, request.note, request.pickupAt),
        security.getUserPrincipal().getName());
    return one(id);
  }

  /** The order was handed out to the guest or the courier. */
  @AllowedRoles(Roles.EXPO)
  @POST
  @Path("{id}/complete")
  @Operation(summary = "Hand out a READY order")
  public Transition complete(@PathParam("id") long id) {
    long sequence = desk.complete(id).sequence();
    return new Transition(id, "COMPLETED", sequence);
  }

  /**
   * What the caller learns about an order it just placed. Made from the OrderPlaced event alone, so
   * a repeated request answered from the kitchen log gets the same bytes.
   */
  public record PlacedView(
      long orderId,
      String orderNumber,
      String status,
      String fireAt,
      BigDecimal subtotal,
      BigDecimal tax,
      BigDecimal total,
      long sequence) {

    static PlacedView of(OrderPlaced placed) {
      return new PlacedView(
          placed.order().orderId(),
          placed.order().orderNumber(),
          placed.status(),
          placed.order().fireAt().toString(),
          placed.subtotal(),
          placed.tax(),
          placed.total(),
          placed.sequence());
    }
  }

  /** The body of a cancellation. */
  public static class CancelRequest {
    @jakarta.validation.constraints.NotBlank(message = "a cancellation needs a reason")
    @jakarta.validation.constraints.Size(max = 200)
    public String reason;
  }

  /** The body of an add-on: the lines to add, as in a new order. */
  public static class AddOnRequest {
    @jakarta.validation.constraints.NotEmpty(message = "an add-on needs at least one line")
    @jakarta.validation.constraints.Size(max = PlaceOrder.MAX_LINES)
    @Valid
    public List<OrderRequest.Line> lines;
  }

  /** The body of a header change: the name, note and pickup time as they should now be. */
  public static class HeaderRequest {
    @jakarta.validation.constraints.Size(max = PlaceOrder.MAX_NAME)
    public String customerName;

    @jakarta.validation.constraints.Size(max = PlaceOrder.MAX_ORDER_NOTE)
    public String note;

    public OffsetDateTime pickupAt;
  }

  /** The outcome of a state change. */
  public record Transition(long orderId, String status, long sequence) {}
}
