package com.angelskitchen.partners.spi;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The HTTP client partners call out with: short connect and answer timeouts (a slow partner must
 * not hold an intake or outbound consumer for long; the message is retried instead).
 */
public final class PartnerHttp {

  private static final Duration CONNECT = Duration.ofSeconds(3);
  private static final Duration ANSWER = Duration.ofSeconds(10);
  private static final int MAX_ANSWER_KEPT = 100_000;

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .connectTimeout(CONNECT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private PartnerHttp() {}

  /** Sends a request with a JSON body, or none when {@code json} is null. */
  public static PartnerAnswer send(String method, URI uri, Map<String, String> headers, String json)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(ANSWER)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    headers.forEach(request::header);
    return exchange(request.build());
  }

  /** Posts a form, e.g. an OAuth token request. */
  public static PartnerAnswer postForm(URI uri, String form) throws IOException {
    return exchange(
        HttpRequest.newBuilder(uri)
            .timeout(ANSWER)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }

  private static PartnerAnswer exchange(HttpRequest request) throws IOException {
    try {
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      String body = response.body() == null ? "" : response.body();
      return new PartnerAnswer(
          response.statusCode(),
          body.length() <= MAX_ANSWER_KEPT ? body : body.substring(0, MAX_ANSWER_KEPT));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calling " + request.uri(), interrupted);
    }
  }
}
