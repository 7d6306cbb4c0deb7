package com.angelskitchen.it.partners;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import com.angelskitchen.it.support.ScreenPage;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Uber Eats end to end against the fake Uber Eats API: signed notifications, the order fetched,
 * placed once whatever the redeliveries, accepted, denied when an item is 86'd, flagged when an
 * item is not on the menu, cancelled on the KDS, and signalled ready after the last bump.
 */
class UberEatsPartnerIT extends EarTestBase {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  final Partners partners = new Partners();
  @EmpanadaMenu static KitchenSetup menu;

  @Test
  void aSignatureIsCheckedAndAnUnsignedOrMissignedWebhookStoresNothing() {
    String eventId = UUID.randomUUID().toString();
    String body = Partners.uberNotification(eventId, Partners.newOrderId());

    HttpResponse<String> missing = partners.uberWebhook(body, null);
    HttpResponse<String> wrong = partners.uberWebhook(body, partners.uberSignature(body + " "));
    HttpResponse<String> upperCase =
        partners.uberWebhook(body, partners.uberSignature(body).toUpperCase());

    assertThat(List.of(missing.statusCode(), wrong.statusCode(), upperCase.statusCode()))
        .containsOnly(401);
    assertThat(Json.object(wrong.body()).getString("message"))
        .isEqualTo("missing or wrong Uber Eats credential");
    assertThat(eventsWithId(eventId)).isZero();

    HttpResponse<String> malformed = partners.uberWebhook("{\"event_id\": ");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(Json.object(malformed.body()).getString("message"))
        .isEqualTo("the body is not an Uber Eats webhook in JSON");
    HttpResponse<String> noEventId =
        partners.uberWebhook("{\"event_type\": \"orders.notification\", \"meta\": {}}");
    assertThat(noEventId.statusCode()).isEqualTo(400);
    assertThat(Json.object(noEventId.body()).getString("message"))
        .isEqualTo("event_id is required");
    HttpResponse<String> noOrder =
        partners.uberWebhook(
            "{\"event_id\": \"" + eventId + "\", \"event_type\": \"orders.notification\"}");
    assertThat(noOrder.statusCode()).isEqualTo(400);
    assertThat(eventsWithId(eventId)).isZero();

    HttpResponse<String> huge = partners.uberWebhook("{\"x\":\"" + "a".repeat(70_000) + "\"}");
    assertThat(huge.statusCode()).isEqualTo(413);

    HttpResponse<String> signed = partners.uberWebhook(body);
    assertThat(signed.statusCode()).isEqualTo(200);
    assertThat(signed.body()).as("Uber Eats expects an empty body").isEmpty();
    assertThat(eventsWithId(eventId)).isOne();
  }

  @Test
  void theSameNotificationDeliveredFiveTimesIsOneOrderAcceptedOnce() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Valentina");
    partners.uberHolds(
        orderId,
        new UberOrder(orderId, guest)
            .item(menu.carne, 6, menu.cebolla, menu.extraQueso)
            .instructions("Tocar timbre 2B")
            .json());
    String body = Partners.uberNotification(UUID.randomUUID().toString(), orderId);

    try (StationScreen fritura = StationScreen.connect("fritura")) {
      List<Integer> answers =
          IntStream.range(0, 5)
              .mapToObj(i -> CompletableFuture.supplyAsync(() -> partners.uberWebhook(body)))
              .toList()
              .stream()
              .map(CompletableFuture::join)
              .map(HttpResponse::statusCode)
              .toList();
      assertThat(answers).containsOnly(200);

      JsonObject pushed = fritura.nextEvent();
      assertThat(pushed.getString("type")).isEqualTo("OrderPlaced");
      JsonObject order = pushed.getJsonObject("data").getJsonObject("order");
      assertThat(order.getString("source")).isEqualTo("UBER_EATS");
      assertThat(order.getString("customerName")).isEqualTo(guest);
      assertThat(order.getString("note")).isEqualTo("Tocar timbre 2B");
      JsonObject line =
          pushed
              .getJsonObject("data")
              .getJsonObject("ticket")
              .getJsonArray("lines")
              .getJsonObject(0);
      assertThat(line.getInt("quantity")).isEqualTo(6);
      assertThat(line.getJsonArray("removed").getValuesAs(JsonValue::toString))
          .containsExactly("\"Cebolla\"");
      assertThat(line.getJsonArray("added").getValuesAs(JsonValue::toString))
          .containsExactly("\"Extra queso\"");
      assertThat(line.getString("note")).isEqualTo("bien doraditas");

      long kitchenOrder = order.getJsonNumber("orderId").longValue();
      await("Uber Eats hears the order was accepted")
          .atMost(PATIENCE)
          .until(
              () ->
                  partners.callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order").size() == 1);
      assertThat(
              partners
                  .callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order")
                  .get(0)
                  .getInt("status"))
          .isEqualTo(204);
      assertThat(KitchenDatabase.ordersOf(guest)).isOne();
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM partner_event WHERE partner_order_id = ?", orderId))
          .isOne();

      // No second push: the next event at Fritura is an order placed after the five deliveries.
      JsonObject after = api.placeOrder(Guests.unique("After"), line(menu.carne, 1));
      assertThat(
              fritura
                  .nextEvent()
                  .getJsonObject("data")
                  .getJsonObject("order")
                  .getJsonNumber("orderId")
                  .longValue())
          .isEqualTo(after.getJsonNumber("orderId").longValue())
          .isNotEqualTo(kitchenOrder);
    }
  }

