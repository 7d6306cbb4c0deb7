package com.angelskitchen.ordering.boundary;

import com.angelskitchen.platform.KitchenException;

/** An order that the kitchen cannot take as it is: the message names what is wrong. */
public class InvalidOrderException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code what was refused, stable and in English (see {@link KitchenException#code()})
   * @param message the refusal in English
   * @param arguments the values it names, for a translation's placeholders
   */
  public InvalidOrderException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.INVALID, code, message, arguments);
  }
}
