package com.angelskitchen.partners.outbound;

import com.angelskitchen.partners.boundary.CallAction;
import com.angelskitchen.partners.boundary.MenuPublication;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerOutbox;
import com.angelskitchen.partners.boundary.PartnerQueues.Calls;
import com.angelskitchen.partners.boundary.PartnerQueues.OpenMq;
import com.angelskitchen.partners.entity.PartnerCall;
import com.angelskitchen.partners.intake.PartnerDirectory;
import com.angelskitchen.partners.spi.Partner;
import com.angelskitchen.partners.spi.PartnerAnswer;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Makes queued partner calls. Each message names its call's row in the outbox, which is claimed
 * (locked while the call is made) and marked done with the answer: a message that comes twice, from
 * recovery or from the broker of a server that came back, finds its call made and does nothing.
 * Every attempt is recorded with the partner's answer. A failure worth retrying is sent again later
 * (the row's next attempt and a message with a delivery delay, so no consumer thread waits); when
 * the attempts are used up, or the partner refused for good (a 4xx other than 408/429), the call is
 * given up in the outbox: a dead letter for a manager to see and replay.
 *
 * <p>Store status is queued once for every partner ({@link OutboundCall#EVERY_PARTNER}) and fanned
 * out here to each configured partner, so the core needs no list of partners; a menu publication to
 * those that take menus, each built from the menu as it is when the call is made.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destinationLookup",
          propertyValue = Calls.JNDI_NAME),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = OpenMq.REDELIVERIES, propertyValue = "0"),
      @ActivationConfigProperty(
          propertyName = OpenMq.TO_DEAD_MESSAGE_QUEUE,
          propertyValue = "false"),
      // A few at a time: the queue absorbs bursts, and the webhooks' acknowledgements keep the
      // cores they need instead of competing with dozens of consumers (see docs/benchmarks.md's
      // figures).
      @ActivationConfigProperty(propertyName = OpenMq.CONSUMERS, propertyValue = "4"),
      @ActivationConfigProperty(propertyName = OpenMq.READY_CONSUMERS, propertyValue = "1")
    })
public class PartnerCallConsumer implements MessageListener {

  private static final Logger LOG = Logger.getLogger(PartnerCallConsumer.class.getName());

  @Inject PartnerDirectory partners;

  @EJB PartnerOutbox outbox;

  @EJB MenuPublication menus;

  @Inject Config config;

  @Inject Clock clock;

  @Override
  public void onMessage(Message message) {
    Long outboxId;
    OutboundCall call;
    try {
      outboxId =
          message.propertyExists(Calls.OUTBOX_ID)
              ? message.getLongProperty(Calls.OUTBOX_ID)
              : null; // queued before the outbox existed
      if (outboxId == null) {
        call = PartnerOutbox.read(message.getBody(String.class));
      } else {
        Optional<OutboundCall> pending = outbox.claim(outboxId);
        if (pending.isEmpty()) {
          return; // made already: this message came twice (recovery, or a server that came back)
        }
        call = pending.get();
      }
    } catch (JMSException unreadable) {
      throw new IllegalStateException("partner call message cannot be read", unreadable);
    }
    if (OutboundCall.EVERY_PARTNER.equals(call.partner())) {
      partners.configured().stream()
          .filter(p -> call.action() != CallAction.MENU_PUBLISH || p.takesMenus())
          .forEach(p -> outbox.send(call.to(p.id())));
      done(outboxId);
      return;
    }
    Partner partner = partners.byId(call.partner()).orElse(null);
    if (partner == null) {
      LOG.severe(() -> "no partner " + call.partner() + " for " + call.action() + "; given up");
      outbox.giveUp(outboxId, call);
      return;
    }
    PartnerAnswer answer;
    try {
      answer =
          call.action() == CallAction.MENU_PUBLISH
              ? partner.publish(menus.current())
              : partner.call(call);
    } catch (IOException | RuntimeException unreachable) {
      answer = PartnerAnswer.unreachable(unreachable);
    }
    if (answer.succeeded()) {
      outbox.record(attempt(call, answer));
      done(outboxId);
      return;
    }
    Backoff backoff = backoff();
    if (answer.worthRetrying() && backoff.allowsAnotherAfter(call.attempt())) {
      // Recorded with the retry: both commit with this message's transaction.
      outbox.record(attempt(call, answer));
      Duration delay = backoff.after(call.attempt());
      if (outboxId == null) {
        outbox.send(call.nextAttempt()); // becomes a row now (no delay: a rare, old message)
      } else {
        outbox.retryLater(outboxId, call.nextAttempt(), delay);
      }
      return;
    }
    // Failed for good: recorded, and given up in the outbox, both with this message's transaction
    // (which commits: the outbox row, not the broker, keeps the dead letter for the managers).
    outbox.record(attempt(call, answer));
    outbox.giveUp(outboxId, call);
    String failure =
        call.action()
            + " to "
            + call.partner()
            + " failed after "
            + call.attempt()
            + " attempt(s): "
            + (answer.httpStatus() == null ? "no answer" : "answered " + answer.status())
            + "; a dead letter on the partners page";
    LOG.warning(failure);
  }

  private void done(Long outboxId) {
    if (outboxId != null) {
      outbox.done(outboxId);
    }
  }

  /** An attempt as recorded. */
  private PartnerCall attempt(OutboundCall call, PartnerAnswer answer) {
    return new PartnerCall(
        call.partner(),
        call.action().name(),
        call.partnerOrderId(),
        call.orderId(),
        call.attempt(),
        OffsetDateTime.now(clock),
        answer.httpStatus(),
        answer.succeeded(),
        answer.body());
  }

  private Backoff backoff() {
    return new Backoff(
        Duration.ofMillis(
            config.getOptionalValue("ak.partners.retry-base-ms", Long.class).orElse(2000L)),
        config.getOptionalValue("ak.partners.max-attempts", Integer.class).orElse(8));
  }
}
