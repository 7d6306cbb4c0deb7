package com.angelskitchen.checkout.boundary;

import com.angelskitchen.platform.KitchenException;

/** Only a manager may do this: no approval was given, or not a manager's. */
public class ApprovalNeededException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code what was refused, stable and in English (see {@link KitchenException#code()})
   * @param message the refusal in English
   */
  public ApprovalNeededException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.NEEDS_APPROVAL, code, message, arguments);
  }
}
