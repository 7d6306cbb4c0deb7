package com.angelskitchen.integration.outbound;

/** A call that will not be retried again: the message goes to the dead message queue. */
public class PartnerCallFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PartnerCallFailed(String message) {
    super(message);
  }
}
