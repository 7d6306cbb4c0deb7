package com.angelskitchen.it.ordering;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every invalid order gets a clear answer naming the problem, and writes nothing: no order, no
 * order number used up, no kitchen-log entry (the next good order takes the very next number and
 * sequence).
 */
class OrderValidationIT extends EarTestBase {

  static KitchenSetup menu;

  @BeforeEach
  void menu() {
    if (menu == null) {
      menu = KitchenSetup.empanadaMenu(api);
      menu.setAvailable(menu.gaseosa, false);
    }
  }

  /** name, the order (given the menu and a guest), the status and the message expected. */
  static Stream<Arguments> invalidOrders() {
    return Stream.of(
        invalid(
            "unknown item",
            (m, g) -> order(g, line("pizza-" + m.suffix, 1)),
            400,
            "unknown item 'pizza-"),
        invalid(
            "86'd item",
            (m, g) -> order(g, line(m.carne, 1), line(m.gaseosa, 1)),
            409,
            "Gaseosa is 86'd"),
        invalid(
            "quantity 0",
            (m, g) -> order(g, line(m.carne, 0)),
            400,
            "lines[0].quantity: must be greater than or equal to 1"),
        invalid(
            "quantity 100",
            (m, g) -> order(g, line(m.carne, 100)),
            400,
            "lines[0].quantity: must be less than or equal to 99"),
        invalid(
            "removing what is not in the recipe",
            (m, g) -> order(g, line(m.carne, 1).without(m.queso)),
            400,
            "Empanada de carne has no ingredient '"),
        invalid(
            "removing what cannot be left out",
            (m, g) -> order(g, line(m.carne, 1).without(m.masa)),
            400,
            "Masa cannot be left out of Empanada de carne"),
        invalid(
            "an extra the item does not take",
            (m, g) -> order(g, line(m.humita, 1).with(m.picante)),
            400,
            "Empanada de humita does not take the extra '"),
        invalid("empty order", (m, g) -> order(g), 400, "an order needs at least one line"));
  }

  interface OrderFor
      extends java.util.function.BiFunction<KitchenSetup, String, KitchenApi.Order> {}

  static Arguments invalid(String name, OrderFor order, int status, String message) {
    return Arguments.of(name, order, status, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidOrders")
  void refusesAnInvalidOrderWithItsReasonAndWritesNothing(
      String name, OrderFor invalidOrder, int status, String message) {
    JsonObject before = api.placeOrder(Guests.unique("Before"), line(menu.carne, 1));
    String guest = Guests.unique("Invalid");

    HttpResponse<String> refused = api.post("api/orders", invalidOrder.apply(menu, guest).json());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
    JsonObject error = Json.object(refused.body());
    assertThat(error.getInt("status")).isEqualTo(status);
    assertThat(error.getString("message") + " " + error.getJsonArray("details")).contains(message);
    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    JsonObject after = api.placeOrder(Guests.unique("After"), line(menu.carne, 1));
    assertThat(after.getJsonNumber("sequence").longValue())
        .as("no kitchen-log entry was written")
        .isEqualTo(before.getJsonNumber("sequence").longValue() + 1);
    assertThat(Integer.parseInt(after.getString("orderNumber")))
        .as("no order number was used up")
        .isEqualTo(Integer.parseInt(before.getString("orderNumber")) + 1);
  }

  @Test
  void refusesToBumpACancelledOrderAndSaysWhy() {
    JsonObject placed = api.placeOrder(Guests.unique("Cancel"), line(menu.carne, 1));
    long orderId = placed.getJsonNumber("orderId").longValue();
    long ticketId = api.ticket(orderId, "fritura").getJsonNumber("ticketId").longValue();
    HttpResponse<String> cancelled =
        api.post("api/orders/" + orderId + "/cancel", "{\"reason\": \"guest left\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    long logged =
        KitchenDatabase.number("SELECT count(*) FROM kitchen_log WHERE order_id = ?", orderId);

    HttpResponse<String> bump = api.post("api/tickets/" + ticketId + "/bump");

    assertThat(bump.statusCode()).isEqualTo(409);
    assertThat(Json.object(bump.body()).getString("message"))
        .isEqualTo("order " + placed.getString("orderNumber") + " was cancelled: guest left");
    assertThat(
            KitchenDatabase.number("SELECT count(*) FROM kitchen_log WHERE order_id = ?", orderId))
        .isEqualTo(logged);
    assertThat(api.ticket(orderId, "fritura").getString("status")).isEqualTo("CANCELLED");
  }

  @Test
  void refusesABodyThatIsNotJson() {
    HttpResponse<String> response = api.post("api/orders", "{\"lines\": [");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.object(response.body()).getString("message"))
        .isEqualTo("the body is not valid JSON for this request");
  }

  @Test
  void refusesAnEmptyBody() {
    HttpResponse<String> response = api.post("api/orders", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.object(response.body()).getString("message"))
        .isEqualTo("the request needs a JSON body");
  }

  @Test
  void answersNotFoundForAnUnknownOrderOrTicket() {
    HttpResponse<String> order = api.get("api/orders/999999999");
    assertThat(order.statusCode()).isEqualTo(404);
    assertThat(Json.object(order.body()).getString("message")).isEqualTo("no order 999999999");

    HttpResponse<String> ticket = api.post("api/tickets/999999999/bump");
    assertThat(ticket.statusCode()).isEqualTo(404);
    assertThat(Json.object(ticket.body()).getString("message")).isEqualTo("no ticket 999999999");
  }
}
