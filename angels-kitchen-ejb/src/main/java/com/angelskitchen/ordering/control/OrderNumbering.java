package com.angelskitchen.ordering.control;

import com.angelskitchen.ordering.entity.OrderNumber;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Hands out order numbers that restart at 1 each business day. One counter row per day is
 * incremented inside the order's transaction: a refused order gives its number back, and two orders
 * can never share one.
 */
@Dependent
public class OrderNumbering {

  @PersistenceContext EntityManager em;

  public OrderNumber next(LocalDate businessDay) {
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
