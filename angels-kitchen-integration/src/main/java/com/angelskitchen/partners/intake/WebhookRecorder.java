package com.angelskitchen.partners.intake;

import com.angelskitchen.partners.boundary.IntakeQueue;
import com.angelskitchen.partners.boundary.PartnerInbox;
import com.angelskitchen.partners.control.IntakeRecovery;
import com.angelskitchen.partners.intake.PartnerEventQueue.Received;
import com.angelskitchen.partners.spi.WebhookEvent;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Records and queues the webhooks of every partner. Recording uses group commit: a webhook that
 * arrives while another transaction is committing joins the next batch, so a rush of deliveries
 * shares transactions instead of queueing for one each; at a quiet moment it is committed alone, at
 * once. A webhook is answered only once its own event is committed. Its message is sent after that
 * commit; if the server dies in between, the intake recovery queues it later.
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

  @EJB PartnerEventQueue inbox;

  @EJB IntakeQueue queue;

  @Inject Config config;

  private GroupCommit<Received, Optional<PartnerInbox.Recorded>> commits;

  @PostConstruct
  void start() {
    commits = new GroupCommit<>(inbox::receive, inbox::receive, COMMITTERS, MAX_BATCH);
  }

  /**
   * Records the event durably, then queues it when it is new (or a redelivery of an event whose
   * message seems lost).
   *
   * @return true when the event is new, false for a redelivery of an event recorded before
   */
  public boolean record(String partner, WebhookEvent event, String payload) {
    Optional<PartnerInbox.Recorded> recorded =
        commits.commit(new Received(partner, event, payload, IntakeRecovery.grace(config)));
    recorded
        .filter(PartnerInbox.Recorded::toQueue)
        .ifPresent(r -> queue.queue(partner, r.inboxId(), event.eventId()));
    return recorded.map(PartnerInbox.Recorded::isNew).orElse(false);
  }
}
