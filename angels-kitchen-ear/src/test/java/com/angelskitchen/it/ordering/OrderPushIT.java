package com.angelskitchen.it.ordering;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/orders → PostgreSQL → event after commit → WebSocket push to the right station. */
@ExtendWith(ArquillianExtension.class)
class OrderPushIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  final KitchenApi api = new KitchenApi();

  @Test
  void anOrderPlacedThroughTheApiReachesItsStationScreenAndNoOther() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura");
        StationScreen horno = StationScreen.connect("horno")) {
      String guest = Guests.unique("Ana");

      JsonObject placed = api.placeOrder(guest, line("Empanada de carne", 2, "fritura"));

      JsonObject pushed = fritura.next();
      assertThat(pushed.getString("type")).isEqualTo("OrderPlaced");
      assertThat(pushed.getJsonNumber("sequence").longValue())
          .isEqualTo(placed.getJsonNumber("sequence").longValue());
      JsonObject order = pushed.getJsonObject("data");
      assertThat(order.getJsonNumber("orderId").longValue())
          .isEqualTo(placed.getJsonNumber("orderId").longValue());
      assertThat(order.getString("orderNumber")).isEqualTo(placed.getString("orderNumber"));
      assertThat(order.getString("source")).isEqualTo("POS");
      assertThat(order.getString("customerName")).isEqualTo(guest);
      assertThat(order.getJsonArray("lines")).hasSize(1);
      JsonObject line = order.getJsonArray("lines").getJsonObject(0);
      assertThat(line.getString("item")).isEqualTo("Empanada de carne");
      assertThat(line.getInt("quantity")).isEqualTo(2);

      // Horno was not told: the first thing it hears of is the order placed for it afterwards.
      JsonObject forHorno = api.placeOrder(Guests.unique("Bruno"), line("Humita", 1, "horno"));
      assertThat(horno.next().getJsonObject("data").getJsonNumber("orderId").longValue())
          .isEqualTo(forHorno.getJsonNumber("orderId").longValue());
    }
  }

  @Test
  void eachStationReceivesOnlyItsOwnLinesOfAMixedOrder() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura");
        StationScreen horno = StationScreen.connect("horno")) {
      api.placeOrder(
          Guests.unique("Carla"),
          line("Empanada de carne", 3, "fritura"),
          line("Empanada caprese", 2, "horno"),
          line("Empanada de pollo", 1, "fritura"));

      assertThat(fritura.next().getJsonObject("data").getJsonArray("lines"))
          .extracting(l -> l.asJsonObject().getString("item"))
          .containsExactly("Empanada de carne", "Empanada de pollo");
      assertThat(horno.next().getJsonObject("data").getJsonArray("lines"))
          .extracting(l -> l.asJsonObject().getString("item"))
          .containsExactly("Empanada caprese");
    }
  }

  @Test
  void consecutiveOrdersArriveWithIncreasingSequenceNumbers() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura")) {
      long first =
          api.placeOrder(Guests.unique("Dario"), line("Carne", 1, "fritura"))
              .getJsonNumber("sequence")
              .longValue();
      long second =
          api.placeOrder(Guests.unique("Elena"), line("Pollo", 1, "fritura"))
              .getJsonNumber("sequence")
              .longValue();

      assertThat(second).isEqualTo(first + 1);
      assertThat(fritura.next().getJsonNumber("sequence").longValue()).isEqualTo(first);
      assertThat(fritura.next().getJsonNumber("sequence").longValue()).isEqualTo(second);
    }
  }
}
