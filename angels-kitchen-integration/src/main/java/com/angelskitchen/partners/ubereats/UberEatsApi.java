package com.angelskitchen.partners.ubereats;

import static com.angelskitchen.platform.JsonP.JSON;

import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PublishedMenu;
import com.angelskitchen.partners.spi.JsonFields;
import com.angelskitchen.partners.spi.PartnerAnswer;
import com.angelskitchen.partners.spi.PartnerHttp;
import com.angelskitchen.partners.spi.PartnerSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/**
 * The Eats API calls the kitchen makes: fetch an order, accept or deny it, signal it ready, set the
 * store's status, suspend an item, upload the menu. Holds one OAuth token (client credentials, 30
 * days; the token endpoint allows 100 requests an hour) and drops it when the API answers 401, so
 * the next attempt gets a fresh one.
 */
@ApplicationScoped
public class UberEatsApi {

  static final String DEFAULT_API = "https://api.uber.com";
  static final String DEFAULT_TOKEN_URL = "https://auth.uber.com/oauth/v2/token";
  static final String SCOPES = "eats.order eats.store eats.store.status.write";

  private record Token(String value, Instant expires) {}

  private volatile Token token;

  /** The order's details. The URL is built from the order id, never taken from the webhook. */
  JsonObject order(PartnerSettings settings, String orderId) throws IOException {
    PartnerAnswer answer = authorized(settings, "GET", "/v2/eats/order/" + encode(orderId), null);
    if (!answer.succeeded()) {
      throw new IOException(
          "Uber Eats order "
              + orderId
              + " could not be fetched: "
              + answer.status()
              + " "
              + answer.body());
    }
    return JsonFields.object(answer.body(), "an Uber Eats order");
  }

  PartnerAnswer call(PartnerSettings settings, OutboundCall call) throws IOException {
    String order = call.partnerOrderId() == null ? null : encode(call.partnerOrderId());
    return switch (call.action()) {
      case ACCEPT ->
          authorized(
              settings,
              "POST",
              "/v1/eats/orders/" + order + "/accept_pos_order",
              JSON.createObjectBuilder()
                  .add("reason", "accepted by the kitchen")
                  .add("external_reference_id", "Order " + call.orderNumber())
                  .build()
                  .toString());
      case DENY ->
          authorized(
              settings,
              "POST",
              "/v1/eats/orders/" + order + "/deny_pos_order",
              JSON.createObjectBuilder()
                  .add(
                      "reason",
                      JSON.createObjectBuilder()
                          .add("explanation", text(call.explanation()))
                          .add("code", UberEatsOrders.denyCode(call.denyReason())))
                  .build()
                  .toString());
      case READY -> authorized(settings, "POST", "/v1/delivery/order/" + order + "/ready", "{}");
      case CANCEL ->
          authorized(
              settings,
              "POST",
              "/v1/eats/orders/" + order + "/cancel",
              JSON.createObjectBuilder()
                  .add("reason", "OTHER")
                  .add("details", text(call.explanation()))
                  .add("cancelling_party", "MERCHANT")
                  .build()
                  .toString());
      case STORE_PAUSE, STORE_RESUME -> storeStatus(settings, call);
      case ITEM_UNAVAILABLE, ITEM_AVAILABLE -> itemSuspension(settings, call);
      case MENU_PUBLISH ->
          new PartnerAnswer(400, "the menu is published with the menu, see publish(menu)");
    };
  }

  /**
   * The whole menu, replacing the store's: the Menu API's Upload Menu (PUT
   * /v2/eats/stores/{id}/menus, scope eats.store), answered 204.
   */
  PartnerAnswer publish(PartnerSettings settings, PublishedMenu menu) throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.ubereats.store-id is not configured");
    }
    return authorized(
        settings,
        "PUT",
        "/v2/eats/stores/" + encode(store) + "/menus",
        UberEatsMenu.payload(menu, Instant.now()).toString());
  }

  /**
   * An item 86'd or back: the Menu API's Update Item (POST /v2/eats/stores/{id}/menus/items/{item},
   * a sparse update of its {@code suspension_info}). An 86 suspends it for a day (Uber Eats wants
   * an end; the kitchen lifts it sooner when the item is back, with {@code suspend_until} 0).
   */
  private PartnerAnswer itemSuspension(PartnerSettings settings, OutboundCall call)
      throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.ubereats.store-id is not configured");
    }
    boolean back = call.action() == com.angelskitchen.partners.boundary.CallAction.ITEM_AVAILABLE;
    JsonObjectBuilder suspension =
        JSON.createObjectBuilder()
            .add(
                "suspend_until",
                back ? 0 : Instant.now().plus(java.time.Duration.ofDays(1)).getEpochSecond());
    if (!back) {
      suspension.add("reason", "86'd in the kitchen");
    }
    return authorized(
        settings,
        "POST",
        "/v2/eats/stores/" + encode(store) + "/menus/items/" + encode(call.item()),
        JSON.createObjectBuilder()
            .add("suspension_info", JSON.createObjectBuilder().add("suspension", suspension))
            .build()
            .toString());
  }

  private PartnerAnswer storeStatus(PartnerSettings settings, OutboundCall call)
      throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.ubereats.store-id is not configured");
    }
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add(
                "status",
                call.action() == com.angelskitchen.partners.boundary.CallAction.STORE_PAUSE
                    ? "PAUSED"
                    : "ONLINE");
    if (call.explanation() != null) {
      body.add("reason", call.explanation());
    }
    return authorized(
        settings, "POST", "/v1/eats/store/" + encode(store) + "/status", body.build().toString());
  }

  private PartnerAnswer authorized(
      PartnerSettings settings, String method, String path, String json) throws IOException {
    URI uri = URI.create(settings.uri("api-url", DEFAULT_API) + path);
    PartnerAnswer answer =
        PartnerHttp.send(method, uri, Map.of("Authorization", "Bearer " + token(settings)), json);
    if (answer.status() == 401) {
      token = null;
    }
    return answer;
  }

  private String token(PartnerSettings settings) throws IOException {
    Token current = token;
    if (current != null && current.expires().isAfter(Instant.now())) {
      return current.value();
    }
    String form =
        "client_id="
            + encode(settings.get("client-id", ""))
            + "&client_secret="
            + encode(settings.get("client-secret", ""))
            + "&grant_type=client_credentials&scope="
            + encode(SCOPES);
    PartnerAnswer answer = PartnerHttp.postForm(settings.uri("token-url", DEFAULT_TOKEN_URL), form);
    if (!answer.succeeded()) {
      throw new IOException("Uber Eats refused a token: " + answer.status() + " " + answer.body());
    }
    JsonObject granted = JsonFields.object(answer.body(), "an OAuth token");
    String value = JsonFields.text(granted, "access_token");
    if (value == null) {
      throw new IOException("Uber Eats answered a token request without access_token");
    }
    String seconds = JsonFields.text(granted, "expires_in");
    long lifetime = seconds == null ? 3600 : Long.parseLong(seconds);
    // Renew a minute early rather than be refused mid-call.
    token = new Token(value, Instant.now().plusSeconds(Math.max(60, lifetime - 60)));
    return value;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
