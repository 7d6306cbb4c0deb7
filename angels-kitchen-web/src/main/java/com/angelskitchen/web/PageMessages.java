package com.angelskitchen.web;

import com.angelskitchen.platform.KitchenException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where pages turn a refused or failed action into a message the staff can read. A
 * broken business rule shows its own message ("Empanada de carne is 86'd..."); anything else shows
 * a short apology and is logged, never a stack trace.
 */
public final class PageMessages {

  private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

  private PageMessages() {}

  /**
   * Runs an action; on a refusal adds an error message (for the whole page) and answers empty.
   *
   * @param what what the staff tried, for the apology: "send the order"
   */
  public static <T> java.util.Optional<T> attempt(String what, Supplier<T> action) {
    try {
      return java.util.Optional.ofNullable(action.get());
    } catch (KitchenException refused) {
      error(refused.getMessage());
    } catch (EJBException | IllegalArgumentException failed) {
      KitchenException cause = kitchenCause(failed);
      if (cause != null) {
        error(cause.getMessage());
      } else {
        LOG.log(Level.WARNING, "could not " + what, failed);
        error("Could not " + what + " — please try again. If it keeps failing, call a manager.");
      }
    }
    return java.util.Optional.empty();
  }

  /** Runs an action that answers nothing; true when it went through. */
  public static boolean attempt(String what, Runnable action) {
    return attempt(
            what,
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  public static void error(String text) {
    add(FacesMessage.SEVERITY_ERROR, text);
  }

  public static void info(String text) {
    add(FacesMessage.SEVERITY_INFO, text);
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }

  private static KitchenException kitchenCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof KitchenException kitchen) {
        return kitchen;
      }
    }
    return null;
  }
}
