package com.angelskitchen.it.ordering;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** POST /api/orders → PostgreSQL → event after commit → WebSocket push to the right stations. */
class OrderPushIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void anOrderPlacedThroughTheApiReachesItsStationScreenAndNoOther() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura");
        StationScreen horno = StationScreen.connect("horno")) {
      String guest = Guests.unique("Ana");

      JsonObject placed =
          api.placeOrder(guest, line(menu.carne, 2).without(menu.cebolla).with(menu.extraQueso));

      JsonObject pushed = fritura.nextEvent();
      assertThat(pushed.getString("type")).isEqualTo("OrderPlaced");
      assertThat(pushed.getJsonNumber("sequence").longValue())
          .isEqualTo(placed.getJsonNumber("sequence").longValue());
      JsonObject order = pushed.getJsonObject("data").getJsonObject("order");
      assertThat(order.getJsonNumber("orderId").longValue())
          .isEqualTo(placed.getJsonNumber("orderId").longValue());
      assertThat(order.getString("orderNumber")).isEqualTo(placed.getString("orderNumber"));
      assertThat(order.getString("source")).isEqualTo("POS");
      assertThat(order.getString("customerName")).isEqualTo(guest);
      JsonObject ticket = pushed.getJsonObject("data").getJsonObject("ticket");
      assertThat(ticket.getString("station")).isEqualTo("fritura");
      assertThat(ticket.getJsonArray("lines")).hasSize(1);
      JsonObject line = ticket.getJsonArray("lines").getJsonObject(0);
      assertThat(line.getString("kitchenName")).isEqualTo("CARNE");
      assertThat(line.getInt("quantity")).isEqualTo(2);
      assertThat(line.getJsonArray("removed").getString(0)).isEqualTo("Cebolla");
      assertThat(line.getJsonArray("added").getString(0)).isEqualTo("Extra queso");

      // Horno was not told: the first thing it hears of is the order placed for it afterwards.
      JsonObject forHorno = api.placeOrder(Guests.unique("Bruno"), line(menu.humita, 1));
      assertThat(orderIdOf(horno.nextEvent()))
          .isEqualTo(forHorno.getJsonNumber("orderId").longValue());
    }
  }

  @Test
  void eachStationReceivesOnlyItsOwnLinesOfAMixedOrder() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura");
        StationScreen horno = StationScreen.connect("horno");
        StationScreen mostrador = StationScreen.connect("mostrador")) {
      api.placeOrder(
          Guests.unique("Carla"),
          line(menu.carne, 3),
          line(menu.humita, 2),
          line(menu.gaseosa, 2),
          line(menu.carne, 1).note("sin sal"));

      assertThat(linesOf(fritura.nextEvent())).containsExactly("CARNE", "CARNE");
      assertThat(linesOf(horno.nextEvent())).containsExactly("HUMITA");
      assertThat(linesOf(mostrador.nextEvent())).containsExactly("GASEOSA");
    }
  }

  @Test
  void consecutiveOrdersArriveWithConsecutiveSequenceNumbers() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura")) {
      long first =
          api.placeOrder(Guests.unique("Dario"), line(menu.carne, 1))
              .getJsonNumber("sequence")
              .longValue();
      long second =
          api.placeOrder(Guests.unique("Elena"), line(menu.carne, 1))
              .getJsonNumber("sequence")
              .longValue();

      assertThat(second).isEqualTo(first + 1);
      assertThat(fritura.nextEvent().getJsonNumber("sequence").longValue()).isEqualTo(first);
      assertThat(fritura.nextEvent().getJsonNumber("sequence").longValue()).isEqualTo(second);
    }
  }

  static long orderIdOf(JsonObject message) {
    return message
        .getJsonObject("data")
        .getJsonObject("order")
        .getJsonNumber("orderId")
        .longValue();
  }

  static java.util.List<String> linesOf(JsonObject message) {
    return message.getJsonObject("data").getJsonObject("ticket").getJsonArray("lines").stream()
        .map(l -> l.asJsonObject().getString("kitchenName"))
        .toList();
  }
}
