package com.angelskitchen.platform;

/** A request named an order, ticket, item or station that does not exist. */
public class NotFoundException extends KitchenException {

  private static final long serialVersionUID = 1L;

  /**
   * @param code what was refused, stable and in English (see {@link KitchenException#code()})
   * @param message the refusal in English
   * @param arguments the values it names, for a translation's placeholders
   */
  public NotFoundException(String code, String message, java.io.Serializable... arguments) {
    super(Kind.NOT_FOUND, code, message, arguments);
  }
}
