package com.angelskitchen.web.partners;

import com.angelskitchen.partners.boundary.BusyControl;
import com.angelskitchen.partners.boundary.DeadLetters;
import com.angelskitchen.partners.boundary.MenuPublication;
import com.angelskitchen.partners.boundary.PartnerActivity;
import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.boundary.PartnerIntake;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.boundary.StoreControl;
import com.angelskitchen.partners.boundary.StoreHours;
import com.angelskitchen.partners.boundary.StuckEvents;
import com.angelskitchen.partners.control.OpeningHours;
import com.angelskitchen.partners.entity.BusyMode;
import com.angelskitchen.partners.entity.BusySwitch;
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
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  @EJB BusyControl busyControl;

  @EJB StoreHours storeHours;

  @EJB MenuPublication menus;

  @Inject StoreFormat format;

  /** Busy mode as shown, with the kitchen's load now. */
  public record Busy(
      boolean busy,
      String mode,
      int extraMinutes,
      boolean manual,
      boolean automatic,
      int openTickets,
      long oldestMinutes,
      String since)
      implements Serializable {}

  /** One switch of busy mode. */
  public record Switch(
      String at, boolean busy, String mode, int extraMinutes, String by, String why)
      implements Serializable {}

  /** One weekly range, or one exception's range (opens null: closed all day). */
  public record HoursRow(String key, String day, String opens, String closes)
      implements Serializable {}

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
  private Busy busy;
  private List<Switch> switches = List.of();
  private String busyKind = "EXTRA_TIME";
  private Integer busyMinutes = 15;
  private Integer openTicketsThreshold;
  private Integer oldestMinutesThreshold;
  private Integer calmSeconds = 180;
  private List<HoursRow> weekRows = List.of();
  private List<HoursRow> exceptionRows = List.of();
  private boolean openNow = true;
  private String hoursDay = "MONDAY";
  private String hoursOpens;
  private String hoursCloses;
  private String exceptionDate;
  private String exceptionOpens;
  private String exceptionCloses;
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
    reloadBusy();
    reloadHours();
  }

  private void reloadBusy() {
    BusyControl.Status status = busyControl.status();
    BusyMode m = status.mode();
    busy =
        new Busy(
            m.busy(),
            m.mode().name(),
            m.extraMinutes(),
            m.manual(),
            m.thresholds().automatic(),
            status.load().openTickets(),
            status.load().oldestMinutes(),
            time(m.changedAt()));
    busyKind = m.mode().name();
    busyMinutes = m.extraMinutes();
    openTicketsThreshold = m.openTicketsLimit();
    oldestMinutesThreshold = m.oldestMinutesLimit();
    calmSeconds = m.calmSeconds();
    switches = busyControl.recentSwitches(RECENT).stream().map(this::busySwitch).toList();
  }

  private Switch busySwitch(BusySwitch s) {
    return new Switch(
        time(s.switchedAt()),
        s.busy(),
        s.mode().name(),
        s.extraMinutes(),
        s.switchedBy(),
        Phrases.text(PageMessages.texts(), s.why()));
  }

  private void reloadHours() {
    OpeningHours hours = storeHours.week();
    openNow = storeHours.openNow();
    List<HoursRow> week = new ArrayList<>();
    new TreeMap<>(hours.week())
        .forEach(
            (day, ranges) ->
                ranges.forEach(
                    r ->
                        week.add(
                            new HoursRow(
                                day.name(),
                                day.getDisplayName(TextStyle.FULL, format.locale()),
                                r.opens().toString(),
                                r.closes().toString()))));
    weekRows = week;
    List<HoursRow> exceptions = new ArrayList<>();
    hours
        .exceptions()
        .forEach(
            (date, ranges) -> {
              if (ranges.isEmpty()) {
                exceptions.add(new HoursRow(date.toString(), date.toString(), null, null));
              }
              ranges.forEach(
                  r ->
                      exceptions.add(
                          new HoursRow(
                              date.toString(),
                              date.toString(),
                              r.opens().toString(),
                              r.closes().toString())));
            });
    exceptionRows = exceptions;
  }

  public void busyOn() {
    BusyMode.Kind kind = BusyMode.Kind.valueOf(busyKind);
    if (PageMessages.attempt(
            "partners.attempt.busy",
            () -> busyControl.switchManually(true, kind, busyMinutes, manager()))
        .isPresent()) {
      PageMessages.info("partners.busy.switchedOn");
    }
    reload();
  }

  public void busyOff() {
    if (PageMessages.attempt(
            "partners.attempt.busy", () -> busyControl.switchManually(false, null, null, manager()))
        .isPresent()) {
      PageMessages.info("partners.busy.switchedOff");
    }
    reload();
  }

  public void busyAutomatic() {
    if (PageMessages.attempt("partners.attempt.busy", () -> busyControl.automatic()).isPresent()) {
      PageMessages.info("partners.busy.handedBack");
    }
    reload();
  }

  public void saveThresholds() {
    BusyMode.Kind kind = BusyMode.Kind.valueOf(busyKind);
    if (PageMessages.attempt(
            "partners.attempt.thresholds",
            () ->
                busyControl.limits(
                    openTicketsThreshold, oldestMinutesThreshold, calmSeconds, kind, busyMinutes))
        .isPresent()) {
      PageMessages.info("partners.busy.thresholdsSaved");
    }
    reload();
  }

  public void addHours() {
    saveHours(
        () -> {
          Map<DayOfWeek, List<OpeningHours.Range>> week = weekOf(storeHours.week());
          week.computeIfAbsent(DayOfWeek.valueOf(hoursDay), d -> new ArrayList<>())
              .add(OpeningHours.Range.parse(hoursOpens, hoursCloses));
          return new OpeningHours(week, storeHours.week().exceptions());
        });
  }

  public void removeHours(String day, String opens) {
    saveHours(
        () -> {
          Map<DayOfWeek, List<OpeningHours.Range>> week = weekOf(storeHours.week());
          week.getOrDefault(DayOfWeek.valueOf(day), new ArrayList<>())
              .removeIf(r -> r.opens().toString().equals(opens));
          return new OpeningHours(week, storeHours.week().exceptions());
        });
  }

  /** Adds an exception: with no times, the date is closed all day. */
  public void addException() {
    saveHours(
        () -> {
          OpeningHours now = storeHours.week();
          Map<LocalDate, List<OpeningHours.Range>> exceptions = exceptionsOf(now);
          LocalDate date = date(exceptionDate);
          List<OpeningHours.Range> ranges =
              exceptions.computeIfAbsent(date, d -> new ArrayList<>());
          if (exceptionOpens != null
              && !exceptionOpens.isBlank()
              && exceptionCloses != null
              && !exceptionCloses.isBlank()) {
            ranges.add(OpeningHours.Range.parse(exceptionOpens, exceptionCloses));
          }
          return new OpeningHours(now.week(), exceptions);
        });
  }

  public void removeException(String date) {
    saveHours(
        () -> {
          OpeningHours now = storeHours.week();
          Map<LocalDate, List<OpeningHours.Range>> exceptions = exceptionsOf(now);
          exceptions.remove(LocalDate.parse(date));
          return new OpeningHours(now.week(), exceptions);
        });
  }

  private void saveHours(java.util.function.Supplier<OpeningHours> changed) {
    if (PageMessages.attempt("partners.attempt.hours", () -> storeHours.replace(changed.get()))
        .isPresent()) {
      PageMessages.info("partners.hours.saved");
      hoursOpens = null;
      hoursCloses = null;
      exceptionOpens = null;
      exceptionCloses = null;
    }
    reload();
  }

  private static Map<DayOfWeek, List<OpeningHours.Range>> weekOf(OpeningHours hours) {
    Map<DayOfWeek, List<OpeningHours.Range>> week = new EnumMap<>(DayOfWeek.class);
    hours.week().forEach((day, ranges) -> week.put(day, new ArrayList<>(ranges)));
    return week;
  }

  private static Map<LocalDate, List<OpeningHours.Range>> exceptionsOf(OpeningHours hours) {
    Map<LocalDate, List<OpeningHours.Range>> exceptions = new TreeMap<>();
    hours.exceptions().forEach((day, ranges) -> exceptions.put(day, new ArrayList<>(ranges)));
    return exceptions;
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text == null ? "" : text.strip());
    } catch (java.time.format.DateTimeParseException bad) {
      throw new com.angelskitchen.platform.InvalidRequestException(
          "hours.bad-date", "a date is written YYYY-MM-DD, was " + text, String.valueOf(text));
    }
  }

  private static String manager() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
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

  public Busy getBusy() {
    return busy;
  }

  public List<Switch> getSwitches() {
    return switches;
  }

  public List<HoursRow> getWeekRows() {
    return weekRows;
  }

  public List<HoursRow> getExceptionRows() {
    return exceptionRows;
  }

  public boolean isOpenNow() {
    return openNow;
  }

  public List<String> getWeekdays() {
    return java.util.Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList();
  }

  public String weekdayName(String day) {
    return DayOfWeek.valueOf(day).getDisplayName(TextStyle.FULL, format.locale());
  }

  public String getBusyKind() {
    return busyKind;
  }

  public void setBusyKind(String busyKind) {
    this.busyKind = busyKind;
  }

  public Integer getBusyMinutes() {
    return busyMinutes;
  }

  public void setBusyMinutes(Integer busyMinutes) {
    this.busyMinutes = busyMinutes;
  }

  public Integer getOpenTicketsThreshold() {
    return openTicketsThreshold;
  }

  public void setOpenTicketsThreshold(Integer openTicketsThreshold) {
    this.openTicketsThreshold = openTicketsThreshold;
  }

  public Integer getOldestMinutesThreshold() {
    return oldestMinutesThreshold;
  }

  public void setOldestMinutesThreshold(Integer oldestMinutesThreshold) {
    this.oldestMinutesThreshold = oldestMinutesThreshold;
  }

  public Integer getCalmSeconds() {
    return calmSeconds;
  }

  public void setCalmSeconds(Integer calmSeconds) {
    this.calmSeconds = calmSeconds;
  }

  public String getHoursDay() {
    return hoursDay;
  }

  public void setHoursDay(String hoursDay) {
    this.hoursDay = hoursDay;
  }

  public String getHoursOpens() {
    return hoursOpens;
  }

  public void setHoursOpens(String hoursOpens) {
    this.hoursOpens = hoursOpens;
  }

  public String getHoursCloses() {
    return hoursCloses;
  }

  public void setHoursCloses(String hoursCloses) {
    this.hoursCloses = hoursCloses;
  }

  public String getExceptionDate() {
    return exceptionDate;
  }

  public void setExceptionDate(String exceptionDate) {
    this.exceptionDate = exceptionDate;
  }

  public String getExceptionOpens() {
    return exceptionOpens;
  }

  public void setExceptionOpens(String exceptionOpens) {
    this.exceptionOpens = exceptionOpens;
  }

  public String getExceptionCloses() {
    return exceptionCloses;
  }

  public void setExceptionCloses(String exceptionCloses) {
    this.exceptionCloses = exceptionCloses;
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
