package com.angelskitchen.staff.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The failed sign-ins the throttle counts, kept in PostgreSQL ({@code sign_in_strike}) so that
 * every server of a cluster counts the same strikes: a guesser whose requests the load balancer
 * spreads over two servers gets no second allowance, and a pause holds wherever the next attempt
 * lands. A key's row is locked while it changes, so parallel attempts are counted one by one.
 */
@Stateless
public class SignInStrikes {

  /** A key's count: failures in a row, the last one, and until when it is paused. */
  public record Strikes(int failures, Instant last, Instant pausedUntil) {}

  @PersistenceContext EntityManager em;

  /** The strikes of a key, if it has any. */
  public Optional<Strikes> of(String key) {
    return read(key, false);
  }

  /**
   * Changes a key's strikes under its row lock: {@code change} is given the current strikes (null
   * when there are none) and returns the new ones, or null to forget the key.
   */
  public Strikes update(String key, UnaryOperator<Strikes> change) {
    em.createNativeQuery(
            "INSERT INTO sign_in_strike (key, failures, last_at, paused_until)"
                + " VALUES (?1, 0, ?2, ?2) ON CONFLICT (key) DO NOTHING")
        .setParameter(1, key)
        .setParameter(2, OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC))
        .executeUpdate();
    Strikes current = read(key, true).filter(s -> s.failures() > 0).orElse(null);
    Strikes changed = change.apply(current);
    if (changed == null) {
      forget(key);
    } else {
      em.createNativeQuery(
              "UPDATE sign_in_strike SET failures = ?2, last_at = ?3, paused_until = ?4"
                  + " WHERE key = ?1")
          .setParameter(1, key)
          .setParameter(2, changed.failures())
          .setParameter(3, OffsetDateTime.ofInstant(changed.last(), ZoneOffset.UTC))
          .setParameter(4, OffsetDateTime.ofInstant(changed.pausedUntil(), ZoneOffset.UTC))
          .executeUpdate();
    }
    return changed;
  }

  public void forget(String key) {
    em.createNativeQuery("DELETE FROM sign_in_strike WHERE key = ?1")
        .setParameter(1, key)
        .executeUpdate();
  }

  /** Forgets every key whose last failure is older than this. */
  public void forgetBefore(Instant before) {
    em.createNativeQuery("DELETE FROM sign_in_strike WHERE last_at < ?1")
        .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
        .executeUpdate();
  }

  private Optional<Strikes> read(String key, boolean lock) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT failures, CAST(EXTRACT(EPOCH FROM last_at) * 1000 AS BIGINT),"
                    + " CAST(EXTRACT(EPOCH FROM paused_until) * 1000 AS BIGINT)"
                    + " FROM sign_in_strike WHERE key = ?1"
                    + (lock ? " FOR UPDATE" : ""))
            .setParameter(1, key)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            row ->
                new Strikes(
                    ((Number) row[0]).intValue(),
                    Instant.ofEpochMilli(((Number) row[1]).longValue()),
                    Instant.ofEpochMilli(((Number) row[2]).longValue())));
  }
}
