package com.angelskitchen.ordering.control;

import com.angelskitchen.ordering.entity.OrderNumber;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Hands out order numbers that restart at 1 each business day, from one counter row per day.
 *
 * <p>Each number is taken in a transaction of its own, committed at once: the day's counter row is
 * locked for a single statement, not for the whole order's transaction, so that terminals placing
 * orders at the same time do not queue behind each other. The price is that an order refused after
 * its number was taken (a database failure; every business rule is checked before) leaves a gap in
 * the day's numbers. Two orders never share a number.
 */
@Stateless
public class OrderNumbering {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public OrderNumber next(LocalDate businessDay) {
    // This commit need not wait for the disk: the order that uses the number commits after it,
    // durably, and PostgreSQL writes its log in order, so flushing the order's commit flushes the
    // number with it. A crash before that only forgets a number no order holds.
    em.createNativeQuery("SET LOCAL synchronous_commit = off").executeUpdate();
    Number number =
        (Number)
            em.createNativeQuery(
                    "INSERT INTO order_number_counter (business_day, last_number) VALUES (?1, 1)"
                        + " ON CONFLICT (business_day) DO UPDATE"
                        + " SET last_number = order_number_counter.last_number + 1"
                        + " RETURNING last_number")
                .setParameter(1, businessDay)
                .getSingleResult();
    return new OrderNumber(businessDay, number.intValue());
  }
}
