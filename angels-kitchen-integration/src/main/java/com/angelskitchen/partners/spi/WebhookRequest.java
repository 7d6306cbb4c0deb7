package com.angelskitchen.partners.spi;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A webhook as it arrived: the path under the partner's segment (e.g. "/orders", or "" for the
 * partner's root), the headers with lower-case names, and the raw body (signatures are over bytes).
 */
public record WebhookRequest(String path, Map<String, String> headers, byte[] body) {

  public WebhookRequest {
    headers = Map.copyOf(headers);
  }

  public String header(String lowerCaseName) {
    return headers.get(lowerCaseName);
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
