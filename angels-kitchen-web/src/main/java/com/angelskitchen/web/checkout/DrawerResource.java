package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.CashDrawers;
import com.angelskitchen.checkout.entity.DrawerMovement;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's cash drawer session: open with a float, paid-in and paid-out, close with a count.
 */
@ApplicationScoped
@Tag(name = "Checkout")
@AllowedRoles(Roles.CASHIER)
@Path("drawer")
@Produces(MediaType.APPLICATION_JSON)
public class DrawerResource {

  @EJB CashDrawers drawers;

  /**
   * A drawer session as the API shows it. While a blind session is open only its float shows: what
   * came in and went out would give away what is expected.
   */
  public record DrawerView(
      long id,
      String drawer,
      String openedBy,
      OffsetDateTime openedAt,
      BigDecimal openingFloat,
      boolean blind,
      BigDecimal cashTaken,
      BigDecimal cashRefunded,
      BigDecimal paidIn,
      BigDecimal paidOut,
      BigDecimal expected,
      BigDecimal counted,
      BigDecimal difference,
      OffsetDateTime closedAt) {

    static DrawerView of(CashDrawers.DrawerView d) {
      var s = d.session();
      boolean hide = s.blind() && s.isOpen();
      return new DrawerView(
          s.id(),
          s.drawer(),
          s.openedBy(),
          s.openedAt(),
          s.openingFloat().amount(),
          s.blind(),
          hide ? null : d.cashTaken().amount(),
          hide ? null : d.cashRefunded().amount(),
          hide ? null : d.paidIn().amount(),
          hide ? null : d.paidOut().amount(),
          hide ? null : (s.isOpen() ? d.expected() : s.expected()).amount(),
          s.counted() == null ? null : s.counted().amount(),
          d.difference(),
          s.closedAt());
    }
  }

  /** The body of {@code POST /api/drawer/open}. */
  public static class OpenRequest {
    @NotBlank
    @Size(max = 40)
    public String drawer;

    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("99999999.99")
    @Digits(integer = 8, fraction = 2)
    public BigDecimal openingFloat;
  }

  /** The body of a paid-in or a paid-out. */
  public static class MoveRequest {
    @NotNull
    @DecimalMin("0.01")
    @DecimalMax("99999999.99")
    @Digits(integer = 8, fraction = 2)
    public BigDecimal amount;

    @NotBlank(message = "say why")
    @Size(max = 200)
    public String reason;
  }

  /** The body of {@code POST /api/drawer/close}. */
  public static class CloseRequest {
    @NotNull
    @DecimalMin("0.00")
    @DecimalMax("99999999.99")
    @Digits(integer = 8, fraction = 2)
    public BigDecimal counted;
  }

  /** The caller's open session; 404 {@code checkout.no-open-drawer} when there is none. */
  @GET
  public DrawerView current(@Context SecurityContext security) {
    return drawers
        .current(security.getUserPrincipal().getName())
        .map(DrawerView::of)
        .orElseThrow(
            () -> new NotFoundException("checkout.no-open-drawer", "open a cash drawer first"));
  }

  @POST
  @Path("open")
  @Consumes(MediaType.APPLICATION_JSON)
  public DrawerView open(@NotNull @Valid OpenRequest request, @Context SecurityContext security) {
    return DrawerView.of(
        drawers.open(
            request.drawer,
            new Money(request.openingFloat),
            security.getUserPrincipal().getName()));
  }

  @POST
  @Path("paid-in")
  @Consumes(MediaType.APPLICATION_JSON)
  public DrawerView paidIn(@NotNull @Valid MoveRequest request, @Context SecurityContext security) {
    return move(DrawerMovement.Kind.PAID_IN, request, security);
  }

  @POST
  @Path("paid-out")
  @Consumes(MediaType.APPLICATION_JSON)
  public DrawerView paidOut(
      @NotNull @Valid MoveRequest request, @Context SecurityContext security) {
    return move(DrawerMovement.Kind.PAID_OUT, request, security);
  }

  private DrawerView move(DrawerMovement.Kind kind, MoveRequest request, SecurityContext security) {
    return DrawerView.of(
        drawers.move(
            kind,
            new Money(request.amount),
            request.reason,
            security.getUserPrincipal().getName()));
  }

  /** Closes the caller's drawer with what they counted: expected, counted and the difference. */
  @POST
  @Path("close")
  @Consumes(MediaType.APPLICATION_JSON)
  public DrawerView close(@NotNull @Valid CloseRequest request, @Context SecurityContext security) {
    return DrawerView.of(
        drawers.close(new Money(request.counted), security.getUserPrincipal().getName()));
  }

  /** Every session open now or closed in the last {@code hours} (24), for a manager. */
  @GET
  @Path("sessions")
  @AllowedRoles(Roles.MANAGER)
  public List<DrawerView> sessions(@QueryParam("hours") Integer hours) {
    int h = hours == null ? 24 : Math.max(1, Math.min(hours, 24 * 31));
    return drawers.since(OffsetDateTime.now().minusHours(h)).stream().map(DrawerView::of).toList();
  }
}
