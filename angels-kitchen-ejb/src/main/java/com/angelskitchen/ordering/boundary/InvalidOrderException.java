package com.angelskitchen.ordering.boundary;

import com.angelskitchen.platform.KitchenException;

/** An order that the kitchen cannot take as it is: the message names what is wrong. */
public class InvalidOrderException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public InvalidOrderException(String message) {
    super(Kind.INVALID, message);
  }
}
