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

  /**
   * The client, made on first use. Its selector thread lives as long as the client is referenced,
   * and that thread holds the class loader (and security context) of whoever built it: a client
   * kept after an undeploy would keep the whole application in memory, one more for every redeploy.
   * So the application lets go of it when it stops ({@link #release}), and it is built under the
   * platform's class loader.
   */
  private static volatile HttpClient client;

  private static HttpClient client() {
    HttpClient current = client;
    if (current == null) {
      synchronized (PartnerHttp.class) {
        current = client;
        if (current == null) {
          current = newClient();
          client = current;
        }
      }
    }
    return current;
  }

  /**
   * Lets go of the client when the application stops: its selector thread then ends on its own and
   * takes nothing of the application with it.
   */
  public static void release() {
    synchronized (PartnerHttp.class) {
      client = null;
    }
  }

  private static HttpClient newClient() {
    Thread current = Thread.currentThread();
    ClassLoader application = current.getContextClassLoader();
    current.setContextClassLoader(ClassLoader.getPlatformClassLoader());
    try {
      return HttpClient.newBuilder()
          .connectTimeout(CONNECT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
    } finally {
      current.setContextClassLoader(application);
    }
  }

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
      HttpResponse<String> response = client().send(request, HttpResponse.BodyHandlers.ofString());
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
