package com.angelskitchen.web.security;

import com.angelskitchen.staff.boundary.StaffChanged;
import com.angelskitchen.staff.boundary.StaffDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When each member's account last changed (disabled, password reset, role changed). A session
 * signed in before that change is ended at its next request, so a disabled cook's open screen or a
 * demoted manager's tab does not keep what it had.
 *
 * <p>In a cluster a session may have been signed in on another server: changes made there arrive as
 * {@link StaffChanged} events through the {@link com.angelskitchen.web.cluster.ServerBell}, and a
 * server that starts reads the changes of the last sessions' lifetime from the staff table.
 */
@ApplicationScoped
public class StaffChanges {

  private static final Logger LOG = Logger.getLogger(StaffChanges.class.getName());

  /** Longer than any session lives (480 minutes of inactivity). */
  private static final Duration REMEMBERED = Duration.ofHours(9);

  @EJB StaffDirectory directory;

  private final Map<String, Long> changedAt = new ConcurrentHashMap<>();

  @PostConstruct
  void recallRecentChanges() {
    try {
      directory
          .accessChangesSince(OffsetDateTime.now().minus(REMEMBERED))
          .forEach(
              (username, at) ->
                  changedAt.merge(username, at.toInstant().toEpochMilli(), Math::max));
    } catch (RuntimeException unreadable) {
      LOG.log(Level.WARNING, "could not read recent staff changes", unreadable);
    }
  }

  void record(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffChanged change) {
    changedAt.merge(change.username(), System.currentTimeMillis(), Math::max);
  }

  /** Whether the member's account changed after a session was signed in at this time. */
  public boolean changedSince(String username, long signedInAt) {
    Long changed = changedAt.get(username);
    return changed != null && changed >= signedInAt;
  }
}
