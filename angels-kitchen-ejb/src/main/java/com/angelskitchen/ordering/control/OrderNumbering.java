package com.angelskitchen.ordering.control;

import com.angelskitchen.ordering.entity.OrderNumber;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands out order numbers that restart at 1 each business day.
 *
 * <p>Every number comes from one database sequence, inside the order's own transaction: {@code
 * nextval} never waits for another transaction, so terminals placing orders at the same moment do
 * not queue behind each other, and it costs one round trip. A day's numbers are the sequence values
 * above the day's base (see {@link BusinessDayBases}), which is remembered here once read.
 *
 * <p>Two orders of a day never share a number. The numbers of a day follow each other because one
 * business day is numbered at a time, the one orders are being placed in. A number can be skipped:
 * by an order refused after it was numbered (a database failure; every business rule is checked
 * before), or by an order of the previous day placed in the very moment the day turns.
 */
// A singleton EJB, not an application-scoped CDI bean: its persistence context then always
// resolves in this module, whichever module calls it first. Its state is a concurrent map, so the
// container need not serialise calls.
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OrderNumbering {

  @PersistenceContext EntityManager em;

  @EJB BusinessDayBases bases;

  private final Map<LocalDate, Long> baseByDay = new ConcurrentHashMap<>();

  /** The next number of that business day; call it inside the order's transaction. */
  public OrderNumber next(LocalDate businessDay) {
    Long base = baseByDay.get(businessDay);
    if (base == null) {
      // Read before the nextval below: the base is at most the sequence's value when it was
      // recorded, so every value taken afterwards lies above it.
      base = bases.baseOf(businessDay);
      baseByDay.keySet().removeIf(day -> day.isBefore(businessDay.minusDays(7)));
      baseByDay.put(businessDay, base);
    }
    long taken =
        ((Number) em.createNativeQuery("SELECT nextval('order_number_seq')").getSingleResult())
            .longValue();
    return new OrderNumber(businessDay, Math.toIntExact(taken - base));
  }
}
