package com.angelskitchen.platform;

/** A request with a value the kitchen cannot accept; the message names the value and the rule. */
public class InvalidRequestException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code what was refused, stable and in English (see {@link KitchenException#code()})
   * @param message the refusal in English
   * @param arguments the values it names, for a translation's placeholders
   */
  public InvalidRequestException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.INVALID, code, message, arguments);
  }
}
