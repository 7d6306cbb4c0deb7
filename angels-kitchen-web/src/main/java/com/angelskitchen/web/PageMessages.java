package com.angelskitchen.web;

import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.web.i18n.KitchenLanguage;
import com.angelskitchen.web.i18n.Refusals;
import com.angelskitchen.web.i18n.Texts;
import jakarta.ejb.EJBException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where pages turn a refused or failed action into a message the staff can read, in
 * the screen's language. Messages are keys of the Texts bundles ({@code error("pos.item.gone")}); a
 * broken business rule shows its own refusal ("Empanada de carne is 86'd..."), translated by its
 * code; anything else shows a short apology and is logged, never a stack trace.
 */
public final class PageMessages {

  private static final Logger LOG = Logger.getLogger(PageMessages.class.getName());

  private PageMessages() {}

  /**
   * Runs an action; on a refusal adds an error message (for the whole page) and answers empty.
   *
   * @param what the key of what the staff tried, for the apology: "attempt.send" ("send the order")
   */
  public static <T> java.util.Optional<T> attempt(String what, Supplier<T> action) {
    try {
      return java.util.Optional.ofNullable(action.get());
    } catch (KitchenException refused) {
      refusal(refused);
    } catch (EJBException | IllegalArgumentException failed) {
      KitchenException cause = kitchenCause(failed);
      if (cause != null) {
        refusal(cause);
      } else {
        LOG.log(Level.WARNING, "could not " + Texts.in(java.util.Locale.ENGLISH).get(what), failed);
        error("error.tryAgain", texts().get(what));
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

  /** An error for the whole page: a key of the Texts bundles and its placeholders' values. */
  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, texts().get(key, arguments));
  }

  /** A confirmation for the whole page: a key of the Texts bundles and its placeholders' values. */
  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, texts().get(key, arguments));
  }

  /** A broken business rule, in the screen's language. */
  public static void refusal(KitchenException refused) {
    add(FacesMessage.SEVERITY_ERROR, Refusals.text(texts(), refused));
  }

  /** The texts of this request's screen. */
  public static Texts texts() {
    return CDI.current().select(KitchenLanguage.class).get().texts();
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
