package com.angelskitchen.platform;

import java.util.UUID;

/**
 * Which server process this is, for telling this server's own work from another's in a cluster: the
 * Payara instance name (ak1, ak2; "server" for a single server) and a random part that changes at
 * every start, so that a restarted instance is never mistaken for the process it replaced.
 */
public final class ThisServer {

  /** The Payara instance's name. */
  public static final String INSTANCE = System.getProperty("com.sun.aas.instanceName", "server");

  /** This process's identity: {@code <instance>/<random>}, unique across restarts. */
  public static final String ID = INSTANCE + "/" + UUID.randomUUID().toString().substring(0, 8);

  /** The prefix every server's application name starts with. */
  public static final String APPLICATION_PREFIX = "angels-kitchen ";

  /**
   * The PostgreSQL application name of this server's listening connection: a server is alive while
   * a session with its name is connected (see {@code pg_stat_activity}).
   */
  public static final String APPLICATION_NAME = APPLICATION_PREFIX + ID;

  private ThisServer() {}
}
