package com.angelskitchen.ordering.entity;

import com.angelskitchen.platform.KitchenException;

/** The tender does not pay the order: less cash than the total, for instance. */
public class PaymentRefusedException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code what was refused, stable and in English (see {@link KitchenException#code()})
   * @param message the refusal in English
   * @param arguments the values it names, for a translation's placeholders
   */
  public PaymentRefusedException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.INVALID, code, message, arguments);
  }
}
