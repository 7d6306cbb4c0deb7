package com.angelskitchen.partners.boundary;

/**
 * The partners' JMS contract, spelled once: the two queues, who sends to and who consumes each, the
 * properties of their messages, and the settings of the broker (OpenMQ, built into Payara) that
 * their consumers use. The senders ({@link IntakeQueue}, {@link PartnerOutbox}) live in this
 * module, the message-driven consumers in the integration module; both read this class. Only the
 * partners use JMS. The names agree with the queues {@code server-config/lib/payara.sh} creates.
 *
 * <p>The database, not the broker, is the truth: every message names a row (an inbox event, an
 * outbox call), a lost message is queued again from its row, and a message for a row already
 * handled changes nothing.
 */
public final class PartnerQueues {

  private PartnerQueues() {}

  /**
   * Recorded partner events waiting to become kitchen orders. {@link IntakeQueue} sends, {@code
   * PartnerEventConsumer} consumes; the body is the partner's event id.
   */
  public static final class Intake {

    public static final String JNDI_NAME = "jms/angelsKitchen/OrderIntakeQueue";

    /** The physical name, for message-driven beans and the managers' dead-letter list. */
    public static final String PHYSICAL_NAME = "AK_OrderIntake";

    /** Message property: the partner's id. */
    public static final String PARTNER = "partner";

    /** Message property: the inbox row of the event. */
    public static final String INBOX_ID = "inboxId";

    /**
     * Deliveries of one message (the first and the redeliveries after a failure) before the broker
     * drops it: the event, still RECEIVED with as many failures, is then a dead letter ({@link
     * DeadLetters}).
     */
    public static final int ATTEMPTS = 4;

    private Intake() {}
  }

  /**
   * Calls to partners (status updates, store pauses). {@link PartnerOutbox} sends, {@code
   * PartnerCallConsumer} consumes; the body is the {@link OutboundCall} as JSON. A call is tried
   * once per message: retries are new messages with a delivery delay, planned from its row.
   */
  public static final class Calls {

    public static final String JNDI_NAME = "jms/angelsKitchen/PartnerStatusQueue";

    /** The physical name, for the managers' dead-letter list. */
    public static final String PHYSICAL_NAME = "AK_PartnerStatus";

    /** Message property: which partner (or * for every partner). */
    public static final String PARTNER = "partner";

    /** Message property: the {@link CallAction}. */
    public static final String ACTION = "action";

    /** Message property: the call's row in {@code partner_outbox}. */
    public static final String OUTBOX_ID = "outboxId";

    private Calls() {}
  }

  /**
   * Activation settings of OpenMQ's resource adapter, the only broker-specific names: the
   * consumers' annotations need them as constants.
   */
  public static final class OpenMq {

    /** Redeliveries after a consumer threw, before the message is dropped. */
    public static final String REDELIVERIES = "endpointExceptionRedeliveryAttempts";

    /**
     * Whether a dropped message goes to the broker's dead message queue. Always "false" here: the
     * database keeps what failed for good, and a dead message queue per server would only pile up
     * copies.
     */
    public static final String TO_DEAD_MESSAGE_QUEUE = "sendUndeliverableMsgsToDMQ";

    /** The most consumers of one queue at once. */
    public static final String CONSUMERS = "endpointPoolMaxSize";

    /** The consumers kept ready. */
    public static final String READY_CONSUMERS = "endpointPoolSteadySize";

    private OpenMq() {}
  }
}
