package com.angelskitchen.platform;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * Root of every broken business rule. Thrown from a boundary it rolls the transaction back, so a
 * refused order leaves no row behind. Subclasses are named for the rule that was broken and say
 * which {@link Kind} of refusal they are; the API and the pages turn kinds into status codes and
 * messages in one place each.
 *
 * <p>A refusal has a stable code ({@code order.no-lines}) and the values it names, besides its
 * English message (for logs, and for a client with no text for the code). The screens and the API
 * say it in the reader's language from the code and the values.
 */
@ApplicationException(rollback = true, inherited = true)
public class KitchenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What sort of refusal this is, independent of how a client is told. */
  public enum Kind {
    /** The request itself is wrong: fix it and send again. */
    INVALID,
    /** It names something that does not exist. */
    NOT_FOUND,
    /** It is fine, but the kitchen's current state does not allow it (86'd, already bumped...). */
    CONFLICT,
    /** It repeats an earlier request's idempotency key but asks for something else. */
    MISMATCH,
    /** Only someone else may do it: a manager must approve (a large discount, a refund). */
    NEEDS_APPROVAL
  }

  private final Kind kind;
  private final String code;
  private final java.io.Serializable[] arguments;

  /**
   * @param code what was refused, stable and in English: lower-case words with dots and dashes
   * @param message the refusal in English, naming the values
   * @param arguments the values the message names, in the order a translation refers to them ({0},
   *     {1}...): texts and numbers
   */
  public KitchenException(
      Kind kind, String code, String message, java.io.Serializable... arguments) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.code = Objects.requireNonNull(code, "code");
    this.arguments = arguments.clone();
  }

  public Kind kind() {
    return kind;
  }

  /** What was refused, e.g. {@code order.no-lines}: the same in every language and release. */
  public String code() {
    return code;
  }

  /** The values the refusal names, for a translation's placeholders. */
  public Object[] arguments() {
    return arguments.clone();
  }
}
