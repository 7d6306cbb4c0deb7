package com.angelskitchen.partners.outbound;

import java.time.Duration;

/**
 * Exponential backoff between attempts of one call: base, 2×base, 4×base... With the default base
 * of 2 s and 8 attempts the last one is made about 4 minutes after the first, well inside Uber
 * Eats' 11.5-minute acceptance window.
 */
public record Backoff(Duration base, int maxAttempts) {

  public Backoff {
    if (base.isNegative() || base.isZero()) {
      throw new IllegalArgumentException("the backoff base must be positive");
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("at least one attempt");
    }
  }

  /** How long to wait after failed attempt {@code attempt} (counting from 1). */
  public Duration after(int attempt) {
    return base.multipliedBy(1L << Math.min(attempt - 1, 20));
  }

  /** Whether attempt {@code attempt} failing leaves another one. */
  public boolean allowsAnotherAfter(int attempt) {
    return attempt < maxAttempts;
  }
}
