package com.angelskitchen.checkout.boundary;

import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderStateException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Which business days are closed by a Z report, for the till's rules: what a closed report counted
 * may not change. The closes are reporting's ({@code day_close}, V23), which sits above checkout
 * (it writes the money audit): checkout reads the table itself rather than depend on reporting.
 */
@Stateless
public class ClosedDays {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  /** A Z close: the business day, when and by whom. */
  public record Closed(LocalDate businessDay, OffsetDateTime closedAt, String closedBy) {}

  /** The close of a business day, if it was closed. */
  public Optional<Closed> of(LocalDate businessDay) {
    return first(
        em.createNativeQuery(
                "SELECT business_day, closed_at, closed_by FROM day_close WHERE business_day = ?1")
            .setParameter(1, java.sql.Date.valueOf(businessDay))
            .getResultList());
  }

  /**
   * The first close at or after a moment: the Z report that counted what happened then (an order
   * placed then is in its sales). Empty while that moment is in the open window.
   */
  public Optional<Closed> covering(OffsetDateTime moment) {
    return first(
        em.createNativeQuery(
                "SELECT business_day, closed_at, closed_by FROM day_close WHERE closed_at >= ?1"
                    + " ORDER BY closed_at LIMIT 1")
            .setParameter(1, Timestamp.from(moment.toInstant()))
            .getResultList());
  }

  /**
   * Refused for an order a Z report counted (placed at or before a close): a closed day's sales do
   * not change (no discount, no add-on, no voided line). Payments and refunds are not refused: they
   * count in the open window.
   */
  public void ensureOpen(KitchenOrder order) {
    covering(order.placedAt())
        .ifPresent(
            closed -> {
              String day = closed.businessDay().toString();
              String at =
                  closed
                      .closedAt()
                      .atZoneSameInstant(clock.getZone())
                      .format(DateTimeFormatter.ofPattern("HH:mm"));
              throw new OrderStateException(
                  "order.day-closed",
                  "order "
                      + order.number().display()
                      + " is in the Z report of business day "
                      + day
                      + ", closed at "
                      + at
                      + ": its sale can no longer change",
                  order.number().display(),
                  day,
                  at);
            });
  }

  private static Optional<Closed> first(List<?> rows) {
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Closed(
                    ((java.sql.Date) r[0]).toLocalDate(),
                    ((Timestamp) r[1]).toInstant().atOffset(ZoneOffset.UTC),
                    (String) r[2]))
        .findFirst();
  }
}
