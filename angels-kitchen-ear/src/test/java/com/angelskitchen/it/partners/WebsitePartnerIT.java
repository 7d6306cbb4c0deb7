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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The third partner, the restaurant's website, proves the partner SPI: a webhook with its bearer
 * token → the JMS intake queue → the message-driven bean → an order, a push, and the website told.
 */
class WebsitePartnerIT extends EarTestBase {

  static final String WEBHOOK = "partners/website/orders";

  final Partners partners = new Partners();

  @EmpanadaMenu static KitchenSetup menu;

  static String websiteOrder(String eventId, String guest, int quantity) {
    return """
        {"eventId": "%s", "customerName": "%s", "fulfillment": "DELIVERY",
         "lines": [{"item": "%s", "quantity": %d, "remove": ["%s"], "note": "bien cocidas"}]}
        """
        .formatted(eventId, guest, menu.carne, quantity, menu.cebolla);
  }

  @Test
  void aWebhookOrderIsAcknowledgedAtOnceThenPlacedThroughTheQueueAndPushed() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura")) {
      String eventId = "web-" + UUID.randomUUID();
      String guest = Guests.unique("Lucía");

      HttpResponse<String> ack = partners.website(websiteOrder(eventId, guest, 6));

      assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
      assertThat(ack.body()).isEmpty();

      JsonObject pushed = fritura.nextEvent();
      assertThat(pushed.getString("type")).isEqualTo("OrderPlaced");
      JsonObject order = pushed.getJsonObject("data").getJsonObject("order");
      assertThat(order.getString("source")).isEqualTo("WEBSITE");
      assertThat(order.getString("fulfillment")).isEqualTo("DELIVERY");
      assertThat(order.getString("customerName")).isEqualTo(guest);
      JsonObject line =
          pushed
              .getJsonObject("data")
              .getJsonObject("ticket")
              .getJsonArray("lines")
              .getJsonObject(0);
      assertThat(line.getInt("quantity")).isEqualTo(6);
      assertThat(line.getJsonArray("removed").getString(0)).isEqualTo("Cebolla");
      assertThat(line.getString("note")).isEqualTo("bien cocidas");

      HttpResponse<String> stored = api.get("api/orders/" + order.getJsonNumber("orderId"));
      assertThat(stored.statusCode()).isEqualTo(200);
      assertThat(Json.object(stored.body()).getString("source")).isEqualTo("WEBSITE");

      // The website is told, through the partner-status queue, that its order was accepted.
      await("the website hears of the acceptance")
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  partners.callsTo("/website/status").stream()
                      .anyMatch(
                          c ->
                              c.getString("body").contains(eventId)
                                  && c.getString("body").contains("ACCEPT")
                                  && c.getInt("status") == 200));
    }
  }

  /**
   * A rush: webhooks arriving together share transactions (group commit), duplicates among them
   * too. Every delivery must still be answered only for itself, and every distinct event must
   * become exactly one order.
   */
  @Test
  void aRushOfWebhooksEachDeliveredTwiceAtOnceBecomesOneOrderEach() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String rush = "Rush " + tag;
    String events = "rush-" + tag + "-event-";
    int orders = 60;
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < orders; i++) {
      String body = websiteOrder(events + i, rush + " guest " + i, 1 + i % 3);
      bodies.add(body);
      bodies.add(body);
    }
    Collections.shuffle(bodies, new Random(42));
    ExecutorService senders = Executors.newFixedThreadPool(24);
    try {
      List<CompletableFuture<HttpResponse<String>>> answers =
          bodies.stream()
              .map(body -> CompletableFuture.supplyAsync(() -> partners.website(body), senders))
              .toList();

      assertThat(answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode))
          .hasSize(2 * orders)
          .as("every delivery answered for itself")
          .containsOnly(202);
    } finally {
      senders.shutdownNow();
    }
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM partner_event WHERE event_id LIKE ?", events + "%"))
        .isEqualTo(orders);
    await("every event of the rush becomes an order")
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                KitchenDatabase.number(
                        "SELECT count(*) FROM kitchen_order WHERE customer_name LIKE ?",
                        rush + " guest %")
                    == orders);
    assertThat(
            KitchenDatabase.number(
                "SELECT count(DISTINCT customer_name) FROM kitchen_order"
                    + " WHERE customer_name LIKE ?",
                rush + " guest %"))
        .as("no guest's order placed twice")
        .isEqualTo(orders);
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM partner_event WHERE event_id LIKE ? AND status = 'PLACED'",
                events + "%"))
        .isEqualTo(orders);
  }

  @Test
  void aWebhookThatIsNotAnOrderIsRefusedWithItsReasonAndNothingIsStored() {
    HttpResponse<String> notJson = partners.website("{\"eventId\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(Json.object(notJson.body()).getString("message"))
        .isEqualTo("the body is not a website order in JSON");

    HttpResponse<String> noEventId = partners.website("{\"lines\": []}");
    assertThat(noEventId.statusCode()).isEqualTo(400);
    assertThat(Json.object(noEventId.body()).getString("message"))
        .startsWith("eventId is required");

    String badEvent = "web-bad-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> badQuantity = partners.website(websiteOrder(badEvent, "Guest", 0));
    assertThat(badQuantity.statusCode()).isEqualTo(400);
    assertThat(Json.object(badQuantity.body()).getString("message")).contains("between 1 and 99");
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM partner_event WHERE event_id = ?", badEvent))
        .isZero();

    HttpResponse<String> notJsonType = api.post(WEBHOOK, "text/plain", "six empanadas");
    assertThat(notJsonType.statusCode()).as("no token: refused first").isEqualTo(401);

    HttpResponse<String> huge = partners.website("{\"x\":\"" + "a".repeat(70_000) + "\"}");
    assertThat(huge.statusCode()).isEqualTo(413);
  }

  @Test
  void aWrongOrMissingTokenIsRefusedAndNothingIsStored() {
    String eventId = "web-" + UUID.randomUUID();
    HttpResponse<String> missing = api.post(WEBHOOK, websiteOrder(eventId, "Nadie", 1));
    HttpResponse<String> wrong =
        api.send(
            HttpRequest.newBuilder(TestServer.http(WEBHOOK))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer not-the-token")
                .POST(HttpRequest.BodyPublishers.ofString(websiteOrder(eventId, "Nadie", 1)))
                .build());

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Json.object(wrong.body()).getString("message"))
        .isEqualTo("missing or wrong Website credential");
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM partner_event WHERE event_id = ?", eventId))
        .isZero();
  }
}
