package com.angelskitchen.web.stations;

import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.stations.boundary.StationTickets;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Station tickets: list a station's open tickets, bump a line or a whole ticket, recall a bump,
 * move a ticket to another station. A bump that lost a race to another screen answers 409 Conflict
 * with the reason.
 */
@ApplicationScoped
@Tag(name = "Tickets")
@AllowedRoles({Roles.COOK, Roles.EXPO})
@Path("tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketsResource {

  @EJB StationTickets tickets;

  /** {@code GET /api/tickets?station=fritura}: open tickets, rush first, then oldest first. */
  @GET
  @Operation(summary = "Open tickets of a station, rush first then oldest")
  public List<TicketView> open(@QueryParam("station") String station) {
    if (station == null || station.isBlank()) {
      throw new com.angelskitchen.platform.InvalidRequestException(
          "stations.station-missing", "name the station: /api/tickets?station=fritura");
    }
    return tickets.openAt(station);
  }

  @GET
  @Path("{id}")
  public TicketView one(@PathParam("id") long id) {
    return tickets.find(id);
  }

  @POST
  @Path("{id}/bump")
  @Operation(summary = "Bump a whole ticket; 409 if another screen bumped it first")
  public StationTickets.Outcome bump(@PathParam("id") long id) {
    return tickets.bump(id);
  }

  @POST
  @Path("{id}/lines/{lineId}/bump")
  @Operation(summary = "Bump one line; the last line bumps the ticket")
  public StationTickets.Outcome bumpLine(
      @PathParam("id") long id, @PathParam("lineId") long lineId) {
    return tickets.bumpLine(id, lineId);
  }

  /**
   * {@code POST /api/tickets/{id}/move} {@code {"station": "horno"}}: sends an open ticket, whole,
   * to another station; both stations' screens and the expo hear {@code TicketMoved}.
   */
  @POST
  @Path("{id}/move")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move an open ticket to another station; 409 if it is no longer open")
  public StationTickets.Outcome move(@PathParam("id") long id, MoveRequest request) {
    return tickets.move(id, request == null ? null : request.station());
  }

  /** Where a ticket goes: a station's code. */
  public record MoveRequest(String station) {}

  @POST
  @Path("{id}/recall")
  @Operation(summary = "Recall a bumped ticket within the recall window")
  public StationTickets.Outcome recall(@PathParam("id") long id) {
    return tickets.recall(id);
  }
}
