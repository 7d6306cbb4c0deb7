package com.angelskitchen.partners.doordash;

import static com.angelskitchen.platform.JsonP.JSON;

import com.angelskitchen.partners.boundary.CallAction;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PublishedMenu;
import com.angelskitchen.partners.spi.Credentials;
import com.angelskitchen.partners.spi.PartnerAnswer;
import com.angelskitchen.partners.spi.PartnerHttp;
import com.angelskitchen.partners.spi.PartnerSettings;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/**
 * The Marketplace API calls: confirm (PATCH /api/v1/orders/{id}, success or fail with a reason),
 * the ready signal (PATCH .../events/order_ready_for_pickup), store status (PUT
 * /api/v1/stores/{id}/status), item availability (PATCH /api/v1/stores/{id}/item_status) and the
 * menu (POST /api/v1/menus, then PATCH /api/v1/menus/{id}). Each request carries a fresh JWT:
 * HS256, {@code dd-ver: DD-JWT-V1}, audience "doordash", issuer the developer id, key id the key
 * id, valid five minutes, signed with the base64url-decoded signing secret.
 */
final class DoorDashApi {

  static final String DEFAULT_API = "https://openapi.doordash.com/marketplace";
  static final String DEFAULT_PROVIDER_TYPE = "angels_kitchen";
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private DoorDashApi() {}

  static PartnerAnswer call(PartnerSettings settings, OutboundCall call) throws IOException {
    String order = call.partnerOrderId() == null ? null : encode(call.partnerOrderId());
    return switch (call.action()) {
      case ACCEPT -> send(settings, "PATCH", "/api/v1/orders/" + order, confirmation(call));
      case DENY ->
          send(
              settings,
              "PATCH",
              "/api/v1/orders/" + order,
              JSON.createObjectBuilder()
                  .add("merchant_supplied_id", call.partnerOrderId())
                  .add("order_status", "fail")
                  .add(
                      "failure_reason",
                      call.explanation() == null ? "refused" : call.explanation()));
      case READY ->
          send(
              settings,
              "PATCH",
              "/api/v1/orders/" + order + "/events/order_ready_for_pickup",
              JSON.createObjectBuilder()
                  .add("merchant_supplied_id", String.valueOf(call.orderId())));
      case CANCEL ->
          // DoorDash's Marketplace API documents no cancellation by the merchant once an order is
          // confirmed: the call is recorded (not retried) and the manager's alert says what to do.
          new PartnerAnswer(
              422,
              "DoorDash takes no cancellation from the store through its API: cancel order "
                  + call.partnerOrderId()
                  + " on the DoorDash merchant portal or tablet");
      case STORE_PAUSE, STORE_RESUME -> storeStatus(settings, call);
      case ITEM_UNAVAILABLE, ITEM_AVAILABLE -> itemStatus(settings, call);
      case BUSY_PAUSE, BUSY_RESUME -> busyStatus(settings, call);
      case PREP_TIME ->
          // DoorDash documents no store-wide prep time: the minutes go with each order's
          // confirmation (prep_time) while the kitchen is busy. Recorded, nothing sent.
          new PartnerAnswer(
              204, "DoorDash takes prep time per order: confirmations carry prep_time while busy");
      case HOLIDAY_HOURS ->
          // DoorDash takes special hours with the store's menu (special_hours), not on their own.
          new PartnerAnswer(204, "DoorDash takes special hours with the menu: nothing sent");
      case MENU_PUBLISH ->
          new PartnerAnswer(400, "the menu is published with the menu, see publish(menu)");
    };
  }

  /**
   * A confirmation; while busy mode adds minutes, it carries {@code prep_time}: when the order will
   * be ready (DoorDash's usual prep time is the store's, so the kitchen says the later time).
   */
  private static JsonObjectBuilder confirmation(OutboundCall call) {
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add("merchant_supplied_id", String.valueOf(call.orderId()))
            .add("order_status", "success");
    if (call.minutes() != null && call.minutes() > 0) {
      body.add(
          "prep_time",
          Instant.now()
              .plusSeconds(60L * call.minutes())
              .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
              .toString());
    }
    return body;
  }

