package com.angelskitchen.web.security;

import com.angelskitchen.staff.boundary.SignInStrikes;
import com.angelskitchen.staff.boundary.SignInStrikes.Strikes;
import com.angelskitchen.staff.control.StaffSettings;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Slows down password guessing. Each attempt counts as a failure before the password is even
 * checked (so parallel guesses cannot outrun the count) and is forgiven when it succeeds. After
 * {@code ak.login.max-failures} failures in a row for a username from one address, that pair is
 * paused for {@code ak.login.lockout-seconds}, doubling with each further failure up to 15 minutes;
 * a username from any address, and an address across usernames, get four times the allowance (so a
 * stranger cannot lock the manager out with a handful of tries, and a whole restaurant may sign in
 * from one address). A correct password while paused is refused like a wrong one. The strikes are
 * kept in the database ({@link SignInStrikes}), shared by every server of a cluster.
 *
 * <p>The address is the client's as {@link ClientAddress} tells it (behind the cluster's load
 * balancer, the one the balancer forwards).
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Duration LONGEST = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofMinutes(30);

  @Inject StaffSettings settings;

  @Inject Clock clock;

  @EJB SignInStrikes strikes;

  /**
   * Starts a sign-in attempt: empty when it may go ahead (and it is then counted as a failure until
   * {@link #succeeded}), or how long until this username or address may try again.
   */
  public Optional<Duration> attempt(String username, String address) {
    Optional<Duration> paused = paused(username, address);
    if (paused.isEmpty()) {
      strikes.forgetBefore(clock.instant().minus(FORGET_AFTER));
      int allowance = settings.loginMaxFailures();
      strike(pair(username, address), allowance);
      strike(user(username), allowance * 4);
      strike(address(address), allowance * 4);
    }
    return paused;
  }

  /** How long until this username (or address) may try again; empty when it may now. */
  public Optional<Duration> paused(String username, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : new String[] {pair(username, address), user(username), address(address)}) {
      Strikes s = strikes.of(key).orElse(null);
      if (s != null && s.pausedUntil().isAfter(now)) {
        Duration left = Duration.between(now, s.pausedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  /** The attempt was right: the username's failures are forgiven, the address's by one. */
  public void succeeded(String username, String address) {
    strikes.forget(pair(username, address));
    strikes.forget(user(username));
    strikes.update(
        address(address),
        s ->
            s == null || s.failures() <= 1
                ? null
                : new Strikes(s.failures() - 1, s.last(), s.pausedUntil()));
  }

  private void strike(String key, int allowance) {
    Instant now = clock.instant();
    strikes.update(
        key,
        s -> {
          int failures =
              s == null || s.last().plus(FORGET_AFTER).isBefore(now) ? 1 : s.failures() + 1;
          // Not paused: the beginning of time, not "now" (another attempt whose clock read a
          // moment earlier would see "now" as still to come, and be refused for a millisecond).
          Instant until = Instant.EPOCH;
          if (failures >= allowance) {
            Duration pause =
                settings.loginLockout().multipliedBy(1L << Math.min(failures - allowance, 10));
            until = now.plus(pause.compareTo(LONGEST) > 0 ? LONGEST : pause);
          }
          return new Strikes(failures, now, until);
        });
  }

  private static String user(String username) {
    return "u:" + normal(username);
  }

  private static String pair(String username, String address) {
    return "p:" + normal(username) + "@" + address;
  }

  private static String address(String address) {
    return "a:" + address;
  }

  private static String normal(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
