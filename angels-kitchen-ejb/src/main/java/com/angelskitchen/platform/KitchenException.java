package com.angelskitchen.platform;

import jakarta.ejb.ApplicationException;

/**
 * Root of every broken business rule. Thrown from a boundary it rolls the transaction back, so a
 * refused order leaves no row behind; the API and the pages turn it into a clear message in one
 * place each. Subclasses are named for the rule that was broken.
 */
@ApplicationException(rollback = true, inherited = true)
public class KitchenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public KitchenException(String message) {
    super(message);
  }
}
