package com.angelskitchen.ordering.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Where each business day's order numbers start in the order-number sequence: the first time a day
 * is numbered, its base is the sequence's current value, recorded in a transaction of its own so
 * that every terminal and every restart agrees on it. A day's number is then {@code nextval -
 * base}: 1, 2, 3, …
 */
@Stateless
public class BusinessDayBases {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long baseOf(LocalDate businessDay) {
    em.createNativeQuery(
            "INSERT INTO order_number_day (business_day, base)"
                + " SELECT ?1, CASE WHEN is_called THEN last_value ELSE last_value - 1 END"
                + " FROM order_number_seq ON CONFLICT (business_day) DO NOTHING")
        .setParameter(1, businessDay)
        .executeUpdate();
    return ((Number)
            em.createNativeQuery("SELECT base FROM order_number_day WHERE business_day = ?1")
                .setParameter(1, businessDay)
                .getSingleResult())
        .longValue();
  }
}
