package com.angelskitchen.partners.spi;

/** A webhook that cannot be taken, with the HTTP status and the reason the partner is told. */
public class WebhookRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;

  public WebhookRefusal(int status, String reason) {
    super(reason);
    this.status = status;
  }

  /** A 400: malformed, or a required field is missing. */
  public static WebhookRefusal badRequest(String reason) {
    return new WebhookRefusal(400, reason);
  }

  public int status() {
    return status;
  }
}
