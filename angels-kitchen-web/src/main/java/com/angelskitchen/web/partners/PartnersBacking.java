package com.angelskitchen.web.partners;

import com.angelskitchen.partners.boundary.DeadLetters;
import com.angelskitchen.partners.boundary.MenuPublication;
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
import com.angelskitchen.web.i18n.Phrases;
import com.angelskitchen.web.i18n.StoreFormat;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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

  @EJB StoreControl store;

  @EJB PartnerActivity activity;

  @EJB PartnerInbox inbox;

  @EJB DeadLetters deadLetters;

  @EJB StuckEvents stuckEvents;

  @EJB PartnerIntake intake;

  @EJB MenuPublication menus;

  @Inject StoreFormat format;

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
  // Not kept with the view: made again on every reload, in the store's way.
  private transient DateTimeFormatter moments;
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
    // The moments are the store's: in its time zone, written its short way with the seconds.
    moments =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM)
            .withLocale(format.locale())
            .withZone(format.zone());
    current =
        new Store(
            status.paused(), status.reason(), status.acceptManually(), time(status.changedAt()));
    waiting = intake.waiting().stream().map(this::waiting).toList();
    alerts = activity.openAlerts().stream().map(this::alert).toList();
    dead = deadLetters.list().stream().map(this::dead).toList();
    stuck = stuckEvents.list().stream().map(this::stuck).toList();
    long seconds = stuckEvents.threshold().toSeconds();
    stuckAfter =
        seconds % 60 == 0
            ? PageMessages.texts().get("partners.minutes", seconds / 60)
            : PageMessages.texts().get("partners.seconds", seconds);
    calls = activity.recentCalls(RECENT).stream().map(this::call).toList();
    events = inbox.recent(RECENT).stream().map(this::event).toList();
    mappings = activity.mappings().stream().map(PartnersBacking::mapping).toList();
  }

  public void pause() {
    if (PageMessages.attempt("partners.attempt.pause", () -> store.pause(pauseReason))
        .isPresent()) {
      PageMessages.info("partners.paused");
      pauseReason = null;
    }
    reload();
  }

  /** Publishes the whole menu to the partners now (it also follows every menu change by itself). */
  public void publishMenu() {
    if (PageMessages.attempt("partners.attempt.publishMenu", () -> menus.publishNow())) {
      PageMessages.info("partners.menuPublishing");
    }
    reload();
  }

  public void resume() {
    if (PageMessages.attempt("partners.attempt.resume", () -> store.resume()).isPresent()) {
      PageMessages.info("partners.resumed");
    }
    reload();
  }

  public void acceptManually(boolean manually) {
    if (PageMessages.attempt("partners.attempt.acceptMode", () -> store.acceptManually(manually))
        .isPresent()) {
      if (manually) {
        PageMessages.info("partners.manualOn");
      } else {
        PageMessages.info("partners.manualOff");
      }
    }
    reload();
  }

  public void accept(long eventId) {
    PageMessages.attempt("partners.attempt.accept", () -> intake.accept(eventId))
        .ifPresent(handled -> PageMessages.info("partners.accepted", handled.outcome()));
    reload();
  }

  public void decline(long eventId) {
    PageMessages.attempt("partners.attempt.decline", () -> intake.decline(eventId, declineReason))
        .ifPresent(handled -> PageMessages.info("partners.declined"));
    reload();
  }

  private Waiting waiting(PartnerIntake.Waiting w) {
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
    PageMessages.attempt("partners.attempt.resolve", () -> activity.resolveAlert(alertId));
    reload();
  }

  public void replay(String messageId) {
    if (PageMessages.attempt("partners.attempt.replay", () -> deadLetters.replay(messageId))) {
      PageMessages.info("partners.replayed");
    }
    reload();
  }

  public void processAgain(long eventId) {
    if (PageMessages.attempt(
        "partners.attempt.processAgain", () -> stuckEvents.processAgain(eventId))) {
      PageMessages.info("partners.queuedAgain");
    }
    reload();
  }

  public void map() {
    MappingKind kind;
    try {
      kind = MappingKind.valueOf(mapKind);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      PageMessages.error("partners.map.kindMissing");
      return;
    }
    if (PageMessages.attempt(
            "partners.attempt.map", () -> activity.map(mapPartner, kind, mapPartnerId, mapCode))
        .isPresent()) {
      PageMessages.info("partners.mapped", mapPartnerId, mapCode);
      mapPartnerId = null;
      mapCode = null;
    }
    reload();
  }

  public void unmap(String partner, String kind, String partnerId) {
    PageMessages.attempt(
        "partners.attempt.unmap",
        () -> activity.unmap(partner, MappingKind.valueOf(kind), partnerId));
    reload();
  }

  private Alert alert(PartnerAlert a) {
    return new Alert(
        a.id(), a.partner(), Phrases.text(PageMessages.texts(), a.message()), time(a.raisedAt()));
  }

  private Stuck stuck(PartnerEvent s) {
    return new Stuck(
        s.id(),
        s.partner(),
        s.partnerOrderId() == null
            ? s.eventType()
            : PageMessages.texts().get("partners.stuck.what", s.eventType(), s.partnerOrderId()),
        s.eventId(),
        time(s.receivedAt()),
        s.failures(),
        s.lastError() == null ? "" : s.lastError());
  }

  private Dead dead(DeadLetters.DeadLetter d) {
    return new Dead(
        d.messageId(),
        d.queue(),
        d.partner(),
        Phrases.text(PageMessages.texts(), d.what()),
        d.deliveries(),
        Phrases.text(PageMessages.texts(), d.error()),
        time(d.deadAt()));
  }

  private Call call(PartnerCall c) {
    return new Call(
        time(c.attemptedAt()),
        c.partner(),
        c.action(),
        c.partnerOrderId(),
        c.attempt(),
        c.httpStatus() == null
            ? PageMessages.texts().get("partners.calls.noAnswer")
            : String.valueOf(c.httpStatus()),
        c.succeeded(),
        c.answer());
  }

  private Event event(PartnerEvent e) {
    return new Event(
        time(e.receivedAt()),
        e.partner(),
        e.eventType(),
        e.eventId(),
        e.status().name(),
        Phrases.text(PageMessages.texts(), e.outcome()),
        e.lastError());
  }

  private static Mapping mapping(PartnerMapping m) {
    return new Mapping(m.partner(), m.kind().name(), m.partnerId(), m.code());
  }

  private String time(OffsetDateTime at) {
    return at == null ? "" : moments.format(at);
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
