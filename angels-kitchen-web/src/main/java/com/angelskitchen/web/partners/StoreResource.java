package com.angelskitchen.web.partners;

import com.angelskitchen.partners.boundary.BusyControl;
import com.angelskitchen.partners.boundary.StoreHours;
import com.angelskitchen.partners.control.OpeningHours;
import com.angelskitchen.partners.entity.BusyMode;
import com.angelskitchen.partners.entity.BusySwitch;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The store's hours and busy mode ({@code /api/store}), for managers: the opening hours with their
 * exceptions, and busy mode — switched by hand, or by itself on the thresholds set here. The same
 * boundaries serve the partners page.
 */
@ApplicationScoped
@Tag(name = "Store")
@AllowedRoles(Roles.MANAGER)
@Path("store")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoreResource {

  private static final int RECENT_SWITCHES = 20;

  @EJB StoreHours hours;

  @EJB BusyControl busy;

  /** One opening, "HH:mm" to "HH:mm"; a closing time not after the opening crosses midnight. */
  public record RangeView(String opens, String closes) {
    static RangeView of(OpeningHours.Range r) {
      return new RangeView(r.opens().toString(), r.closes().toString());
    }
  }

  /** A date with hours of its own: no ranges is closed all day. */
  public record ExceptionView(String date, List<RangeView> ranges) {}

  /**
   * The week by weekday (MONDAY … SUNDAY; a day left out is closed; no day at all: always open),
   * the exceptions by date, and (read only) whether the store is open now in its time zone.
   */
  public record HoursView(
      Map<String, List<RangeView>> week,
      List<ExceptionView> exceptions,
      Boolean openNow,
      String timeZone) {}

  /** One switch of busy mode; {@code by} is null when it switched by itself. */
  public record SwitchView(
      boolean busy, String mode, int extraMinutes, String by, String why, OffsetDateTime at) {
    static SwitchView of(BusySwitch s) {
      return new SwitchView(
          s.busy(),
          s.mode().name(),
          s.extraMinutes(),
          s.switchedBy(),
          s.why().english(),
          s.switchedAt());
    }
  }

  /** Busy mode, its thresholds, the kitchen's load now and the latest switches. */
  public record BusyView(
      boolean busy,
      String mode,
      int extraMinutes,
      boolean manual,
      Integer openTicketsThreshold,
      Integer oldestMinutesThreshold,
      int calmSeconds,
      OffsetDateTime changedAt,
      int openTickets,
      long oldestMinutes,
      List<SwitchView> switches) {}

  /**
   * A manager's switch ({@code busy} with an optional {@code mode} EXTRA_TIME or PAUSE and {@code
   * extraMinutes}), or {@code automatic: true} to hand busy mode back to the thresholds.
   */
  public record BusyRequest(Boolean busy, String mode, Integer extraMinutes, Boolean automatic) {}

  /**
   * Thresholds for automatic busy mode (both null: never automatic), the calm period before it
   * switches off by itself, and how it tells the partners.
   */
  public record ThresholdsRequest(
      Integer openTickets,
      Integer oldestMinutes,
      Integer calmSeconds,
      String mode,
      Integer extraMinutes) {}

  @GET
  @Path("hours")
  @Operation(summary = "The store's weekly hours and exceptions, and whether it is open now")
  public HoursView hours() {
    return view(hours.week());
  }

  @PUT
  @Path("hours")
  @Operation(
      summary =
          "Replace the weekly hours and exceptions (400 on overlapping ranges, bad times or days)")
  public HoursView setHours(HoursView request) {
    if (request == null) {
      throw new InvalidRequestException(
          "hours.body",
          "send {\"week\": {\"MONDAY\": [{\"opens\": \"11:00\", \"closes\": \"15:00\"}]}, \"exceptions\": []}");
    }
    return view(hours.replace(read(request)));
  }

  @GET
  @Path("busy")
  @Operation(summary = "Busy mode, its thresholds, the kitchen's load and the latest switches")
  public BusyView busy() {
    return busyView();
  }

  @PUT
  @Path("busy")
  @Operation(summary = "Switch busy mode on or off by hand, or hand it back to the thresholds")
  public BusyView setBusy(BusyRequest request, @Context SecurityContext security) {
    if (request == null || (request.busy() == null && !Boolean.TRUE.equals(request.automatic()))) {
      throw new InvalidRequestException(
          "busy.body",
          "send {\"busy\": true, \"mode\": \"EXTRA_TIME\", \"extraMinutes\": 15}, {\"busy\": false}"
              + " or {\"automatic\": true}");
    }
    if (Boolean.TRUE.equals(request.automatic())) {
      busy.automatic();
    } else {
      busy.switchManually(
          request.busy(),
          kind(request.mode()),
          request.extraMinutes(),
          security.getUserPrincipal().getName());
    }
    return busyView();
  }

  @PUT
  @Path("busy/thresholds")
  @Operation(summary = "Set the thresholds for automatic busy mode (both null: never automatic)")
  public BusyView thresholds(ThresholdsRequest request) {
    if (request == null) {
      throw new InvalidRequestException(
          "busy.thresholds-body",
          "send {\"openTickets\": 12, \"oldestMinutes\": 20, \"calmSeconds\": 180}");
    }
    busy.limits(
        request.openTickets(),
        request.oldestMinutes(),
        request.calmSeconds(),
        kind(request.mode()),
        request.extraMinutes());
    return busyView();
  }

  private BusyView busyView() {
    BusyControl.Status status = busy.status();
    BusyMode m = status.mode();
    return new BusyView(
        m.busy(),
        m.mode().name(),
        m.extraMinutes(),
        m.manual(),
        m.openTicketsLimit(),
        m.oldestMinutesLimit(),
        m.calmSeconds(),
        m.changedAt(),
        status.load().openTickets(),
        status.load().oldestMinutes(),
        busy.recentSwitches(RECENT_SWITCHES).stream().map(SwitchView::of).toList());
  }

  private HoursView view(OpeningHours h) {
    Map<String, List<RangeView>> week = new LinkedHashMap<>();
    new TreeMap<>(h.week())
        .forEach(
            (day, ranges) -> week.put(day.name(), ranges.stream().map(RangeView::of).toList()));
    List<ExceptionView> exceptions =
        h.exceptions().entrySet().stream()
            .map(
                e ->
                    new ExceptionView(
                        e.getKey().toString(), e.getValue().stream().map(RangeView::of).toList()))
            .toList();
    return new HoursView(week, exceptions, hours.openNow(), hours.zone());
  }

  /** Reads the request's hours; the ranges themselves are checked by {@link OpeningHours}. */
  static OpeningHours read(HoursView request) {
    Map<DayOfWeek, List<OpeningHours.Range>> week = new EnumMap<>(DayOfWeek.class);
    if (request.week() != null) {
      request
          .week()
          .forEach(
              (day, ranges) -> week.put(day(day), ranges(ranges == null ? List.of() : ranges)));
    }
    Map<LocalDate, List<OpeningHours.Range>> exceptions = new TreeMap<>();
    if (request.exceptions() != null) {
      for (ExceptionView exception : request.exceptions()) {
        if (exception == null) {
          continue;
        }
        LocalDate date = date(exception.date());
        if (exceptions.put(
                date, ranges(exception.ranges() == null ? List.of() : exception.ranges()))
            != null) {
          throw new InvalidRequestException(
              "hours.duplicate-date", "the date " + date + " is given twice", date.toString());
        }
      }
    }
    return new OpeningHours(week, exceptions);
  }

  private static List<OpeningHours.Range> ranges(List<RangeView> views) {
    List<OpeningHours.Range> ranges = new ArrayList<>();
    for (RangeView view : views) {
      if (view == null) {
        throw new InvalidRequestException(
            "hours.time-missing", "a range needs both an opening and a closing time");
      }
      ranges.add(OpeningHours.Range.parse(view.opens(), view.closes()));
    }
    return ranges;
  }

  private static DayOfWeek day(String day) {
    try {
      return DayOfWeek.valueOf(day == null ? "" : day.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "hours.bad-day", "a weekday is MONDAY … SUNDAY, was " + day, String.valueOf(day));
    }
  }

  private static LocalDate date(String date) {
    try {
      return LocalDate.parse(date == null ? "" : date.strip());
    } catch (DateTimeParseException bad) {
      throw new InvalidRequestException(
          "hours.bad-date", "a date is written YYYY-MM-DD, was " + date, String.valueOf(date));
    }
  }

  private static BusyMode.Kind kind(String mode) {
    if (mode == null) {
      return null;
    }
    try {
      return BusyMode.Kind.valueOf(mode.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidRequestException(
          "busy.bad-mode", "mode is EXTRA_TIME or PAUSE, was " + mode, mode);
    }
  }
}
