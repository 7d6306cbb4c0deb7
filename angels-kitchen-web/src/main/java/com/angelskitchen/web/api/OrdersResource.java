package com.angelskitchen.web.api;

import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.events.OrderPlaced;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Orders: place one, read one, list the latest. */
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {

  @Inject OrderDesk desk;

  /** Places a POS order; answers 201 with the order number and the kitchen log sequence. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response place(
      @NotNull(message = "the request needs a JSON body") @Valid OrderRequest request,
      @Context UriInfo uri) {
    OrderPlaced placed = desk.place(request.toCommand());
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(placed.orderId())).build())
        .entity(new PlacedView(placed.orderId(), placed.orderNumber(), placed.sequence()))
        .build();
  }

  @GET
  @Path("{id}")
  public OrderView one(@PathParam("id") long id) {
    return desk.find(id)
        .map(OrderView::of)
        .orElseThrow(() -> new NotFoundException("no order " + id));
  }

  @GET
  public List<OrderView> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
    return desk.latest(Math.max(1, Math.min(limit, 500))).stream().map(OrderView::of).toList();
  }

  /** What the caller learns about an order it just placed. */
  public record PlacedView(long orderId, String orderNumber, long sequence) {}
}
