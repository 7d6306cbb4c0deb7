package com.angelskitchen.web.partners;

import com.angelskitchen.partners.boundary.DeadLetters;
import com.angelskitchen.partners.boundary.PartnerActivity;
import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.boundary.PartnerIntake;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.boundary.StoreControl;
import com.angelskitchen.partners.boundary.StuckEvents;
import com.angelskitchen.partners.entity.MappingKind;
import com.angelskitchen.partners.entity.PartnerAlert;
import com.angelskitchen.partners.entity.PartnerCall;
import com.angelskitchen.partners.entity.PartnerEvent;
import com.angelskitchen.partners.entity.PartnerMapping;
import com.angelskitchen.partners.entity.StoreStatus;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Backs admin/partners.xhtml, the manager's view of the delivery partners: pause or resume the
 * store, alerts to look at, dead letters to replay once their cause is fixed, every call to a
 * partner with its answer, the events received, and the item mappings.
 */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int RECENT = 100;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm:ss");

  @EJB StoreControl store;

  @EJB PartnerActivity activity;

  @EJB PartnerInbox inbox;

  @EJB DeadLetters deadLetters;

  @EJB StuckEvents stuckEvents;

  @EJB PartnerIntake intake;

  /** The store's state as shown. */
  public record Store(boolean paused, String reason, boolean acceptManually, String since)
      implements Serializable {}

  /** An order waiting for a manager: what was ordered, and until when it can be accepted. */
  public record Waiting(
      long eventId, String partner, String customer, String lines, String received)
      implements Serializable {}

  /** One alert. */
  public record Alert(long id, String partner, String message, String raisedAt)
      implements Serializable {}

  /** One dead letter. */
  /** An event acknowledged long ago and still not processed. */
  public record Stuck(
      long id,
      String partner,
      String what,
      String eventId,
      String receivedAt,
      int failures,
      String error)
      implements Serializable {}

  public record Dead(
      String messageId,
      String queue,
      String partner,
      String what,
      int deliveries,
      String error,
      String deadAt)
      implements Serializable {}

  /** One call to a partner. */
  public record Call(
      String at,
      String partner,
      String action,
      String order,
      int attempt,
      String status,
      boolean ok,
      String answer)
      implements Serializable {}

  /** One event received. */
  public record Event(
      String at,
      String partner,
      String type,
      String eventId,
      String status,
      String outcome,
      String error)
      implements Serializable {}

  /** One mapping. */
  public record Mapping(String partner, String kind, String partnerId, String code)
      implements Serializable {}

  private Store current;
  private List<Waiting> waiting = List.of();
  private String declineReason;
  private List<Alert> alerts = List.of();
  private List<Dead> dead = List.of();
  private List<Stuck> stuck = List.of();
  private String stuckAfter;
  private List<Call> calls = List.of();
  private List<Event> events = List.of();
  private List<Mapping> mappings = List.of();
  private String pauseReason;
  private String mapPartner = "ubereats";
  private String mapKind = "ITEM";
  private String mapPartnerId;
  private String mapCode;

  @PostConstruct
  public void reload() {
    StoreStatus status = store.status();
    current =
        new Store(
            status.paused(), status.reason(), status.acceptManually(), time(status.changedAt()));
    waiting = intake.waiting().stream().map(PartnersBacking::waiting).toList();
    alerts = activity.openAlerts().stream().map(PartnersBacking::alert).toList();
    dead = deadLetters.list().stream().map(PartnersBacking::dead).toList();
    stuck = stuckEvents.list().stream().map(PartnersBacking::stuck).toList();
    long seconds = stuckEvents.threshold().toSeconds();
    stuckAfter = seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    calls = activity.recentCalls(RECENT).stream().map(PartnersBacking::call).toList();
    events = inbox.recent(RECENT).stream().map(PartnersBacking::event).toList();
    mappings = activity.mappings().stream().map(PartnersBacking::mapping).toList();
  }

  public void pause() {
    if (PageMessages.attempt("pause the store", () -> store.pause(pauseReason)).isPresent()) {
      PageMessages.info("The store is paused; the partners are being told.");
      pauseReason = null;
    }
    reload();
  }

  public void resume() {
    if (PageMessages.attempt("resume the store", () -> store.resume()).isPresent()) {
      PageMessages.info("The store takes partner orders again; the partners are being told.");
    }
    reload();
  }

  public void acceptManually(boolean manually) {
    if (PageMessages.attempt(
            "change how partner orders are accepted", () -> store.acceptManually(manually))
        .isPresent()) {
      PageMessages.info(
          manually
              ? "A manager now accepts each partner order (under Waiting)."
              : "Partner orders are accepted at once again.");
    }
    reload();
  }

  public void accept(long eventId) {
    PageMessages.attempt("accept the order", () -> intake.accept(eventId))
        .ifPresent(handled -> PageMessages.info("Accepted: " + handled.outcome() + "."));
    reload();
  }

  public void decline(long eventId) {
    PageMessages.attempt("decline the order", () -> intake.decline(eventId, declineReason))
        .ifPresent(handled -> PageMessages.info("Declined; the partner is being told."));
    reload();
  }

  private static Waiting waiting(PartnerIntake.Waiting w) {
    PartnerOrder order = w.order();
    String lines =
        String.join(
            ", ",
            order.lines().stream()
                .map(l -> l.quantity() + "× " + (l.name() != null ? l.name() : l.partnerItemId()))
                .toList());
    return new Waiting(w.eventId(), w.partner(), order.customerName(), lines, time(w.receivedAt()));
  }

  public void resolve(long alertId) {
    PageMessages.attempt("resolve the alert", () -> activity.resolveAlert(alertId));
    reload();
  }

  public void replay(String messageId) {
    if (PageMessages.attempt("replay the message", () -> deadLetters.replay(messageId))) {
      PageMessages.info("Replayed: the message is back on its queue.");
    }
    reload();
  }

  public void processAgain(long eventId) {
    if (PageMessages.attempt("process the event again", () -> stuckEvents.processAgain(eventId))) {
      PageMessages.info("Queued again: the event is being processed.");
    }
    reload();
  }

  public void map() {
    MappingKind kind;
    try {
      kind = MappingKind.valueOf(mapKind);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      PageMessages.error(
          "Choose what the partner id is: an item, an ingredient to remove, or an extra.");
      return;
    }
    if (PageMessages.attempt(
            "save the mapping", () -> activity.map(mapPartner, kind, mapPartnerId, mapCode))
        .isPresent()) {
      PageMessages.info("Mapped " + mapPartnerId + " to " + mapCode + ".");
      mapPartnerId = null;
      mapCode = null;
    }
    reload();
  }

  public void unmap(String partner, String kind, String partnerId) {
    PageMessages.attempt(
        "remove the mapping", () -> activity.unmap(partner, MappingKind.valueOf(kind), partnerId));
    reload();
  }

  private static Alert alert(PartnerAlert a) {
    return new Alert(a.id(), a.partner(), a.message(), time(a.raisedAt()));
  }

  private static Stuck stuck(PartnerEvent s) {
    return new Stuck(
        s.id(),
        s.partner(),
        s.eventType() + (s.partnerOrderId() == null ? "" : " · order " + s.partnerOrderId()),
        s.eventId(),
        time(s.receivedAt()),
        s.failures(),
        s.lastError() == null ? "" : s.lastError());
  }

  private static Dead dead(DeadLetters.DeadLetter d) {
    return new Dead(
        d.messageId(),
        d.queue(),
        d.partner(),
        d.what(),
        d.deliveries(),
        d.error(),
        time(d.deadAt()));
  }

  private static Call call(PartnerCall c) {
    return new Call(
        time(c.attemptedAt()),
        c.partner(),
        c.action(),
        c.partnerOrderId(),
        c.attempt(),
        c.httpStatus() == null ? "no answer" : String.valueOf(c.httpStatus()),
        c.succeeded(),
        c.answer());
  }

  private static Event event(PartnerEvent e) {
    return new Event(
        time(e.receivedAt()),
        e.partner(),
        e.eventType(),
        e.eventId(),
        e.status().name(),
        e.outcome(),
        e.lastError());
  }

  private static Mapping mapping(PartnerMapping m) {
    return new Mapping(m.partner(), m.kind().name(), m.partnerId(), m.code());
  }

  private static String time(OffsetDateTime at) {
    return at == null ? "" : at.atZoneSameInstant(java.time.ZoneId.systemDefault()).format(TIME);
  }

  public Store getCurrent() {
    return current;
  }

  public List<Waiting> getWaiting() {
    return waiting;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }

  public List<Alert> getAlerts() {
    return alerts;
  }

  public List<Dead> getDead() {
    return dead;
  }

  public List<Stuck> getStuck() {
    return stuck;
  }

  /** The stuck threshold as people read it: "2 min", "45 s". */
  public String getStuckAfter() {
    return stuckAfter;
  }

  public List<Call> getCalls() {
    return calls;
  }

  public List<Event> getEvents() {
    return events;
  }

  public List<Mapping> getMappings() {
    return mappings;
  }

  public String getPauseReason() {
    return pauseReason;
  }

  public void setPauseReason(String pauseReason) {
    this.pauseReason = pauseReason;
  }

  public String getMapPartner() {
    return mapPartner;
  }

  public void setMapPartner(String mapPartner) {
    this.mapPartner = mapPartner;
  }

  public String getMapKind() {
    return mapKind;
  }

  public void setMapKind(String mapKind) {
    this.mapKind = mapKind;
  }

  public String getMapPartnerId() {
    return mapPartnerId;
  }

  public void setMapPartnerId(String mapPartnerId) {
    this.mapPartnerId = mapPartnerId;
  }

  public String getMapCode() {
    return mapCode;
  }

  public void setMapCode(String mapCode) {
    this.mapCode = mapCode;
  }
}
