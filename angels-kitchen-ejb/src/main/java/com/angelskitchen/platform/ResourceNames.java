package com.angelskitchen.platform;

/**
 * JNDI names of the server-level resources that {@code server-config/lib/payara.sh} creates. The
 * two lists must agree; keeping them here means no other class spells a JNDI name.
 */
public final class ResourceNames {

  /** The PostgreSQL connection pool's JDBC resource. */
  public static final String DATA_SOURCE = "jdbc/angelsKitchen";

  /** Partner orders waiting to become kitchen orders (physical queue AK_OrderIntake). */
  public static final String ORDER_INTAKE_QUEUE = "jms/angelsKitchen/OrderIntakeQueue";

  /** Status updates on their way back to delivery partners (physical queue AK_PartnerStatus). */
  public static final String PARTNER_STATUS_QUEUE = "jms/angelsKitchen/PartnerStatusQueue";

  /** Kitchen events for other server instances (physical topic AK_KitchenEvents). */
  public static final String KITCHEN_EVENTS_TOPIC = "jms/angelsKitchen/KitchenEventsTopic";

  /**
   * Physical name of the intake queue, for message-driven beans: OpenMQ's resource adapter takes a
   * server-level administered object by JNDI name, but the physical name is the portable choice.
   */
  public static final String ORDER_INTAKE_PHYSICAL = "AK_OrderIntake";

  /** Physical name of the partner-status queue, for message-driven beans. */
  public static final String PARTNER_STATUS_PHYSICAL = "AK_PartnerStatus";

  private ResourceNames() {}
}