  @Test
  void anOrderWithAnEightySixedItemIsDeniedWithTheReasonAndNotPlaced() throws Exception {
    KitchenSetup own = KitchenSetup.empanadaMenu(api);
    own.setAvailable(own.humita, false);
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Denied");
    partners.uberHolds(
        orderId, new UberOrder(orderId, guest).item(own.carne, 2).item(own.humita, 3).json());

    assertThat(
            partners
                .uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId))
                .statusCode())
        .isEqualTo(200);

    JsonObject deny =
        await("Uber Eats is told the order is denied")
            .atMost(PATIENCE)
            .until(
                () -> partners.callsTo("/v1/eats/orders/" + orderId + "/deny_pos_order"),
                calls -> !calls.isEmpty())
            .get(0);
    JsonObject reason = Json.object(deny.getString("body")).getJsonObject("reason");
    assertThat(reason.getString("code")).isEqualTo("ITEM_AVAILABILITY");
    assertThat(reason.getString("explanation")).contains("Empanada de humita");
    assertThat(deny.getInt("status")).isEqualTo(204);
    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    assertThat(partners.callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order")).isEmpty();
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM partner_event WHERE partner_order_id = ? AND status = 'DENIED'",
                orderId))
        .isOne();
  }

  @Test
  void anItemNotOnTheMenuStillReachesTheKitchenFlaggedAndManagersAreAlerted() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Unmapped");
    partners.uberHolds(
        orderId,
        new UberOrder(orderId, guest)
            .item(menu.carne, 2)
            .unknownItem("uber-choripan-" + UUID.randomUUID(), "Choripán", 1)
            .json());

    assertThat(
            partners
                .uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId))
                .statusCode())
        .isEqualTo(200);

    long kitchenOrder = placedOrderOf(guest);
    JsonObject stored = api.order(kitchenOrder);
    JsonObject choripan =
        stored.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getBoolean("unmapped"))
            .findFirst()
            .orElseThrow();
    assertThat(choripan.getString("item")).isEqualTo("Choripán");
    assertThat(choripan.get("itemCode")).as("no menu item").isIn(null, JsonValue.NULL);
    assertThat(choripan.getString("note")).contains("+ Salsa criolla");
    assertThat(stored.getJsonArray("lines").getValuesAs(JsonObject.class))
        .filteredOn(l -> !l.getBoolean("unmapped"))
        .extracting(l -> l.getString("itemCode"))
        .containsExactly(menu.carne);
    // The flagged line is on a station's ticket, not lost.
    assertThat(
            stored.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
                .flatMap(t -> t.getJsonArray("lines").getValuesAs(JsonObject.class).stream())
                .filter(l -> l.getBoolean("unmapped")))
        .hasSize(1);

    // The cook sees it flagged on the station screen, under the partner's own name.
    JsonObject flaggedTicket =
        stored.getJsonArray("tickets").getValuesAs(JsonObject.class).stream()
            .filter(
                t ->
                    t.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
                        .anyMatch(l -> l.getBoolean("unmapped")))
            .findFirst()
            .orElseThrow();
    try (ScreenPage screen = ScreenPage.open("kds/" + flaggedTicket.getString("station"))) {
      WebElement flagged =
          screen
              .awaitCard(stored.getString("number"))
              .findElement(By.cssSelector(".ak-line-unmapped"));
      assertThat(flagged.getText()).contains("Choripán", "NOT ON OUR MENU", "+ Salsa criolla");
      screen.screenshot("kds-unmapped-line");
    }

    assertThat(Json.array(api.get("api/partners/alerts").body()).getValuesAs(JsonObject.class))
        .anyMatch(
            a ->
                a.getJsonNumber("orderId").longValue() == kitchenOrder
                    && a.getString("message").contains("Choripán"));
    await("the order is accepted all the same")
        .atMost(PATIENCE)
        .until(
            () -> partners.callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order").size() == 1);
  }

  @Test
  void aCancellationFromUberEatsReachesTheStationScreen() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Cancel");
    partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 1).json());

    try (StationScreen fritura = StationScreen.connect("fritura")) {
      partners.uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId));
      JsonObject placed = fritura.nextEvent();
      assertThat(placed.getString("type")).isEqualTo("OrderPlaced");
      long kitchenOrder =
          placed.getJsonObject("data").getJsonObject("order").getJsonNumber("orderId").longValue();

      HttpResponse<String> cancel =
          partners.uberWebhook(Partners.uberCancel(UUID.randomUUID().toString(), orderId));
      assertThat(cancel.statusCode()).isEqualTo(200);

      JsonObject cancelled = fritura.nextEvent();
      assertThat(cancelled.getString("type")).isEqualTo("OrderCancelled");
      assertThat(cancelled.getJsonObject("data").getJsonNumber("orderId").longValue())
          .isEqualTo(kitchenOrder);
      assertThat(cancelled.getJsonObject("data").getString("reason")).contains("Uber Eats");
      assertThat(api.order(kitchenOrder).getString("status")).isEqualTo("CANCELLED");
      // The void's alert and its call to the partner commit with the cancellation, or not at all:
      // no alert once the cancellation is on the screen means no call either.
      assertThat(Json.array(api.get("api/partners/alerts").body()).getValuesAs(JsonObject.class))
          .as("Uber Eats is not told about its own cancellation")
          .noneSatisfy(
              a ->
                  assertThat(a.getString("message"))
                      .contains(
                          "Order "
                              + placed
                                  .getJsonObject("data")
                                  .getJsonObject("order")
                                  .getString("orderNumber")
                              + " ("));
    }
  }

  @Test
  void aVoidAtThePosTellsUberEatsToCancelTheOrder() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Void");
    partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 1).json());
    partners.uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId));
    long kitchenOrder = placedOrderOf(guest);
    await("the order is accepted")
        .atMost(PATIENCE)
        .until(
            () -> partners.callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order").size() == 1);

    HttpResponse<String> voided =
        api.post("api/orders/" + kitchenOrder + "/cancel", "{\"reason\": \"fryer broke down\"}");
    assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);

    await("Uber Eats is told to cancel")
        .atMost(PATIENCE)
        .until(() -> partners.callsTo("/v1/eats/orders/" + orderId + "/cancel").size() == 1);
    JsonObject call = partners.callsTo("/v1/eats/orders/" + orderId + "/cancel").get(0);
    assertThat(call.toString()).contains("fryer broke down").contains("MERCHANT").contains("OTHER");
    assertThat(Json.array(api.get("api/partners/alerts").body()).getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("message"))
        .anySatisfy(m -> assertThat(m).contains("was voided here (fryer broke down)"));
  }

  @Test
  void theLastBumpSendsUberEatsTheReadySignal() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Ready");
    partners.uberHolds(
        orderId, new UberOrder(orderId, guest).item(menu.carne, 1).item(menu.humita, 1).json());
    partners.uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId));
    long kitchenOrder = placedOrderOf(guest);

    for (String station : List.of("fritura", "horno")) {
      long ticket = api.ticket(kitchenOrder, station).getJsonNumber("ticketId").longValue();
      assertThat(partners.callsTo("/v1/delivery/order/" + orderId + "/ready"))
          .as("not before the last bump")
          .isEmpty();
      assertThat(api.post("api/tickets/" + ticket + "/bump").statusCode()).isEqualTo(200);
    }

    await("Uber Eats hears the order is ready")
        .atMost(PATIENCE)
        .until(() -> partners.callsTo("/v1/delivery/order/" + orderId + "/ready").size() == 1);
    assertThat(api.order(kitchenOrder).getString("status")).isEqualTo("READY");
    assertThat(
            Json.array(api.get("api/partners/calls?orderId=" + kitchenOrder).body())
                .getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("action") + " " + c.getBoolean("succeeded"))
        .containsExactly("ACCEPT true", "READY true");
  }

  /** Waits for the guest's order to be placed, and answers its id. */
  private static long placedOrderOf(String guest) {
    return await("the order is placed")
        .atMost(PATIENCE)
        .until(
            () ->
                KitchenDatabase.number(
                    "SELECT coalesce(max(id), 0) FROM kitchen_order WHERE customer_name = ?",
                    guest),
            id -> id > 0);
  }

  private static long eventsWithId(String eventId) {
    return KitchenDatabase.number("SELECT count(*) FROM partner_event WHERE event_id = ?", eventId);
  }
}
