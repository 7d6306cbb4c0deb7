package com.angelskitchen.integration.outbound;

/** A call that will not be retried again: given up in the outbox (a dead letter). */
public class PartnerCallFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PartnerCallFailed(String message) {
    super(message);
  }
}
