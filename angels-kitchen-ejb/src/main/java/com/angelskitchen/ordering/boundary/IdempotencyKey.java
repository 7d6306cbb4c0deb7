package com.angelskitchen.ordering.boundary;

import com.angelskitchen.platform.InvalidRequestException;
import java.io.Serializable;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The name a client gives to one order it wants placed exactly once, however often it sends it: a
 * double tap, a retry after a timeout, a resend after the server restarted. Checked on
 * construction: 1 to 128 characters from a set that is safe in a header, a log line and a URL (a
 * UUID fits).
 */
public record IdempotencyKey(String value) implements Serializable {

  public static final int MAX_LENGTH = 128;

  /** The rule for the OpenAPI description and for anyone who generates keys. */
  public static final String PATTERN = "[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}";

  private static final Pattern VALID = Pattern.compile(PATTERN);

  public IdempotencyKey {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new InvalidRequestException(
          "order.key-invalid",
          "the Idempotency-Key must be 1 to "
              + MAX_LENGTH
              + " characters, each a letter, a digit or one of . _ : - (a UUID fits)",
          MAX_LENGTH);
    }
  }

  /** A fresh key, as the POS gives every new cart. */
  public static IdempotencyKey random() {
    return new IdempotencyKey(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
