package com.angelskitchen.integration.spi;

/** A partner's answer to one outbound call: the HTTP status and the start of its body. */
public record PartnerAnswer(int status, String body) {

  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /**
   * Whether trying again later can help: server errors, timeouts and throttling can; other client
   * errors (a refused or unknown order) will not change by themselves.
   */
  public boolean worthRetrying() {
    return status >= 500 || status == 408 || status == 429;
  }
}
