package com.angelskitchen.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Tells whether the database answers, for health checks. */
@Stateless
public class DatabaseProbe {

  @PersistenceContext EntityManager em;

  public boolean answers() {
    try {
      return ((Number) em.createNativeQuery("SELECT 1").getSingleResult()).intValue() == 1;
    } catch (RuntimeException unreachable) {
      return false;
    }
  }
}
