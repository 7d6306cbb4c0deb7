package com.angelskitchen.partners.spi;

import java.util.Objects;

/**
 * What a webhook is, as far as the inbox needs to know: the partner's unique id for this event
 * (de-duplication key), its type, and the partner's order id when it is about an order.
 */
public record WebhookEvent(String eventId, String eventType, String partnerOrderId) {

  public WebhookEvent {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(eventType, "eventType");
  }
}
