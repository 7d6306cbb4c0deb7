package com.angelskitchen.integration.intake;

import com.angelskitchen.integration.intake.PartnerEventQueue.Received;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Records and queues the webhooks of every partner with group commit: a webhook that arrives while
 * another transaction is committing joins the next batch, so a rush of deliveries shares
 * transactions instead of queueing for one each. A webhook is answered only once its own event is
 * committed, exactly as before; at a quiet moment it is committed alone, at once.
 */
@ApplicationScoped
public class WebhookRecorder {

  /**
   * Transactions committing at once: one batch fills while the other commits. More would only add
   * lock waits; the database and broker flush to the same disk.
   */
  static final int COMMITTERS = 2;

  /** The most events in one transaction: keeps a transaction short and its statements few. */
  static final int MAX_BATCH = 64;

  @EJB PartnerEventQueue queue;

  private GroupCommit<Received, Boolean> commits;

  @PostConstruct
  void start() {
    commits = new GroupCommit<>(queue::receive, queue::receive, COMMITTERS, MAX_BATCH);
  }

  /**
   * @return true when the event is new, false for a redelivery of an event recorded before
   */
  public boolean record(Received webhook) {
    return commits.commit(webhook);
  }
}
