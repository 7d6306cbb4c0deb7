package com.angelskitchen.platform;

/** A request with a value the kitchen cannot accept; the message names the value and the rule. */
public class InvalidRequestException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String message) {
    super(Kind.INVALID, message);
  }
}
