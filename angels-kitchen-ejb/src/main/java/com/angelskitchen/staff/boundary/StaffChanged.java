package com.angelskitchen.staff.boundary;

/**
 * A member's password, role or enabled state changed: whoever remembers a verified credential for
 * them (the API's short-lived cache) forgets it, and their open sessions and screens are ended.
 * Fired after commit on the server that made the change, and on every other server of a cluster
 * when PostgreSQL delivers the {@link #CHANNEL} notice that the same transaction sent.
 */
public record StaffChanged(String username) {

  /** The PostgreSQL notification channel of staff changes: "{@code <username> <server>}". */
  public static final String CHANNEL = "staff_changed";
}
