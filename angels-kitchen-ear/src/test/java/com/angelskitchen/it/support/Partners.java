package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The delivery partners, as the tests play them: signed webhooks to the test server, and the fake
 * partner APIs (server-config/lib/FakePartners.java, started by test-server.sh) that record what
 * the kitchen told them and can be made to fail.
 */
public final class Partners {

  private final Properties secrets = new Properties();
  private final KitchenApi http = new KitchenApi();
  private final URI fake = URI.create(TestServer.property("ak.test.partners.fake") + "/");

  public Partners() {
    try (InputStream in =
        Files.newInputStream(Path.of(TestServer.property("ak.test.partners.config")))) {
      secrets.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String setting(String name) {
    return secrets.getProperty("ak.partners." + name);
  }

  // Uber Eats ------------------------------------------------------------------------------------

  /** The Uber Eats webhook signature of a body, as Uber computes it. */
  public String uberSignature(String body) {
    return uberSignature(setting("ubereats.client-secret"), body);
  }

  /** Uber's signature: the hex HMAC-SHA256 of the body with the app's client secret. */
  public static String uberSignature(String clientSecret, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(clientSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** An orders.notification webhook for an order, with a fresh event id. */
  public static String uberNotification(String eventId, String orderId) {
    return """
        {"event_type": "orders.notification", "event_id": "%s", "event_time": 1764300000,
         "meta": {"resource_id": "%s", "status": "pos", "user_id": "angels-kitchen-store"},
         "resource_href": "https://api.uber.com/v2/eats/order/%s"}
        """
        .formatted(eventId, orderId, orderId);
  }

  public static String uberCancel(String eventId, String orderId) {
    return """
        {"event_type": "orders.cancel", "event_id": "%s", "event_time": 1764300100,
         "meta": {"resource_id": "%s", "status": "pos", "user_id": "angels-kitchen-store"},
         "resource_href": "https://api.uber.com/v2/eats/order/%s"}
        """
        .formatted(eventId, orderId, orderId);
  }

  /** Posts a webhook to /partners/ubereats with the given signature header (null: none). */
  public HttpResponse<String> uberWebhook(String body, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServer.http("partners/ubereats"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-Uber-Signature", signature);
    }
    return send(request.build());
  }

  /** Posts a correctly signed webhook. */
  public HttpResponse<String> uberWebhook(String body) {
    return uberWebhook(body, uberSignature(body));
  }

  /** Makes the fake Uber Eats API hold an order, as Uber would before notifying. */
  public void uberHolds(String orderId, String orderJson) {
    HttpResponse<String> put =
        send(
            HttpRequest.newBuilder(fake.resolve("fake/ubereats/orders/" + orderId))
                .PUT(HttpRequest.BodyPublishers.ofString(orderJson))
                .build());
    assertThat(put.statusCode()).isEqualTo(204);
  }

  /** A new Uber Eats order id. */
  public static String newOrderId() {
    return UUID.randomUUID().toString();
  }

  // DoorDash -------------------------------------------------------------------------------------

  public HttpResponse<String> doordash(String path, String body, String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(TestServer.http("partners/doordash" + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return send(request.build());
  }

  public HttpResponse<String> doordash(String path, String body) {
    return doordash(path, body, setting("doordash.webhook-token"));
  }

  // Website --------------------------------------------------------------------------------------

  public HttpResponse<String> website(String body) {
    return website("/orders", body);
  }

  /** Posts to /partners/website{path}, e.g. /cancellations, with the website's token. */
  public HttpResponse<String> website(String path, String body) {
    return send(
        HttpRequest.newBuilder(TestServer.http("partners/website" + path))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + setting("website.token"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  // The fake's records and failures -------------------------------------------------------------

  /** Every call the kitchen made to the fake partner APIs whose path contains {@code fragment}. */
  public List<JsonObject> callsTo(String fragment) {
    HttpResponse<String> calls = send(HttpRequest.newBuilder(fake.resolve("fake/calls")).build());
    JsonArray all = Json.array(calls.body());
    return all.stream()
        .map(JsonValue::asJsonObject)
        .filter(c -> c.getString("path").contains(fragment))
        .toList();
  }

  /**
   * The next {@code times} calls whose path starts with {@code pathPrefix} answer {@code status}.
   */
  public void failNext(String pathPrefix, int times, int status) {
    HttpResponse<String> set =
        send(
            HttpRequest.newBuilder(
                    fake.resolve(
                        "fake/failures?path="
                            + pathPrefix
                            + "&times="
                            + times
                            + "&status="
                            + status))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(set.statusCode()).isEqualTo(204);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return http.send(request);
  }
}
