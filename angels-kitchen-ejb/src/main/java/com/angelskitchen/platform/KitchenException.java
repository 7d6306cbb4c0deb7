package com.angelskitchen.platform;

import jakarta.ejb.ApplicationException;
import java.util.Objects;

/**
 * Root of every broken business rule. Thrown from a boundary it rolls the transaction back, so a
 * refused order leaves no row behind. Subclasses are named for the rule that was broken and say
 * which {@link Kind} of refusal they are; the API and the pages turn kinds into status codes and
 * messages in one place each.
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
    MISMATCH
  }

  private final Kind kind;

  public KitchenException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}
