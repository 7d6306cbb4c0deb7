package com.angelskitchen.bench;

import com.angelskitchen.it.support.Partners;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;

/**
 * The delivery partners' order webhooks as the partners send them, with the credentials from the
 * domain's partners file (the {@code config=} argument, {@code .local/secrets/<domain>-partners
 * .properties}): Uber Eats notifications signed with HMAC-SHA256 of the body ({@code
 * X-Uber-Signature}), DoorDash orders and website orders with their bearer tokens. An Uber Eats
 * notification only names the order; the server fetches it from the Uber API, so the order must
 * first be held by the fake partner API ({@link #uberHolds}).
 */
final class SignedWebhooks {

  /** A partner's order webhook: where it goes and the status that acknowledges it. */
  enum Partner {
    UBER_EATS("ubereats", "/partners/ubereats", 200),
    DOORDASH("doordash", "/partners/doordash/orders", 202),
    WEBSITE("website", "/partners/website/orders", 202);

    /** The partner's id, as in the partner_event and partner_order tables. */
    final String id;

    final String path;
    final int acknowledged;

    Partner(String id, String path, int acknowledged) {
      this.id = id;
      this.path = path;
      this.acknowledged = acknowledged;
    }
  }

  /** One webhook: its body and its credential as header lines. */
  record Webhook(Partner partner, String partnerOrderId, String body, String headers) {

    /** The webhook as the loop posts it, to the partner's path. */
    OpenLoop.Request request() {
      return new OpenLoop.Request(partner.path, body, headers);
    }
  }

  /** An item of the order: the restaurant's code (as the partners' menus carry it) and name. */
  record Item(String code, String name) {}

  private final Properties settings = new Properties();
  private final HttpClient fakeClient =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  SignedWebhooks(Path config) throws IOException {
    try (InputStream in = Files.newInputStream(config)) {
      settings.load(in);
    }
  }

  String setting(String name) {
    return settings.getProperty("ak.partners." + name, "");
  }

  // DoorDash -------------------------------------------------------------------------------------

  /**
   * A DoorDash {@code OrderCreate} webhook (its event id on the server: {@code <id>:OrderCreate}).
   */
  Webhook doorDash(String orderId, String guest, Item item) {
    String body =
        "{\"event\":{\"type\":\"OrderCreate\",\"status\":\"NEW\"},\"order\":{\"id\":\""
            + orderId
            + "\",\"consumer\":{\"first_name\":\""
            + guest
            + "\"},\"is_pickup\":false,\"categories\":[{\"name\":\"Fritas\",\"items\":[{"
            + "\"merchant_supplied_id\":\""
            + item.code()
            + "\",\"name\":\""
            + item.name()
            + "\",\"quantity\":2,\"extras\":[]}]}]}}";
    return new Webhook(Partner.DOORDASH, orderId, body, bearer("doordash.webhook-token"));
  }

  // Website --------------------------------------------------------------------------------------

  /** A website order; its event id is the website's order id. */
  Webhook website(String orderId, String guest, Item item) {
    String body =
        "{\"eventId\":\""
            + orderId
            + "\",\"customerName\":\""
            + guest
            + "\",\"fulfillment\":\"TAKEOUT\",\"lines\":[{\"item\":\""
            + item.code()
            + "\",\"quantity\":2}]}";
    return new Webhook(Partner.WEBSITE, orderId, body, bearer("website.token"));
  }

  // Uber Eats ------------------------------------------------------------------------------------

  /** A signed {@code orders.notification} for an order the fake Uber API holds. */
  Webhook uberEats(String eventId, String orderId) {
    String body =
        "{\"event_type\":\"orders.notification\",\"event_id\":\""
            + eventId
            + "\",\"event_time\":"
            + System.currentTimeMillis() / 1000
            + ",\"meta\":{\"resource_id\":\""
            + orderId
            + "\",\"status\":\"pos\",\"user_id\":\""
            + setting("ubereats.store-id")
            + "\"},\"resource_href\":\""
            + setting("ubereats.api-url")
            + "/v2/eats/order/"
            + orderId
            + "\"}";
    return new Webhook(
        Partner.UBER_EATS, orderId, body, "X-Uber-Signature: " + uberSignature(body) + "\r\n");
  }

  /** The order as GET /v2/eats/order/{id} returns it. */
  String uberOrder(String orderId, String guest, Item item) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    return "{\"id\":\""
        + orderId
        + "\",\"display_id\":\""
        + orderId.substring(Math.max(0, orderId.length() - 5)).toUpperCase()
        + "\",\"current_state\":\"CREATED\",\"type\":\"DELIVERY_BY_UBER\",\"store\":{\"id\":\""
        + setting("ubereats.store-id")
        + "\"},\"eater\":{\"first_name\":\""
        + guest
        + "\"},\"cart\":{\"items\":[{\"id\":\"uber-item-"
        + item.code()
        + "\",\"external_data\":\""
        + item.code()
        + "\",\"title\":\""
        + item.name()
        + "\",\"quantity\":2}]},\"placed_at\":\""
        + now
        + "\",\"estimated_ready_for_pickup_at\":\""
        + now.plusMinutes(10)
        + "\"}";
  }

  /**
   * The fake partner API ({@code ak.partners.ubereats.api-url}), or null when the domain talks to
   * the real Uber Eats (whose orders a harness cannot create).
   */
  URI fake() {
    String api = setting("ubereats.api-url");
    return api.startsWith("http://127.0.0.1") || api.startsWith("http://localhost")
        ? URI.create(api.endsWith("/") ? api : api + "/")
        : null;
  }

  /** Makes the fake Uber Eats API hold an order, as Uber does before it notifies the store. */
  void uberHolds(String orderId, String orderJson) throws IOException, InterruptedException {
    HttpResponse<Void> put =
        fakeClient.send(
            HttpRequest.newBuilder(fake().resolve("fake/ubereats/orders/" + orderId))
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(orderJson))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (put.statusCode() != 204) {
      throw new IOException("the fake Uber Eats API answered " + put.statusCode());
    }
  }

  private String uberSignature(String body) {
    return Partners.uberSignature(setting("ubereats.client-secret"), body);
  }

  private String bearer(String setting) {
    return "Authorization: Bearer " + setting(setting) + "\r\n";
  }
}
