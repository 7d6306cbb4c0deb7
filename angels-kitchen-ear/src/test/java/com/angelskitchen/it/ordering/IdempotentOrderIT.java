package com.angelskitchen.it.ordering;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An order sent with an {@code Idempotency-Key} is placed once, however often and however
 * concurrently it is sent, and across a server killed in between: every repeat gets the first
 * answer, byte for byte, with the same Location. The same key for a different order, or from
 * someone else, is refused with 422; a malformed key with 400; neither writes anything. The POS
 * sends each cart under a key of its own, so a double tap places one order.
 */
class IdempotentOrderIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private static final int CONCURRENT = 8;
  private static final String REUSED = "this Idempotency-Key was used for a different order";

  @Test
  void sentTwiceUnderOneKeyTheOrderIsPlacedOnceAndBothAnswersAreTheSame() {
    String guest = Guests.unique("Twice");
    KitchenApi.Order order = order(guest, line(menu.carne, 2).without(menu.cebolla));
    String key = newKey();

    HttpResponse<String> first = place(api, key, order);
    HttpResponse<String> second = place(api, key, order);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(location(second)).isEqualTo(location(first));
    long orderId = Json.object(first.body()).getJsonNumber("orderId").longValue();
    assertThat(location(first)).endsWith("/api/orders/" + orderId);
    assertPlacedOnce(guest, orderId);
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM order_idempotency"
                    + " WHERE idempotency_key = ? AND order_id = ? AND staff = ?",
                key,
                orderId,
                Staff.manager().username()))
        .as("the key, its order and who sent it")
        .isOne();
  }

  @Test
  void eightConcurrentSendsUnderOneKeyPlaceOneOrderAndGetOneAnswer() throws Exception {
    JsonObject before = api.placeOrder(Guests.unique("Before"), line(menu.carne, 1));
    String guest = Guests.unique("Concurrent");
    KitchenApi.Order order = order(guest, line(menu.carne, 1), line(menu.humita, 2));
    String key = newKey();

    ExecutorService tills = Executors.newFixedThreadPool(CONCURRENT);
    List<HttpResponse<String>> answers = new ArrayList<>();
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> sends = new ArrayList<>();
      for (int i = 0; i < CONCURRENT; i++) {
        sends.add(
            tills.submit(
                () -> {
                  go.await();
                  return place(api, key, order);
                }));
      }
      go.countDown();
      for (Future<HttpResponse<String>> send : sends) {
        answers.add(send.get());
      }
    } finally {
      tills.shutdownNow();
    }

    assertThat(answers)
        .extracting(HttpResponse::statusCode)
        .as("the answers: %s", answers.stream().map(a -> a.statusCode() + " " + a.body()).toList())
        .containsOnly(201);
    assertThat(answers)
        .extracting(HttpResponse::body)
        .as("one answer")
        .containsOnly(answers.get(0).body());
    assertThat(answers)
        .extracting(IdempotentOrderIT::location)
        .containsOnly(location(answers.get(0)));
    JsonObject placed = Json.object(answers.get(0).body());
    assertPlacedOnce(guest, placed.getJsonNumber("orderId").longValue());
    assertThat(Integer.parseInt(placed.getString("orderNumber")))
        .isEqualTo(Integer.parseInt(before.getString("orderNumber")) + 1);
    JsonObject after = api.placeOrder(Guests.unique("After"), line(menu.carne, 1));
    assertThat(Integer.parseInt(after.getString("orderNumber")))
        .as("the requests that waited used up no order number")
        .isEqualTo(Integer.parseInt(placed.getString("orderNumber")) + 1);
  }

  @Test
  void aDifferentOrderUnderAUsedKeyIsRefusedWith422AndPlacesNothing() {
    String guest = Guests.unique("First");
    String other = Guests.unique("Other");
    String key = newKey();
    HttpResponse<String> first = place(api, key, order(guest, line(menu.carne, 1)));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

    List<HttpResponse<String>> refused =
        List.of(
            place(api, key, order(other, line(menu.carne, 1))),
            place(api, key, order(guest, line(menu.carne, 2))),
            place(api, key, order(guest, line(menu.carne, 1).with(menu.extraQueso))));

    for (HttpResponse<String> answer : refused) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
      JsonObject error = Json.object(answer.body());
      assertThat(error.getInt("status")).isEqualTo(422);
      assertThat(error.getString("error")).isEqualTo("Unprocessable Content");
      assertThat(error.getString("message")).isEqualTo(REUSED);
    }
    assertThat(KitchenDatabase.ordersOf(other)).isZero();
    assertPlacedOnce(guest, Json.object(first.body()).getJsonNumber("orderId").longValue());
    HttpResponse<String> again = place(api, key, order(guest, line(menu.carne, 1)));
    assertThat(again.body()).as("the first order still answers").isEqualTo(first.body());
  }

  @Test
  void anotherMemberOfStaffCannotUseSomeoneElsesKey() {
    String guest = Guests.unique("Mine");
    KitchenApi.Order order = order(guest, line(menu.carne, 1));
    String key = newKey();
    assertThat(place(api, key, order).statusCode()).isEqualTo(201);

    HttpResponse<String> cashier = place(new KitchenApi(Staff.cashier()), key, order);

    assertThat(cashier.statusCode()).as(cashier.body()).isEqualTo(422);
    assertThat(Json.object(cashier.body()).getString("message")).isEqualTo(REUSED);
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
  }

  @ParameterizedTest
  @ValueSource(strings = {"two words", "slash/ed", "semi;colon", "{braces}", "129"})
  void aBadKeyIsRefusedWith400AndWritesNothing(String badKey) {
    String key = badKey.equals("129") ? "k".repeat(129) : badKey;
    String guest = Guests.unique("BadKey");

    HttpResponse<String> refused = place(api, key, order(guest, line(menu.carne, 1)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonObject error = Json.object(refused.body());
    assertThat(error.getInt("status")).isEqualTo(400);
    assertThat(error.getString("message"))
        .startsWith("the Idempotency-Key must be 1 to 128 characters");
    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM order_idempotency WHERE idempotency_key = ?", key))
        .isZero();
  }

  @Test
  void aRefusedOrderLeavesItsKeyFreeForTheCorrectedOne() {
    menu.setAvailable(menu.gaseosa, false);
    String guest = Guests.unique("Corrected");
    String key = newKey();

    HttpResponse<String> refused =
        place(api, key, order(guest, line(menu.carne, 1), line(menu.gaseosa, 1)));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM order_idempotency WHERE idempotency_key = ?", key))
        .as("the refusal rolled the key back")
        .isZero();

    HttpResponse<String> corrected = place(api, key, order(guest, line(menu.carne, 1)));

    assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
    assertPlacedOnce(guest, Json.object(corrected.body()).getJsonNumber("orderId").longValue());
  }

  @Test
  void withoutAKeyEveryRequestPlacesAnOrderAsBefore() {
    String guest = Guests.unique("NoKey");

    api.place(order(guest, line(menu.carne, 1)));
    api.place(order(guest, line(menu.carne, 1)));

    assertThat(KitchenDatabase.ordersOf(guest)).isEqualTo(2);
  }

  @Test
  void aRetryAfterTheServerWasKilledGetsTheFirstAnswer() throws Exception {
    String guest = Guests.unique("Killed");
    KitchenApi.Order order = order(guest, line(menu.carne, 3));
    String key = newKey();
    HttpResponse<String> first = place(api, key, order);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

    TestServer.kill();
    TestServer.start();

    HttpResponse<String> retried = place(api, key, order);
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    assertThat(retried.body()).isEqualTo(first.body());
    assertThat(location(retried)).isEqualTo(location(first));
    JsonObject placed = Json.object(first.body());
    assertPlacedOnce(guest, placed.getJsonNumber("orderId").longValue());
    assertThat(api.order(placed.getJsonNumber("orderId").longValue()).getString("number"))
        .isEqualTo(placed.getString("orderNumber"));
  }

  @Test
  void aDoubleTapOnSendPlacesOneOrderAndShowsItsNumber() throws Exception {
    String guest = Guests.unique("DoubleTap");

    try (PosPage pos = PosPage.open()) {
      pos.tapItem("Fritas " + menu.suffix, menu.carne);
      pos.addToOrder(1);
      pos.customer(guest);

      pos.doubleTapSend();
      pos.awaitIdle();
      String number = pos.awaitSentNumber();
      pos.screenshot("pos-double-tap");

      assertThat(pos.errors()).as("no 'the order is empty' for the second tap").isEmpty();
      assertThat(KitchenDatabase.ordersOf(guest)).isOne();
      long orderId =
          KitchenDatabase.number("SELECT id FROM kitchen_order WHERE customer_name = ?", guest);
      assertThat(api.order(orderId).getString("number")).isEqualTo(number);
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM order_idempotency WHERE order_id = ? AND staff = ?",
                  orderId,
                  Staff.manager().username()))
          .as("placed under the cart's key")
          .isOne();
    }
  }

  static String newKey() {
    return UUID.randomUUID().toString();
  }

  static HttpResponse<String> place(KitchenApi client, String key, KitchenApi.Order order) {
    return client.send(
        HttpRequest.newBuilder(TestServer.http("api/orders"))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(order.json()))
            .build());
  }

  static String location(HttpResponse<String> answer) {
    return answer.headers().firstValue("Location").orElse(null);
  }

  /** Exactly one order for the guest, logged once as placed. */
  static void assertPlacedOnce(String guest, long orderId) {
    assertThat(KitchenDatabase.ordersOf(guest)).as("one order").isOne();
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM kitchen_log WHERE order_id = ? AND event_type = 'OrderPlaced'",
                orderId))
        .as("one OrderPlaced in the kitchen log")
        .isOne();
  }
}
