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

  @jakarta.ejb.EJB com.angelskitchen.partners.boundary.StoreHours hours;

  @jakarta.inject.Inject java.time.Clock clock;

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
      case BUSY_PAUSE, BUSY_RESUME -> busyStatus(settings, call);
      case PREP_TIME -> prepTime(settings, call);
      case HOLIDAY_HOURS -> holidayHours(settings, call);
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

  /**
   * Busy mode's pause: Set Restaurant Status (POST /v1/eats/store/{id}/status) PAUSED with a {@code
   * paused_until} an hour ahead (a lost resume does not keep the store closed), then ONLINE.
   */
  private PartnerAnswer busyStatus(PartnerSettings settings, OutboundCall call) throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.ubereats.store-id is not configured");
    }
    boolean pause = call.action() == com.angelskitchen.partners.boundary.CallAction.BUSY_PAUSE;
    JsonObjectBuilder body = JSON.createObjectBuilder().add("status", pause ? "PAUSED" : "ONLINE");
    if (pause) {
      body.add(
              "paused_until",
              java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                  .plusHours(1)
                  .withNano(0)
                  .toString())
          .add("reason", "kitchen busy");
    }
    return authorized(
        settings, "POST", "/v1/eats/store/" + encode(store) + "/status", body.build().toString());
  }

  /**
   * Busy mode's extra minutes: Update Store Prep Time (POST
   * /v1/delivery/store/{id}/update-store-prep-time) with {@code default_prep_time} in seconds: the
   * store's usual prep time ({@code ak.partners.ubereats.prep-minutes}, default 15) plus the extra
   * minutes, and the usual time again when busy mode ends.
   */
  private PartnerAnswer prepTime(PartnerSettings settings, OutboundCall call) throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.ubereats.store-id is not configured");
    }
    int usual = Integer.parseInt(settings.get("prep-minutes", "15"));
    int extra = call.minutes() == null ? 0 : call.minutes();
    long seconds = Math.min(10_800L, 60L * (usual + extra));
    return authorized(
        settings,
        "POST",
        "/v1/delivery/store/" + encode(store) + "/update-store-prep-time",
        JSON.createObjectBuilder().add("default_prep_time", seconds).build().toString());
  }

  /**
   * The store's exceptional days: Set Store Holiday Hours (POST
   * /v1/eats/stores/{id}/holiday-hours). Each call replaces all holiday hours, so every exception
   * from today on is sent each time; a day closed all day has no open time periods.
   */
  private PartnerAnswer holidayHours(PartnerSettings settings, OutboundCall call)
      throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.ubereats.store-id is not configured");
    }
    JsonObjectBuilder days = JSON.createObjectBuilder();
    java.time.LocalDate today = java.time.LocalDate.now(clock);
    hours
        .week()
        .exceptions()
        .forEach(
            (day, ranges) -> {
              if (day.isBefore(today)) {
                return;
              }
              var periods = JSON.createArrayBuilder();
              ranges.forEach(
                  r ->
                      periods.add(
                          JSON.createObjectBuilder()
                              .add("start_time", r.opens().toString())
                              .add("end_time", r.closes().toString())));
              days.add(
                  day.toString(), JSON.createObjectBuilder().add("open_time_periods", periods));
            });
    return authorized(
        settings,
        "POST",
        "/v1/eats/stores/" + encode(store) + "/holiday-hours",
        JSON.createObjectBuilder().add("holiday_hours", days).build().toString());
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
