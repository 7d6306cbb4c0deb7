package com.angelskitchen.printing.control;

import com.angelskitchen.printing.entity.PrintMode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a station's open tickets print now. Every-ticket mode prints the tickets fired since it
 * was turned on; fallback prints all open tickets once every screen of the station has been dark
 * for longer than the fallback (dark since the last sighting of a screen, or since the mode was set
 * when none was ever seen), and then each new one. Oldest fired first: the order the cook would
 * have seen them on the screen. Tickets already printed are the caller's to leave out.
 */
public final class PrintSelection {

  /** How a station prints, as the sweep reads it. */
  public record Station(
      PrintMode mode,
      Duration fallbackAfter,
      OffsetDateTime modeSince,
      OffsetDateTime screenSeenAt) {}

  /** An open ticket of the station, not printed yet. */
  public record OpenTicket(long id, OffsetDateTime firedAt) {}

  private static final Comparator<OpenTicket> FIRED =
      Comparator.comparing(
              OpenTicket::firedAt, Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
          .thenComparingLong(OpenTicket::id);

  private PrintSelection() {}

  public static List<Long> toPrint(Station station, List<OpenTicket> open, OffsetDateTime now) {
    return switch (station.mode()) {
      case OFF -> List.of();
      case EVERY_TICKET ->
          open.stream()
              .filter(t -> t.firedAt() != null && !t.firedAt().isBefore(station.modeSince()))
              .sorted(FIRED)
              .map(OpenTicket::id)
              .toList();
      case FALLBACK ->
          screensDark(station, now)
              ? open.stream().sorted(FIRED).map(OpenTicket::id).toList()
              : List.<Long>of();
    };
  }

  /**
   * Whether the station may print anything now: every-ticket mode always, fallback only while its
   * screens are dark. When not, the sweep need not read its tickets at all.
   */
  public static boolean mayPrint(Station station, OffsetDateTime now) {
    return switch (station.mode()) {
      case OFF -> false;
      case EVERY_TICKET -> true;
      case FALLBACK -> screensDark(station, now);
    };
  }

  /** True when no screen of the station has been seen for longer than the fallback. */
  public static boolean screensDark(Station station, OffsetDateTime now) {
    OffsetDateTime lastSeen =
        station.screenSeenAt() == null || station.screenSeenAt().isBefore(station.modeSince())
            ? station.modeSince()
            : station.screenSeenAt();
    return Duration.between(lastSeen, now).compareTo(station.fallbackAfter()) > 0;
  }
}
