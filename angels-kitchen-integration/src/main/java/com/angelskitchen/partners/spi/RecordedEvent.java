package com.angelskitchen.partners.spi;

/** A webhook event as the inbox recorded it, handed back to its partner to interpret. */
public record RecordedEvent(
    long inboxId, String eventId, String eventType, String partnerOrderId, String payload) {}
