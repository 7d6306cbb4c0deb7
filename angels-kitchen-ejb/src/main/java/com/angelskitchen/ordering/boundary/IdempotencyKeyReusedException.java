package com.angelskitchen.ordering.boundary;

import com.angelskitchen.platform.KitchenException;

/**
 * An idempotency key came back with a different order, or from another member of staff. Answering
 * with the first order would hide the new one; placing the new one would break the promise of the
 * key. The client has to use a fresh key for a new order.
 */
public class IdempotencyKeyReusedException extends KitchenException {

  private static final long serialVersionUID = 1L;

  public IdempotencyKeyReusedException() {
    super(Kind.MISMATCH, "order.key-reused", "this Idempotency-Key was used for a different order");
  }
}
