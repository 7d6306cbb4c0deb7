package com.angelskitchen.partners.boundary;

import com.angelskitchen.partners.control.BusyRule;
import com.angelskitchen.partners.entity.BusyMode;
import com.angelskitchen.partners.entity.BusySwitch;
import com.angelskitchen.partners.entity.StoreStatus;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.Phrase;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Busy mode: the kitchen tells the partners to add minutes to their prep time, or to stop sending
 * orders, while it is swamped, and tells them again when it is over. A manager switches it (and it
 * then stays as the manager left it until handed back); otherwise it switches by itself on the
 * manager's thresholds ({@link BusyRule}), evaluated after each order placed or ticket bumped or
 * cancelled, and every few seconds by {@link com.angelskitchen.partners.control.BusyAlarm} so that
 * a ticket's age alone can switch it.
 *
 * <p>Every switch locks the one {@code busy_mode} row, so the servers of a cluster decide one after
 * the other from what the database says; a switch to the state it is in already sends nothing. The
 * calls to the partners and the record of the switch commit with it.
 */
@Stateless
public class BusyControl {

  /** Most extra minutes a manager may ask for (Uber Eats takes up to three hours of prep time). */
  public static final int MAX_EXTRA_MINUTES = 120;

  @PersistenceContext EntityManager em;

  @EJB PartnerOutbox outbox;

  @Inject Clock clock;

  /** Busy mode as it stands, with the kitchen's load now. */
  public record Status(BusyMode mode, BusyRule.Load load) {}

  public Status status() {
    return new Status(em.find(BusyMode.class, BusyMode.THE_KITCHEN), load());
  }

