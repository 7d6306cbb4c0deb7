package com.angelskitchen.ordering.entity;

import com.angelskitchen.platform.KitchenException;

/**
 * The order is not in a state that allows the change: already cancelled, not ready to hand out,
 * already completed. The message says which order and why.
 */
public class OrderStateException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code what was refused, stable and in English (see {@link KitchenException#code()})
   * @param message the refusal in English
   * @param arguments the values it names, for a translation's placeholders
   */
  public OrderStateException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.CONFLICT, code, message, arguments);
  }
}
