package com.angelskitchen.platform;

/**
 * The JNDI name of the database that {@code server-config/lib/payara.sh} creates; the two must
 * agree. The partners' queues, the only JMS the application uses, are named in their contract,
 * {@code partners.boundary.PartnerQueues}.
 */
public final class ResourceNames {

  /** The PostgreSQL connection pool's JDBC resource. */
  public static final String DATA_SOURCE = "jdbc/angelsKitchen";

  private ResourceNames() {}
}
