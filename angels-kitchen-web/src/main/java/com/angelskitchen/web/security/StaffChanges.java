package com.angelskitchen.web.security;

import com.angelskitchen.staff.boundary.StaffChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each member's account last changed (disabled, password reset, role changed). A session
 * signed in before that change is ended at its next request, so a disabled cook's open screen or a
 * demoted manager's tab does not keep what it had.
 */
@ApplicationScoped
public class StaffChanges {

  private final Map<String, Long> changedAt = new ConcurrentHashMap<>();

  void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffChanged change) {
    changedAt.put(change.username(), System.currentTimeMillis());
  }

  /** Whether the member's account changed after a session was signed in at this time. */
  public boolean changedSince(String username, long signedInAt) {
    Long changed = changedAt.get(username);
    return changed != null && changed >= signedInAt;
  }
}
