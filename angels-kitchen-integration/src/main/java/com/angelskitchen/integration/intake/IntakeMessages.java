package com.angelskitchen.integration.intake;

/** Property names of intake messages. The body is the partner's payload, as JSON text. */
public final class IntakeMessages {

  /** Which partner the payload comes from; selects the translator. */
  public static final String PARTNER = "partner";

  /** The partner's id for this event, for de-duplication and tracing. */
  public static final String PARTNER_EVENT_ID = "partnerEventId";

  private IntakeMessages() {}
}
