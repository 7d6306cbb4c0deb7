package com.angelskitchen.partners.control;

import com.angelskitchen.platform.Phrase;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * When busy mode switches by itself. It switches on as soon as either threshold is reached (open
 * tickets, or the oldest open ticket's age in minutes); it switches off only after the kitchen has
 * stayed below both for a calm period, so a kitchen hovering at its threshold does not flap the
 * partners on and off with every bump. A manager's switch is never undone automatically, and
 * without thresholds nothing is automatic.
 */
public final class BusyRule {

  private BusyRule() {}

  /** How loaded the kitchen is now. */
  public record Load(int openTickets, long oldestMinutes) {}

  /**
   * The manager's thresholds; a null threshold is not used, both null: no automatic busy mode.
   *
   * @param calm how long the kitchen stays below both before busy mode switches off by itself
   */
  public record Thresholds(Integer openTickets, Integer oldestMinutes, Duration calm) {

    public boolean automatic() {
      return openTickets != null || oldestMinutes != null;
    }
  }

  /** Busy mode as it stands. */
  public record State(boolean busy, boolean manual, OffsetDateTime calmSince) {}

  /** What to do. */
  public enum Change {
    NONE,
    ON,
    OFF
  }

  /**
   * @param calmSince what to keep as the start of the calm period (null: not calm, or not busy)
   * @param why the reason of a switch, null when nothing changes
   */
  public record Verdict(Change change, OffsetDateTime calmSince, Phrase why) {}

  public static Verdict decide(State state, Thresholds limits, Load load, OffsetDateTime now) {
    if (state.manual() || !limits.automatic()) {
      return new Verdict(Change.NONE, null, null);
    }
    Phrase over = over(limits, load);
    if (over != null) {
      return new Verdict(state.busy() ? Change.NONE : Change.ON, null, over);
    }
    if (!state.busy()) {
      return new Verdict(Change.NONE, null, null);
    }
    OffsetDateTime calmSince = state.calmSince() == null ? now : state.calmSince();
    if (!now.isBefore(calmSince.plus(limits.calm()))) {
      return new Verdict(
          Change.OFF,
          null,
          Phrase.of(
              "busy.why-calm",
              "the kitchen recovered: {0} open tickets, oldest {1} min, for {2} s",
              load.openTickets(),
              load.oldestMinutes(),
              limits.calm().toSeconds()));
    }
    return new Verdict(Change.NONE, calmSince, null);
  }

  private static Phrase over(Thresholds limits, Load load) {
    if (limits.openTickets() != null && load.openTickets() >= limits.openTickets()) {
      return Phrase.of(
          "busy.why-open-tickets",
          "{0} open tickets (threshold {1})",
          load.openTickets(),
          limits.openTickets());
    }
    if (limits.oldestMinutes() != null && load.oldestMinutes() >= limits.oldestMinutes()) {
      return Phrase.of(
          "busy.why-oldest-ticket",
          "the oldest open ticket waits {0} min (threshold {1})",
          load.oldestMinutes(),
          limits.oldestMinutes());
    }
    return null;
  }
}