  /** The latest switches, newest first. */
  public List<BusySwitch> recentSwitches(int max) {
    return em.createNamedQuery(BusySwitch.RECENT, BusySwitch.class)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * A manager switches busy mode on (in this way) or off. It stays so until the manager switches
   * again or hands it back to the thresholds ({@link #automatic}).
   *
   * @param extraMinutes the minutes added to prep time (EXTRA_TIME); ignored when pausing
   */
  public BusyMode switchManually(
      boolean busy, BusyMode.Kind kind, Integer extraMinutes, String by) {
    BusyMode mode = locked();
    BusyMode.Kind how = kind != null ? kind : mode.mode();
    int minutes = extraMinutes != null ? checkedMinutes(extraMinutes) : mode.extraMinutes();
    switchTo(
        mode,
        busy,
        how,
        minutes,
        true,
        by,
        busy
            ? Phrase.of("busy.why-manager-on", "switched on by {0}", by)
            : Phrase.of("busy.why-manager-off", "switched off by {0}", by));
    return mode;
  }

  /** Hands busy mode back to the thresholds, which decide at once. */
  public BusyMode automatic() {
    BusyMode mode = locked();
    mode.automatic();
    decide(mode);
    return mode;
  }

  /**
   * The manager's thresholds for automatic busy mode (both null: never automatic), and how it tells
   * the partners when it switches by itself.
   */
  public BusyMode limits(
      Integer openTickets,
      Integer oldestMinutes,
      Integer calmSeconds,
      BusyMode.Kind kind,
      Integer extraMinutes) {
    if (openTickets != null && (openTickets < 1 || openTickets > 1000)) {
      throw new InvalidRequestException(
          "busy.open-tickets-limit",
          "the open tickets threshold is 1 to 1000, was " + openTickets,
          openTickets);
    }
    if (oldestMinutes != null && (oldestMinutes < 1 || oldestMinutes > 240)) {
      throw new InvalidRequestException(
          "busy.oldest-minutes-limit",
          "the oldest ticket threshold is 1 to 240 minutes, was " + oldestMinutes,
          oldestMinutes);
    }
    if (calmSeconds != null && (calmSeconds < 0 || calmSeconds > 3600)) {
      throw new InvalidRequestException(
          "busy.calm-seconds",
          "the calm period is 0 to 3600 seconds, was " + calmSeconds,
          calmSeconds);
    }
    BusyMode mode = locked();
    mode.limits(
        openTickets,
        oldestMinutes,
        calmSeconds != null ? calmSeconds : mode.calmSeconds(),
        kind != null ? kind : mode.mode(),
        extraMinutes != null ? checkedMinutes(extraMinutes) : mode.extraMinutes());
    if (!mode.thresholds().automatic() && mode.busy() && !mode.manual()) {
      // Switched on by thresholds that are gone: nothing would ever switch it off.
      switchTo(
          mode,
          false,
          mode.mode(),
          mode.extraMinutes(),
          false,
          null,
          Phrase.of("busy.why-no-thresholds", "the thresholds were removed"));
      return mode;
    }
    decide(mode);
    return mode;
  }

  /**
   * Looks at the kitchen's load and switches busy mode when the thresholds say so. Cheap when
   * nothing is automatic (a read, no lock).
   */
  public void evaluate() {
    BusyMode seen = em.find(BusyMode.class, BusyMode.THE_KITCHEN);
    if (seen == null || seen.manual() || !seen.thresholds().automatic()) {
      return;
    }
    // Locked and read again: another server may have switched it since the read above.
    em.refresh(seen, LockModeType.PESSIMISTIC_WRITE);
    decide(seen);
  }

  private void decide(BusyMode mode) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    BusyRule.Verdict verdict = BusyRule.decide(mode.state(), mode.thresholds(), load(), now);
    switch (verdict.change()) {
      case ON -> switchTo(mode, true, mode.mode(), mode.extraMinutes(), false, null, verdict.why());
      case OFF ->
          switchTo(mode, false, mode.mode(), mode.extraMinutes(), false, null, verdict.why());
      case NONE -> mode.calmSince(verdict.calmSince());
    }
  }

  private void switchTo(
      BusyMode mode,
      boolean busy,
      BusyMode.Kind kind,
      int minutes,
      boolean manual,
      String by,
      Phrase why) {
    boolean wasBusy = mode.busy();
    BusyMode.Kind wasKind = mode.mode();
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (!mode.switchTo(busy, kind, minutes, manual, now)) {
      return; // as it was: the partners know already
    }
    StoreStatus store = em.find(StoreStatus.class, StoreStatus.THE_STORE);
    boolean storePaused = store != null && store.paused();
    if (wasBusy && !(wasKind == BusyMode.Kind.PAUSE && storePaused)) {
      // Undo what the partners were told (before telling them the new way, if it stays on) — but
      // never put online a store a manager paused: the partners' pause is the store's too.
      outbox.send(
          wasKind == BusyMode.Kind.PAUSE
              ? OutboundCall.busy(CallAction.BUSY_RESUME, null, why.english())
              : OutboundCall.busy(CallAction.PREP_TIME, 0, why.english()));
    }
    if (busy) {
      outbox.send(
          kind == BusyMode.Kind.PAUSE
              ? OutboundCall.busy(CallAction.BUSY_PAUSE, null, why.english())
              : OutboundCall.busy(CallAction.PREP_TIME, minutes, why.english()));
    }
    em.persist(new BusySwitch(busy, kind, minutes, by, why, now));
  }

  /** Open tickets now, and how long the oldest has waited. */
  BusyRule.Load load() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT count(*), min(fired_at) FROM kitchen_ticket WHERE status = 'OPEN'")
                .getSingleResult();
    int open = ((Number) row[0]).intValue();
    OffsetDateTime oldest = PartnerInbox.time(row[1]);
    long minutes =
        oldest == null
            ? 0
            : Math.max(0, Duration.between(oldest, OffsetDateTime.now(clock)).toMinutes());
    return new BusyRule.Load(open, minutes);
  }

  private BusyMode locked() {
    return em.find(BusyMode.class, BusyMode.THE_KITCHEN, LockModeType.PESSIMISTIC_WRITE);
  }

  private static int checkedMinutes(int minutes) {
    if (minutes < 1 || minutes > MAX_EXTRA_MINUTES) {
      throw new InvalidRequestException(
          "busy.extra-minutes",
          "extra prep time is 1 to " + MAX_EXTRA_MINUTES + " minutes, was " + minutes,
          minutes,
          MAX_EXTRA_MINUTES);
    }
    return minutes;
  }
}
