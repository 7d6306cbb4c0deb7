package com.angelskitchen.printing.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;

/**
 * Counts an attempt to send a job over an open connection, committed on its own before the bytes
 * leave: whatever happens next, the job knows it may have come out once already.
 */
@Stateless
public class PrintAttempts {

  @PersistenceContext EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void sending(long jobId, OffsetDateTime now) {
    em.createNativeQuery(
            "UPDATE print_job SET attempts = attempts + 1, attempted_at = ?, maybe_printed = true"
                + " WHERE id = ?")
        .setParameter(1, Timestamp.from(now.toInstant()))
        .setParameter(2, jobId)
        .executeUpdate();
  }
}
