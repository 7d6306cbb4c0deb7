package com.angelskitchen.web.partners;

import com.angelskitchen.partners.boundary.DeadLetters;
import com.angelskitchen.partners.boundary.MenuPublication;
import com.angelskitchen.partners.boundary.PartnerActivity;
import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.boundary.PartnerIntake;
import com.angelskitchen.partners.boundary.StoreControl;
import com.angelskitchen.partners.boundary.StuckEvents;
import com.angelskitchen.partners.entity.MappingKind;
import com.angelskitchen.partners.entity.PartnerAlert;
import com.angelskitchen.partners.entity.PartnerCall;
import com.angelskitchen.partners.entity.PartnerEvent;
import com.angelskitchen.partners.entity.PartnerMapping;
import com.angelskitchen.partners.entity.StoreStatus;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What managers see and do about the delivery partners ({@code /api/partners}): the events
 * received, every call to a partner with its answer, alerts, dead letters and their replay, item
 * mappings, the store's pause, and publishing the menu. The same boundaries serve the partners
 * page.
 */
@ApplicationScoped
@Tag(name = "Partners")
@AllowedRoles(Roles.MANAGER)
@Path("partners")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnersResource {

  private static final int MAX_LIST = 500;

  @EJB PartnerInbox inbox;

  @EJB PartnerActivity activity;

  @EJB DeadLetters deadLetters;

  @EJB StuckEvents stuckEvents;

  @EJB StoreControl store;

  @EJB PartnerIntake intake;

  @EJB MenuPublication menus;

  /** One received partner event and what became of it. */
  public record EventView(
      long id,
      String partner,
      String eventId,
      String eventType,
      String partnerOrderId,
      OffsetDateTime receivedAt,
      String status,
      Long orderId,
      String outcome,
      int failures,
      String lastError) {

    static EventView of(PartnerEvent e) {
      return new EventView(
          e.id(),
          e.partner(),
          e.eventId(),
          e.eventType(),
          e.partnerOrderId(),
          e.receivedAt(),
          e.status().name(),
          e.orderId(),
          e.outcome() == null ? null : e.outcome().english(),
          e.failures(),
          e.lastError());
    }
  }

  /** One attempt to tell a partner something, and its answer. */
  public record CallView(
      long id,
      String partner,
      String action,
      String partnerOrderId,
      Long orderId,
      int attempt,
      OffsetDateTime attemptedAt,
      Integer httpStatus,
      boolean succeeded,
      String answer) {

    static CallView of(PartnerCall c) {
      return new CallView(
          c.id(),
          c.partner(),
          c.action(),
          c.partnerOrderId(),
          c.orderId(),
          c.attempt(),
          c.attemptedAt(),
          c.httpStatus(),
          c.succeeded(),
          c.answer());
    }
  }

  /** Something for a manager to look at. */
  public record AlertView(
      long id, String partner, Long orderId, String message, OffsetDateTime raisedAt) {
    static AlertView of(PartnerAlert a) {
      return new AlertView(a.id(), a.partner(), a.orderId(), a.message().english(), a.raisedAt());
    }
  }

  /**
   * A partner message that could not be delivered: {@code messageId} names it for a replay, {@code
   * what} says in English what it was, {@code error} why it died.
   */
  public record DeadLetterView(
      String messageId,
      String queue,
      String partner,
      String what,
      int deliveries,
      String error,
      OffsetDateTime deadAt) {
    static DeadLetterView of(DeadLetters.DeadLetter d) {
      return new DeadLetterView(
          d.messageId(),
          d.queue(),
          d.partner(),
          d.what().english(),
          d.deliveries(),
          d.error() == null ? null : d.error().english(),
          d.deadAt());
    }
  }

  /** A partner id mapped to a menu code. */
  public record MappingView(String partner, String kind, String partnerId, String code) {
    static MappingView of(PartnerMapping m) {
      return new MappingView(m.partner(), m.kind().name(), m.partnerId(), m.code());
    }
  }

  /** Whether the store takes partner orders, and whether a manager accepts each one. */
  public record StoreView(
      boolean paused, String reason, boolean acceptManually, OffsetDateTime changedAt) {
    static StoreView of(StoreStatus s) {
      return new StoreView(s.paused(), s.reason(), s.acceptManually(), s.changedAt());
    }
  }

  /**
   * Pause ({@code paused: true} with a reason) or resume the store; {@code acceptManually} makes a
   * manager accept each partner order. Either may be left out.
   */
  public record StoreRequest(Boolean paused, String reason, Boolean acceptManually) {}

  /** A manager's "no" to a waiting order. */
  public record DeclineRequest(String reason) {}

  /** A request to map a partner's id to a menu code. */
  public record MappingRequest(String kind, String partnerId, String code) {}

  @GET
  @Path("events")
  public List<EventView> events(@QueryParam("max") @DefaultValue("100") int max) {
    return inbox.recent(bounded(max)).stream().map(EventView::of).toList();
  }

  @GET
  @Path("calls")
  public List<CallView> calls(
      @QueryParam("orderId") Long orderId, @QueryParam("max") @DefaultValue("100") int max) {
    List<PartnerCall> calls =
        orderId != null ? activity.callsOf(orderId) : activity.recentCalls(bounded(max));
    return calls.stream().map(CallView::of).toList();
  }

  @GET
  @Path("alerts")
  public List<AlertView> alerts() {
    return activity.openAlerts().stream().map(AlertView::of).toList();
  }

  @POST
  @Path("alerts/{id}/resolve")
  public Response resolve(@PathParam("id") long id) {
    activity.resolveAlert(id);
    return Response.noContent().build();
  }

  /** Events acknowledged but still not handled after the stuck threshold, oldest first. */
  @GET
  @Path("stuck")
  public List<EventView> stuck() {
    return stuckEvents.list().stream().map(EventView::of).toList();
  }

  /** Queues an unprocessed event again (the stuck-event alert's button). */
  @POST
  @Path("events/{id}/process-again")
  public Response processAgain(@PathParam("id") long id) {
    stuckEvents.processAgain(id);
    return Response.accepted().build();
  }

  @GET
  @Path("dead-letters")
  public List<DeadLetterView> deadLetters() {
    return deadLetters.list().stream().map(DeadLetterView::of).toList();
  }

  /**
   * Handles a dead letter again (after its cause was fixed): the event is queued again, or the call
   * made again.
   */
  @POST
  @Path("dead-letters/{messageId}/replay")
  public Response replay(@PathParam("messageId") String messageId) {
    deadLetters.replay(messageId);
    return Response.accepted().build();
  }

  @GET
  @Path("mappings")
  public List<MappingView> mappings() {
    return activity.mappings().stream().map(MappingView::of).toList();
  }

  @PUT
  @Path("{partner}/mappings")
  public MappingView map(@PathParam("partner") String partner, MappingRequest request) {
    if (request == null) {
      throw new InvalidRequestException("partners.mapping-body", "send {kind, partnerId, code}");
    }
    return MappingView.of(
        activity.map(partner, kind(request.kind()), request.partnerId(), request.code()));
  }

  @DELETE
  @Path("{partner}/mappings/{kind}/{partnerId}")
  public Response unmap(
      @PathParam("partner") String partner,
      @PathParam("kind") String kind,
      @PathParam("partnerId") String partnerId) {
    activity.unmap(partner, kind(kind), partnerId);
    return Response.noContent().build();
  }

  /**
   * Publishes the whole menu to the partners that take menus (Uber Eats, DoorDash), or brings a
   * publication already waiting forward to now. Answered at once: the publication goes through the
   * partner-call outbox, and each partner's answer shows under {@code /api/partners/calls} as a
   * {@code MENU_PUBLISH} call. The menu is also published by itself shortly after every change.
   */
  @POST
  @Path("menu/publish")
  @Operation(
      summary = "Publish the menu to the delivery partners",
      description =
          "Queues one publication of the whole menu (categories, items, prices, modifier groups,"
              + " availability, hours) to every partner that takes menus; 202, the outcome shows"
              + " under /api/partners/calls as MENU_PUBLISH")
  @APIResponse(responseCode = "202", description = "the publication is queued")
  public Response publishMenu() {
    menus.publishNow();
    return Response.accepted().build();
  }

  @GET
  @Path("store")
  public StoreView store() {
    return StoreView.of(store.status());
  }

  /** Pauses or resumes the store (the partners are told), or changes how orders are accepted. */
  @PUT
  @Path("store")
  public StoreView setStore(StoreRequest request) {
    if (request == null || (request.paused() == null && request.acceptManually() == null)) {
      throw new InvalidRequestException(
          "partners.store-body",
          "send {\"paused\": true, \"reason\": \"...\"}, {\"paused\": false}"
              + " or {\"acceptManually\": true|false}");
    }
    StoreStatus status = null;
    if (request.acceptManually() != null) {
      status = store.acceptManually(request.acceptManually());
    }
    if (request.paused() != null) {
      status = request.paused() ? store.pause(request.reason()) : store.resume();
    }
    return StoreView.of(status);
  }

  /** Partner orders waiting for a manager to accept them (when the store accepts manually). */
  @GET
  @Path("waiting")
  public List<PartnerIntake.Waiting> waiting() {
    return intake.waiting();
  }

  @POST
  @Path("waiting/{eventId}/accept")
  public PartnerIntake.Handled accept(@PathParam("eventId") long eventId) {
    return intake.accept(eventId);
  }

  @POST
  @Path("waiting/{eventId}/decline")
  public PartnerIntake.Handled decline(@PathParam("eventId") long eventId, DeclineRequest request) {
    return intake.decline(eventId, request == null ? null : request.reason());
  }

  private static MappingKind kind(String kind) {
    try {
      return MappingKind.valueOf(kind == null ? "" : kind);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "partners.mapping-kind-invalid", "kind is ITEM, REMOVE or ADD, was " + kind, kind);
    }
  }

  private static int bounded(int max) {
    return Math.max(1, Math.min(max, MAX_LIST));
  }
}
