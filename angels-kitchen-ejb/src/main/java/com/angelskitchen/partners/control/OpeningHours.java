package com.angelskitchen.partners.control;

import com.angelskitchen.platform.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * When the store is open, in its own time zone's wall-clock time: ranges per weekday, and
 * exceptions by date that replace a day's ranges (none: closed all day). A range whose closing time
 * is not after its opening time crosses midnight and ends the next day (20:00–02:00); 00:00–00:00
 * is the whole day. Without any weekly range the store is open every day (except its exceptions): a
 * store that never set its hours is always open.
 *
 * @param week ranges per weekday, sorted by opening time; a weekday without ranges is closed
 * @param exceptions ranges per date; an empty list is a day closed all day
 */
public record OpeningHours(
    Map<DayOfWeek, List<Range>> week, Map<LocalDate, List<Range>> exceptions) {

  /** At most this many ranges on one day. */
  public static final int MAX_RANGES = 6;

  /** No hours: always open. */
  public static final OpeningHours ALWAYS = new OpeningHours(Map.of(), Map.of());

  /** One opening, from {@code opens} until {@code closes} (the next day's when it crosses). */
  public record Range(LocalTime opens, LocalTime closes) {

    public Range {
      if (opens == null || closes == null) {
        throw new InvalidRequestException(
            "hours.time-missing", "a range needs both an opening and a closing time");
      }
    }

    /** Reads "HH:mm" times, as the API and the page send them. */
    public static Range parse(String opens, String closes) {
      return new Range(time(opens), time(closes));
    }

    public boolean crossesMidnight() {
      return !closes.isAfter(opens);
    }

    /** Minutes from the day's start when it opens and closes (beyond 1440 when it crosses). */
    int start() {
      return opens.getHour() * 60 + opens.getMinute();
    }

    int end() {
      int end = closes.getHour() * 60 + closes.getMinute();
      return crossesMidnight() ? end + 24 * 60 : end;
    }

    @Override
    public String toString() {
      return opens + "-" + closes;
    }
  }

  public OpeningHours {
    Map<DayOfWeek, List<Range>> days = new EnumMap<>(DayOfWeek.class);
    week.forEach((day, ranges) -> days.put(day, checked(ranges, day.toString())));
    days.values().removeIf(List::isEmpty);
    Map<LocalDate, List<Range>> dates = new TreeMap<>();
    exceptions.forEach((date, ranges) -> dates.put(date, checked(ranges, date.toString())));
    week = Map.copyOf(days);
    exceptions = java.util.Collections.unmodifiableMap(dates);
    for (DayOfWeek day : DayOfWeek.values()) {
      spillsInto(week.getOrDefault(day, List.of()), week.getOrDefault(day.plus(1), List.of()), day);
    }
  }

  /** True when no weekly hours are set: open every day that has no exception. */
  public boolean everyDay() {
    return week.isEmpty();
  }

  /** Whether the store is open at this wall-clock time. */
  public boolean openAt(LocalDateTime at) {
    LocalDate day = at.toLocalDate();
    LocalTime time = at.toLocalTime();
    int minute = time.getHour() * 60 + time.getMinute();
    if (!exceptions.containsKey(day) && everyDay()) {
      return true;
    }
    for (Range range : rangesOn(day)) {
      if (minute >= range.start() && minute < range.end()) {
        return true;
      }
    }
    // Last night's range that crosses midnight may still be open.
    LocalDate yesterday = day.minusDays(1);
    if (!exceptions.containsKey(yesterday) && everyDay()) {
      return false; // yesterday was open all day, and that ended at midnight
    }
    for (Range range : rangesOn(yesterday)) {
      if (range.crossesMidnight() && minute + 24 * 60 < range.end()) {
        return true;
      }
    }
    return false;
  }

  /** The ranges of a date: its exception's, or its weekday's. */
  public List<Range> rangesOn(LocalDate day) {
    List<Range> exception = exceptions.get(day);
    return exception != null ? exception : week.getOrDefault(day.getDayOfWeek(), List.of());
  }

  private static List<Range> checked(List<Range> ranges, String day) {
    if (ranges.size() > MAX_RANGES) {
      throw new InvalidRequestException(
          "hours.too-many-ranges",
          "at most " + MAX_RANGES + " ranges on one day (" + day + ")",
          MAX_RANGES,
          day);
    }
    List<Range> sorted = new ArrayList<>(ranges);
    sorted.sort(Comparator.comparing(Range::opens));
    for (int i = 1; i < sorted.size(); i++) {
      Range before = sorted.get(i - 1);
      Range after = sorted.get(i);
      if (after.start() < before.end()) {
        throw overlap(before, after, day);
      }
    }
    return List.copyOf(sorted);
  }

  /** A weekday's range crossing midnight must close before the next weekday's first opening. */
  private static void spillsInto(List<Range> day, List<Range> next, DayOfWeek which) {
    for (Range range : day) {
      if (!range.crossesMidnight()) {
        continue;
      }
      int spill = range.end() - 24 * 60;
      for (Range following : next) {
        if (following.start() < spill) {
          throw overlap(range, following, which + "/" + which.plus(1));
        }
      }
    }
  }

  private static InvalidRequestException overlap(Range a, Range b, String day) {
    return new InvalidRequestException(
        "hours.overlap",
        "ranges " + a + " and " + b + " overlap (" + day + ")",
        a.toString(),
        b.toString(),
        day);
  }

  private static LocalTime time(String text) {
    if (text == null || !text.matches("\\d{2}:\\d{2}")) {
      throw new InvalidRequestException(
          "hours.bad-time", "a time is written HH:mm (00:00 to 23:59), was " + text, text);
    }
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException bad) {
      throw new InvalidRequestException(
          "hours.bad-time", "a time is written HH:mm (00:00 to 23:59), was " + text, text);
    }
  }
}
