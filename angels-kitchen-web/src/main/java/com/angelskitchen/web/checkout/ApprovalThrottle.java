package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.ApprovalNeededException;
import com.angelskitchen.web.security.ClientAddress;
import com.angelskitchen.web.security.LoginThrottle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A manager's credentials typed to approve something are guarded like a sign-in: a wrong password
 * counts as a failed sign-in of that manager from that address ({@link LoginThrottle}), and while
 * they are paused no approval is tried. Only a real check counts: an action that needed no approval
 * neither strikes nor forgives.
 */
@ApplicationScoped
public class ApprovalThrottle {

  @Inject LoginThrottle throttle;

  @Inject ClientAddress clientAddress;

  /** What the pause lasts, when this manager may not be tried from here now. */
  public Optional<Duration> paused(String manager, HttpServletRequest request) {
    return manager == null ? Optional.empty() : throttle.paused(manager, clientAddress.of(request));
  }

  /**
   * True, with the wait on the page, when this manager may not be tried from here now (the
   * cashier's screen; the API answers 429 instead).
   */
  public boolean pausedOnPage(String manager, HttpServletRequest request) {
    Optional<Duration> paused = paused(manager, request);
    paused.ifPresent(
        wait ->
            com.angelskitchen.web.PageMessages.error(
                "discount.approval.paused", Math.max(1, wait.toSeconds())));
    return paused.isPresent();
  }

  /**
   * Runs an action that may check {@code manager}'s credentials; {@code approvedBy} says who
   * approved it once it ran.
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
    T done;
    try {
      done = action.get();
    } catch (ApprovalNeededException refused) {
      if ("checkout.approval-refused".equals(refused.code())) {
        throttle.attempt(manager, address);
      }
      throw refused;
    }
    if (manager.equalsIgnoreCase(String.valueOf(approvedBy.apply(done)))) {
      throttle.succeeded(manager, address);
    }
    return done;
  }
}
