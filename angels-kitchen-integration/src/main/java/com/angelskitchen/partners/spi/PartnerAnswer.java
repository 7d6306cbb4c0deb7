package com.angelskitchen.partners.spi;

/**
 * A partner's answer to one outbound call: the HTTP status and the start of its body; status 0 when
 * the partner could not be reached at all.
 */
public record PartnerAnswer(int status, String body) {

  /** No answer: the partner could not be reached (or the call could not be made). */
  public static PartnerAnswer unreachable(Exception failure) {
    return new PartnerAnswer(0, failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  /** The HTTP status, or null when there was no answer. */
  public Integer httpStatus() {
    return status == 0 ? null : status;
  }

  public boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /**
   * Whether trying again later can help: no answer, server errors, timeouts and throttling can;
   * other client errors (a refused or unknown order) will not change by themselves.
   */
  public boolean worthRetrying() {
    return status == 0 || status >= 500 || status == 408 || status == 429;
  }
}
