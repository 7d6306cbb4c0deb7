package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import com.angelskitchen.it.support.StationScreen;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * DoorDash Marketplace end to end against the fake Marketplace API (which checks the HS256 JWT):
 * bearer-token webhooks, the order confirmed once, cancellations on the KDS, and the store's pause
 * sent to the partners and honoured by denying new orders.
 */
class DoorDashPartnerIT extends EarTestBase {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  final Partners partners = new Partners();
  @EmpanadaMenu static KitchenSetup menu;

  static String order(String orderId, String guest, String item, String extra) {
    return """
        {"event": {"type": "OrderCreate", "status": "NEW"},
         "order": {"id": "%s", "delivery_short_code": "DD42",
           "consumer": {"id": 1, "first_name": "%s", "last_name": "G."},
           "store": {"merchant_supplied_id": "angels-kitchen-store"},
           "estimated_pickup_time": "%s", "is_pickup": true,
           "order_special_instructions": "Sin cubiertos",
           "categories": [{"merchant_supplied_id": "fritas", "name": "Fritas",
             "items": [{"merchant_supplied_id": "%s", "name": "Empanada", "quantity": 4,
                        "special_instructions": "muy calientes",
                        "extras": [{"merchant_supplied_id": "extras", "name": "Extras",
                          "options": [{"merchant_supplied_id": "%s", "name": "Picante", "quantity": 1}]}]}]}]}}
        """
        .formatted(
            orderId,
            guest,
            OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5).withNano(0),
            item,
            extra);
  }

  @Test
  void aWrongOrMissingBearerTokenIsRefusedAndStoresNothing() {
    String orderId = UUID.randomUUID().toString();
    String body = order(orderId, "Nadie", menu.carne, menu.picante);

    assertThat(partners.doordash("/orders", body, null).statusCode()).isEqualTo(401);
    assertThat(partners.doordash("/orders", body, "not-the-token").statusCode()).isEqualTo(401);
    HttpResponse<String> basic =
        api.send(
            HttpRequest.newBuilder(TestServer.http("partners/doordash/orders"))
                .header("Authorization", "Basic " + partners.setting("doordash.webhook-token"))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM partner_event WHERE partner_order_id = ?", orderId))
        .isZero();

    HttpResponse<String> noItems =
        partners.doordash(
            "/orders", "{\"event\": {\"type\": \"OrderCreate\"}, \"order\": {\"id\": \"x1\"}}");
    assertThat(noItems.statusCode()).isEqualTo(400);
    assertThat(Json.object(noItems.body()).getString("message"))
        .isEqualTo("order.categories[].items[] holds no item");
  }

  @Test
  void anOrderIsPlacedOnceConfirmedWithAJwtAndItsCancellationReachesTheKds() throws Exception {
    String orderId = UUID.randomUUID().toString();
    String guest = Guests.unique("Martín");
    String body = order(orderId, guest, menu.carne, menu.picante);

    try (StationScreen fritura = StationScreen.connect("fritura")) {
      HttpResponse<String> first = partners.doordash("/orders", body);
      HttpResponse<String> again = partners.doordash("/orders", body);
      assertThat(first.statusCode()).isEqualTo(202);
      assertThat(again.statusCode()).as("a redelivery is acknowledged too").isEqualTo(202);

      JsonObject placed = fritura.nextEvent();
      JsonObject order = placed.getJsonObject("data").getJsonObject("order");
      assertThat(order.getString("source")).isEqualTo("DOORDASH");
      assertThat(order.getString("fulfillment")).isEqualTo("TAKEOUT");
      assertThat(order.getString("customerName")).isEqualTo(guest);
      JsonObject line =
          placed
              .getJsonObject("data")
              .getJsonObject("ticket")
              .getJsonArray("lines")
              .getJsonObject(0);
      assertThat(line.getJsonArray("added").getString(0)).isEqualTo("Salsa picante");
      assertThat(line.getString("note")).isEqualTo("muy calientes");
      long kitchenOrder = order.getJsonNumber("orderId").longValue();

      JsonObject confirm =
          await("DoorDash hears the order was confirmed")
              .atMost(PATIENCE)
              .until(
                  () -> partners.callsTo("/marketplace/api/v1/orders/" + orderId),
                  c -> !c.isEmpty())
              .get(0);
      assertThat(confirm.getString("method")).isEqualTo("PATCH");
      assertThat(confirm.getInt("status")).as("the fake accepted the JWT").isEqualTo(202);
      assertThat(Json.object(confirm.getString("body")).getString("order_status"))
          .isEqualTo("success");
      assertThat(Json.object(confirm.getString("body")).getString("merchant_supplied_id"))
          .isEqualTo(String.valueOf(kitchenOrder));
      assertThat(KitchenDatabase.ordersOf(guest)).isOne();

      String cancellation =
          """
          {"external_order_id": "%s", "client_order_id": "%d",
           "store": {"merchant_supplied_id": "angels-kitchen-store"}, "is_asap": true}
          """
              .formatted(orderId, kitchenOrder);
      assertThat(partners.doordash("/cancellations", cancellation).statusCode()).isEqualTo(202);

      JsonObject cancelled = fritura.nextEvent();
      assertThat(cancelled.getString("type")).isEqualTo("OrderCancelled");
      assertThat(cancelled.getJsonObject("data").getJsonNumber("orderId").longValue())
          .isEqualTo(kitchenOrder);
      assertThat(api.order(kitchenOrder).getString("status")).isEqualTo("CANCELLED");
      assertThat(api.order(kitchenOrder).getString("cancelReason")).contains("DoorDash");
    }
  }

  @Test
  void aPausedStoreIsSentToThePartnersAndDeniesNewOrdersUntilResumed() throws Exception {
    JsonObject paused = put("api/partners/store", "{\"paused\": true, \"reason\": \"Sin gas\"}");
    try {
      assertThat(paused.getBoolean("paused")).isTrue();
      await("both partners hear the store is paused")
          .atMost(PATIENCE)
          .until(
              () ->
                  partners.callsTo("/marketplace/api/v1/stores/").stream()
                          .anyMatch(c -> c.getString("body").contains("\"is_active\":false"))
                      && partners.callsTo("/v1/eats/store/").stream()
                          .anyMatch(c -> c.getString("body").contains("\"PAUSED\"")));

      String orderId = UUID.randomUUID().toString();
      String guest = Guests.unique("Paused");
      assertThat(
              partners
                  .doordash("/orders", order(orderId, guest, menu.carne, menu.picante))
                  .statusCode())
          .isEqualTo(202);
      JsonObject fail =
          await("DoorDash hears the order failed")
              .atMost(PATIENCE)
              .until(
                  () -> partners.callsTo("/marketplace/api/v1/orders/" + orderId),
                  c -> !c.isEmpty())
              .get(0);
      JsonObject confirmation = Json.object(fail.getString("body"));
      assertThat(confirmation.getString("order_status")).isEqualTo("fail");
      assertThat(confirmation.getString("failure_reason")).contains("paused").contains("Sin gas");
      assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    } finally {
      JsonObject resumed = put("api/partners/store", "{\"paused\": false}");
      assertThat(resumed.getBoolean("paused")).isFalse();
    }
    await("both partners hear the store is back")
        .atMost(PATIENCE)
        .until(
            () ->
                partners.callsTo("/marketplace/api/v1/stores/").stream()
                        .anyMatch(c -> c.getString("body").contains("\"is_active\":true"))
                    && partners.callsTo("/v1/eats/store/").stream()
                        .anyMatch(c -> c.getString("body").contains("\"ONLINE\"")));
    HttpResponse<String> noReason = api.put("api/partners/store", "{\"paused\": true}");
    assertThat(noReason.statusCode()).isEqualTo(400);
  }

  private JsonObject put(String path, String json) {
    HttpResponse<String> response = api.put(path, json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.object(response.body());
  }
}
