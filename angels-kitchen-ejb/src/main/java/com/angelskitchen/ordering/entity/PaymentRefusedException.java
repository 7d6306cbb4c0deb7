package com.angelskitchen.ordering.entity;

import com.angelskitchen.platform.KitchenException;

/** The tender does not pay the order: less cash than the total, for instance. */
public class PaymentRefusedException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public PaymentRefusedException(String message) {
    super(Kind.INVALID, message);
  }
}
