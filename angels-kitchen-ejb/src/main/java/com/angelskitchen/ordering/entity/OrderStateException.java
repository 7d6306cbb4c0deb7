package com.angelskitchen.ordering.entity;

import com.angelskitchen.platform.KitchenException;

/**
 * The order is not in a state that allows the change: already cancelled, not ready to hand out,
 * already completed. The message says which order and why.
 */
public class OrderStateException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public OrderStateException(String message) {
    super(Kind.CONFLICT, message);
  }
}
