package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Discounts;
import com.angelskitchen.checkout.entity.DiscountReason;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reasons a discount may be given for, kept by the managers. */
@ApplicationScoped
@Tag(name = "Checkout")
@Path("discount-reasons")
@Produces(MediaType.APPLICATION_JSON)
public class DiscountReasonsResource {

  @EJB Discounts discounts;

  /** A reason as the API shows it. */
  public record ReasonView(String code, String name, boolean active, int sortOrder) {
    static ReasonView of(DiscountReason r) {
      return new ReasonView(r.code(), r.name(), r.active(), r.sortOrder());
    }
  }

  /** The body of {@code PUT /api/discount-reasons/{code}}. */
  public static class ReasonRequest {
    @NotBlank
    @Size(max = 80)
    public String name;

    public int sortOrder;
  }

  @GET
  @AllowedRoles({Roles.CASHIER, Roles.MANAGER})
  public List<ReasonView> list() {
    return discounts.reasons().stream().map(ReasonView::of).toList();
  }

  /** Adds a reason or renames one (and makes it active again). */
  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @AllowedRoles(Roles.MANAGER)
  public ReasonView keep(@PathParam("code") String code, @NotNull @Valid ReasonRequest request) {
    return ReasonView.of(discounts.keepReason(code, request.name, request.sortOrder));
  }

  /** Retires a reason: no new discount may name it. */
  @DELETE
  @Path("{code}")
  @AllowedRoles(Roles.MANAGER)
  public ReasonView retire(@PathParam("code") String code) {
    return ReasonView.of(discounts.retireReason(code));
  }
}
