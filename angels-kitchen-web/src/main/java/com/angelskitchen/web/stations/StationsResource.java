package com.angelskitchen.web.stations;

import com.angelskitchen.stations.boundary.StationSetup;
import com.angelskitchen.stations.entity.RoutingRule;
import com.angelskitchen.stations.entity.Station;
import com.angelskitchen.web.rest.ApiErrors;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stations ({@code /api/stations}) and routing rules ({@code /api/routing-rules}). A rule names
 * either an item or a category, and a station; items no rule names go to the default station.
 */
@ApplicationScoped
@Tag(name = "Stations")
@AllowedRoles(Roles.MANAGER)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StationsResource {

  @EJB StationSetup setup;

  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("stations")
  public List<StationView> stations() {
    return setup.stations().stream().map(StationView::of).toList();
  }

  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("stations/{code}")
  public StationView station(@PathParam("code") String code) {
    return StationView.of(setup.station(code));
  }

  /** Creates (201) or changes (200) a station; {@code "default": true} makes it the default. */
  @PUT
  @Path("stations/{code}")
  public Response putStation(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid StationRequest request) {
    boolean created =
        setup.putStation(
            code,
            new Station.Settings(
                request.name,
                request.sortOrder,
                request.warningAfterMinutes,
                request.lateAfterMinutes,
                request.bumpBar),
            request.isDefault);
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
        .entity(StationView.of(setup.station(code)))
        .build();
  }

  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("routing-rules")
  public List<RuleView> rules() {
    return setup.rules().stream().map(RuleView::of).toList();
  }

  /** Adds a rule: {@code {"item": "papas-fritas", "station": "fritura"}} or with "category". */
  @POST
  @Path("routing-rules")
  public Response addRule(@NotNull(message = ApiErrors.NO_BODY) @Valid RuleRequest request) {
    if ((request.item == null) == (request.category == null)) {
      throw new com.angelskitchen.platform.InvalidRequestException(
          "stations.rule-target", "a rule names either an item or a category");
    }
    RoutingRule rule =
        request.item != null
            ? setup.routeItem(request.item, request.station)
            : setup.routeCategory(request.category, request.station);
    return Response.status(Response.Status.CREATED).entity(RuleView.of(rule)).build();
  }

  @DELETE
  @Path("routing-rules/{id}")
  public Response removeRule(@PathParam("id") long id) {
    setup.removeRule(id);
    return Response.noContent().build();
  }

  /** A station's settings. */
  public static class StationRequest {
    @NotBlank
    @Size(max = 60)
    public String name;

    public int sortOrder;

    /** Items no rule names go to the default station; there is at most one. */
    @jakarta.json.bind.annotation.JsonbProperty("default")
    public boolean isDefault;

    @Min(1)
    @Max(120)
    public int warningAfterMinutes = 5;

    @Min(2)
    @Max(240)
    public int lateAfterMinutes = 8;

    /** The bump bar's key map: keyboard (the default), bumpbar-20 or bumpbar-10. */
    public String bumpBar;
  }

  /** A station as the API shows it. */
  public record StationView(
      String code,
      String name,
      int sortOrder,
      @jakarta.json.bind.annotation.JsonbProperty("default") boolean isDefault,
      int warningAfterMinutes,
      int lateAfterMinutes,
      String bumpBar) {
    static StationView of(Station s) {
      return new StationView(
          s.code(),
          s.name(),
          s.sortOrder(),
          s.isDefault(),
          s.warningAfterMinutes(),
          s.lateAfterMinutes(),
          s.bumpBar());
    }
  }

  /** A new rule: an item or a category, and a station. */
  public static class RuleRequest {
    public String item;
    public String category;
    @NotBlank public String station;
  }

  /** A rule as the API shows it. */
  public record RuleView(long id, String item, String category, String station) {
    static RuleView of(RoutingRule r) {
      return new RuleView(
          r.id(),
          r.item() == null ? null : r.item().code(),
          r.category() == null ? null : r.category().code(),
          r.station().code());
    }
  }
}
