package com.angelskitchen.web.checkout;

import com.angelskitchen.web.security.ClientAddress;
import com.angelskitchen.web.security.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A manager's credentials typed to approve something are guarded like a sign-in ({@link
 * LoginThrottle}): every try counts as a failed sign-in of that manager from that address before it
 * is checked, so many tries sent at once cannot outrun the count, and only a check that passed
 * forgives it. While the manager is paused nothing is tried. Credentials sent with an action that
 * needed none count as a try too.
 */
@ApplicationScoped
public class ApprovalThrottle {

  @Inject LoginThrottle throttle;

  @Inject ClientAddress clientAddress;

  /** The manager may not be tried from here for a while. */
  public static class Paused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long seconds;

    Paused(Duration wait) {
      super("approvals paused for " + wait);
      this.seconds = Math.max(1, wait.toSeconds());
    }

    /** How many seconds until the next try. */
    public long seconds() {
      return seconds;
    }
  }

  /**
   * Runs an action that may check {@code manager}'s credentials; {@code approvedBy} says who
   * approved it once it ran.
   *
   * @throws Paused when the manager may not be tried from here now
   */
  public <T> T guard(
      String manager,
      HttpServletRequest request,
      Supplier<T> action,
      java.util.function.Function<T, String> approvedBy) {
    if (manager == null) {
      return action.get();
    }
    String address = clientAddress.of(request);
    Optional<Duration> paused = throttle.attempt(manager, address);
    if (paused.isPresent()) {
      throw new Paused(paused.get());
    }
    T done = action.get();
    if (manager.equalsIgnoreCase(String.valueOf(approvedBy.apply(done)))) {
      throttle.succeeded(manager, address);
    }
    return done;
  }
}
