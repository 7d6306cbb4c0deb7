package com.angelskitchen.stations.entity;

/**
 * A ticket's life at its station: HELD while its order waits for its fire time, OPEN on the screen,
 * BUMPED when the station is done (a recall makes it OPEN again), CANCELLED with its order.
 */
public enum TicketStatus {
  HELD,
  OPEN,
  BUMPED,
  CANCELLED
}
