package com.angelskitchen.partners.boundary;

import com.angelskitchen.partners.control.OpeningHours;
import com.angelskitchen.partners.control.OpeningHours.Range;
import com.angelskitchen.partners.entity.StoreStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's opening hours: a week of ranges and exceptions by date (holidays), in the
 * restaurant's time zone (the clock's, {@code ak.timezone}). Partner orders outside them are denied
 * as "store closed"; the POS only warns (walk-ins may be served after hours). No hours set: always
 * open.
 *
 * <p>{@link #week()} and {@link #openAt(Instant)} are the read side other components use (the menu
 * publication sends the weekly hours to the partners with the menu); a change of the exceptions is
 * sent to the partners that take holiday hours on their own.
 */
@Stateless
public class StoreHours {

  @PersistenceContext EntityManager em;

  @EJB PartnerOutbox outbox;

  @Inject Clock clock;

  /** The hours as set (both maps empty: always open). */
  public OpeningHours week() {
    Map<DayOfWeek, List<Range>> week = new HashMap<>();
    for (Object[] row : rows("SELECT weekday, opens, closes FROM store_hours")) {
      week.computeIfAbsent(DayOfWeek.of(((Number) row[0]).intValue()), d -> new ArrayList<>())
          .add(new Range(time(row[1]), time(row[2])));
    }
    Map<LocalDate, List<Range>> exceptions = new HashMap<>();
    for (Object[] row : rows("SELECT day, opens, closes FROM store_hours_exception")) {
      List<Range> ranges = exceptions.computeIfAbsent(date(row[0]), d -> new ArrayList<>());
      if (row[1] != null) {
        ranges.add(new Range(time(row[1]), time(row[2])));
      }
    }
    return new OpeningHours(week, exceptions);
  }

  /** Whether the store is open at this moment (in the restaurant's time zone). */
  public boolean openAt(Instant moment) {
    return week().openAt(LocalDateTime.ofInstant(moment, clock.getZone()));
  }

  /** The restaurant's time zone, in which the hours are read. */
  public String zone() {
    return clock.getZone().getId();
  }

  /** Whether the store is open now. */
  public boolean openNow() {
    return openAt(clock.instant());
  }

  /**
   * Replaces the hours and their exceptions with these (validated: no overlapping ranges, at most
   * {@link OpeningHours#MAX_RANGES} a day). When the exceptions changed, the partners are told;
   * when the weekly hours changed, the menu is published again (it carries them).
   */
  public OpeningHours replace(OpeningHours hours) {
    // One change of the hours at a time, across servers: the store's row is the lock.
    em.find(StoreStatus.class, StoreStatus.THE_STORE, LockModeType.PESSIMISTIC_WRITE);
    OpeningHours before = week();
    em.createNativeQuery("DELETE FROM store_hours").executeUpdate();
    em.createNativeQuery("DELETE FROM store_hours_exception").executeUpdate();
    hours
        .week()
        .forEach(
            (day, ranges) ->
                ranges.forEach(
                    r ->
                        em.createNativeQuery(
                                "INSERT INTO store_hours (weekday, opens, closes) VALUES (?, ?, ?)")
                            .setParameter(1, day.getValue())
                            .setParameter(2, Time.valueOf(r.opens()))
                            .setParameter(3, Time.valueOf(r.closes()))
                            .executeUpdate()));
    hours
        .exceptions()
        .forEach(
            (day, ranges) -> {
              if (ranges.isEmpty()) {
                em.createNativeQuery("INSERT INTO store_hours_exception (day) VALUES (?)")
                    .setParameter(1, java.sql.Date.valueOf(day))
                    .executeUpdate();
              }
              ranges.forEach(
                  r ->
                      em.createNativeQuery(
                              "INSERT INTO store_hours_exception (day, opens, closes)"
                                  + " VALUES (?, ?, ?)")
                          .setParameter(1, java.sql.Date.valueOf(day))
                          .setParameter(2, Time.valueOf(r.opens()))
                          .setParameter(3, Time.valueOf(r.closes()))
                          .executeUpdate());
            });
    if (!before.exceptions().equals(hours.exceptions())) {
      outbox.send(OutboundCall.hours());
    }
    if (!before.week().equals(hours.week())) {
      // The weekly hours travel with the menu: publish it again (one waiting publication at most).
      outbox.sendOnce(OutboundCall.menu(), java.time.Duration.ZERO);
    }
    return hours;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql) {
    return em.createNativeQuery(sql).getResultList();
  }

  private static LocalTime time(Object value) {
    return value instanceof Time t ? t.toLocalTime() : (LocalTime) value;
  }

  private static LocalDate date(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
