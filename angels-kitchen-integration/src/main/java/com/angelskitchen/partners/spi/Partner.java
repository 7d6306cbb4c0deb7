package com.angelskitchen.partners.spi;

import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerCommand;
import com.angelskitchen.partners.boundary.PublishedMenu;
import java.io.IOException;

/**
 * One delivery platform. Implementations are {@code @ApplicationScoped} CDI beans in the partner's
 * own package, and keep the partner's payload classes to themselves.
 *
 * <p>The shared webhook servlet serves {@code /partners/{id}/...}: it checks {@link #authentic},
 * then {@link #read}s the event, records it once and queues it; the intake consumer later asks
 * {@link #interpret} what the event means for the kitchen. Outbound, {@link #call} makes one call
 * and reports the partner's answer; retries and their backoff are the caller's business.
 */
public interface Partner {

  /** Lower-case id: the webhook path segment and the partner column in the database. */
  String id();

  /** The partner's name for people, e.g. "Uber Eats". */
  String displayName();

  /** The order source that the kitchen screens show as the badge. */
  OrderSource source();

  /** False when its credentials are not configured: its webhooks are refused with 503. */
  boolean configured();

  /** Largest webhook body accepted. */
  default int maxBodyBytes() {
    return 256 * 1024;
  }

  /** The status a recorded (or already recorded) webhook is answered with, with an empty body. */
  default int acknowledgedStatus() {
    return 200;
  }

  /** Checks the request's credential in constant time; false is answered 401. */
  boolean authentic(WebhookRequest request);

  /**
   * Reads an authenticated webhook.
   *
   * @throws WebhookRefusal naming what is wrong (answered 400, or as the refusal says)
   */
  WebhookEvent read(WebhookRequest request);

  /**
   * What a recorded event asks of the kitchen. May call the partner (Uber Eats notifications name
   * the order; its details are fetched).
   *
   * @throws IOException when the partner cannot be reached; the message is retried
   */
  PartnerCommand interpret(RecordedEvent event) throws IOException;

  /**
   * Makes one outbound call (accept, deny, ready, store status).
   *
   * @throws IOException when the partner cannot be reached
   */
  PartnerAnswer call(OutboundCall call) throws IOException;

  /** True when the partner takes the whole menu through its API ({@link #publish}). */
  default boolean takesMenus() {
    return false;
  }

  /**
   * Publishes the whole menu, replacing the partner's copy (a {@code MENU_PUBLISH} call).
   *
   * @throws IOException when the partner cannot be reached
   */
  default PartnerAnswer publish(PublishedMenu menu) throws IOException {
    return new PartnerAnswer(400, displayName() + " takes no menu");
  }
}