  /**
   * The whole menu: an update of DoorDash's copy (PATCH /api/v1/menus/{menu_id}) once its id is
   * configured ({@code menu-id}, from DoorDash's menu status webhook after the first upload), else
   * its creation (POST /api/v1/menus). Menu jobs run asynchronously at DoorDash: 202 means taken.
   */
  static PartnerAnswer publish(PartnerSettings settings, PublishedMenu menu) throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.doordash.store-id is not configured");
    }
    JsonObjectBuilder body =
        JSON.createObjectBuilder(
            DoorDashMenu.payload(
                menu,
                store,
                settings.get("provider-type", DEFAULT_PROVIDER_TYPE),
                "angels-kitchen-" + UUID.randomUUID()));
    String menuId = settings.get("menu-id").orElse(null);
    return menuId == null
        ? send(settings, "POST", "/api/v1/menus", body)
        : send(settings, "PATCH", "/api/v1/menus/" + encode(menuId), body);
  }

  /**
   * An item 86'd or back: PATCH /api/v1/stores/{id}/item_status with the item's merchant-supplied
   * id (the restaurant's item code) and whether it is available.
   */
  private static PartnerAnswer itemStatus(PartnerSettings settings, OutboundCall call)
      throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.doordash.store-id is not configured");
    }
    JsonObjectBuilder body =
        JSON.createObjectBuilder()
            .add(
                "items",
                JSON.createArrayBuilder()
                    .add(
                        JSON.createObjectBuilder()
                            .add("id", call.item())
                            .add("is_available", call.action() == CallAction.ITEM_AVAILABLE)));
    return send(settings, "PATCH", "/api/v1/stores/" + encode(store) + "/item_status", body);
  }

  /**
   * Busy mode's pause: the store is deactivated for a while ({@code end_time} an hour ahead, so a
   * lost resume does not keep it closed: DoorDash reactivates it by itself) and activated again.
   */
  private static PartnerAnswer busyStatus(PartnerSettings settings, OutboundCall call)
      throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.doordash.store-id is not configured");
    }
    JsonObjectBuilder body = JSON.createObjectBuilder();
    if (call.action() == CallAction.BUSY_PAUSE) {
      body.add("is_active", false)
          .add("reason", "operational_issues")
          .add(
              "notes",
              "kitchen busy" + (call.explanation() == null ? "" : ": " + call.explanation()))
          .add(
              "end_time",
              java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                  .plusHours(1)
                  .withNano(0)
                  .toString());
    } else {
      body.add("is_active", true);
    }
    return send(settings, "PUT", "/api/v1/stores/" + encode(store) + "/status", body);
  }

  private static PartnerAnswer storeStatus(PartnerSettings settings, OutboundCall call)
      throws IOException {
    String store = settings.get("store-id").orElse(null);
    if (store == null) {
      return new PartnerAnswer(400, "ak.partners.doordash.store-id is not configured");
    }
    JsonObjectBuilder body = JSON.createObjectBuilder();
    if (call.action() == CallAction.STORE_PAUSE) {
      body.add("is_active", false).add("reason", "operational_issues");
      if (call.explanation() != null) {
        body.add("notes", call.explanation());
      }
    } else {
      body.add("is_active", true);
    }
    return send(settings, "PUT", "/api/v1/stores/" + encode(store) + "/status", body);
  }

  private static PartnerAnswer send(
      PartnerSettings settings, String method, String path, JsonObjectBuilder body)
      throws IOException {
    URI uri = URI.create(settings.uri("api-url", DEFAULT_API) + path);
    return PartnerHttp.send(
        method,
        uri,
        Map.of(
            "Authorization", "Bearer " + jwt(settings),
            "auth-version", "v2",
            "User-Agent", "AngelsKitchen/1.0"),
        body.build().toString());
  }

  static String jwt(PartnerSettings settings) throws IOException {
    String developer = settings.get("developer-id").orElse(null);
    String key = settings.get("key-id").orElse(null);
    String secret = settings.get("signing-secret").orElse(null);
    if (developer == null || key == null || secret == null) {
      throw new IOException(
          "DoorDash developer-id, key-id and signing-secret must be configured to call DoorDash");
    }
    long now = Instant.now().getEpochSecond();
    String header =
        JSON.createObjectBuilder()
            .add("alg", "HS256")
            .add("typ", "JWT")
            .add("dd-ver", "DD-JWT-V1")
            .build()
            .toString();
    String claims =
        JSON.createObjectBuilder()
            .add("aud", "doordash")
            .add("iss", developer)
            .add("kid", key)
            .add("iat", now)
            .add("exp", now + 300)
            .build()
            .toString();
    String unsigned = b64(header) + "." + b64(claims);
    byte[] signature =
        Credentials.hmacSha256(
            Base64.getUrlDecoder().decode(secret.replace('+', '-').replace('/', '_')),
            unsigned.getBytes(StandardCharsets.US_ASCII));
    return unsigned + "." + B64URL.encodeToString(signature);
  }

  private static String b64(String json) {
    return B64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
