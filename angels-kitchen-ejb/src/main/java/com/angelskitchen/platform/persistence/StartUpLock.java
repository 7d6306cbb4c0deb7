package com.angelskitchen.platform.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Serialises the work every server does once at start-up (the first accounts, the demo menu): the
 * servers of a cluster start together, and two of them checking "is there anyone yet?" at the same
 * moment would both answer no and both insert. Held until the caller's transaction ends (a
 * PostgreSQL transaction-level advisory lock), so the second server sees what the first committed.
 */
@Stateless
public class StartUpLock {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void hold() {
    em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('angels-kitchen start-up'))")
        .getSingleResult();
  }
}
