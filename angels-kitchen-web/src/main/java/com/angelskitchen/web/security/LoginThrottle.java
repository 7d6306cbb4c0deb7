package com.angelskitchen.web.security;

import com.angelskitchen.platform.config.KitchenSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@code ak.login.max-failures} wrong passwords in a row for a
 * username, that username cannot sign in for {@code ak.login.lockout-seconds}, doubling with each
 * further failure up to 15 minutes; an address gets four times the allowance, because a whole
 * restaurant may sign in from one. A correct password while paused is refused like a wrong one.
 * Kept in memory: a restart forgives, which is acceptable for a pause measured in minutes.
 */
@ApplicationScoped
public class LoginThrottle {

  private static final Duration LONGEST = Duration.ofMinutes(15);
  private static final Duration FORGET_AFTER = Duration.ofMinutes(30);
  private static final int REMEMBERED = 10_000;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();

  private record Strikes(int failures, Instant last, Instant pausedUntil) {}

  /** How long until this username (or address) may try again; empty when it may now. */
  public Optional<Duration> paused(String username, String address) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (String key : new String[] {user(username), address(address)}) {
      Strikes s = strikes.get(key);
      if (s != null && s.pausedUntil().isAfter(now)) {
        Duration left = Duration.between(now, s.pausedUntil());
        wait = left.compareTo(wait) > 0 ? left : wait;
      }
    }
    return wait.isZero() ? Optional.empty() : Optional.of(wait);
  }

  public void failed(String username, String address) {
    int allowance = settings.loginMaxFailures();
    strike(user(username), allowance);
    strike(address(address), allowance * 4);
  }

  public void succeeded(String username, String address) {
    strikes.remove(user(username));
    strikes.remove(address(address));
  }

  private void strike(String key, int allowance) {
    Instant now = clock.instant();
    if (strikes.size() > REMEMBERED) {
      strikes.values().removeIf(s -> s.last().plus(FORGET_AFTER).isBefore(now));
    }
    strikes.compute(
        key,
        (k, s) -> {
          int failures =
              s == null || s.last().plus(FORGET_AFTER).isBefore(now) ? 1 : s.failures() + 1;
          Instant until = now;
          if (failures >= allowance) {
            Duration pause =
                settings.loginLockout().multipliedBy(1L << Math.min(failures - allowance, 10));
            until = now.plus(pause.compareTo(LONGEST) > 0 ? LONGEST : pause);
          }
          return new Strikes(failures, now, until);
        });
  }

  private static String user(String username) {
    return "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
  }

  private static String address(String address) {
    return "a:" + address;
  }
}
