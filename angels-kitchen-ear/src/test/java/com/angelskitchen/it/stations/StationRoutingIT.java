package com.angelskitchen.it.stations;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One order fans out into one ticket per station; rules apply to the next order at once. */
class StationRoutingIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void anOrderFansOutIntoOneTicketPerStationWithThatStationsLines() {
    long orderId =
        api.placeOrder(
                Guests.unique("Fan"),
                line(menu.carne, 2),
                line(menu.gaseosa, 1),
                line(menu.humita, 1),
                line(menu.carne, 1).note("sin sal"))
            .getJsonNumber("orderId")
            .longValue();

    JsonObject order = api.order(orderId);
    assertThat(
            order.getJsonArray("tickets").stream().map(t -> t.asJsonObject().getString("station")))
        .containsExactly("fritura", "horno", "mostrador");
    assertThat(lineNumbers(api.ticket(orderId, "fritura"))).containsExactly(1, 4);
    assertThat(lineNumbers(api.ticket(orderId, "horno"))).containsExactly(3);
    assertThat(lineNumbers(api.ticket(orderId, "mostrador"))).containsExactly(2);
  }

  @Test
  void aChangedRuleAppliesToTheNextOrderWithoutARestart() {
    long before = placeCarne();
    assertThat(stationsOf(before)).containsExactly("fritura");

    long ruleId = menu.rule("item", menu.carne, "horno");
    long routedToHorno = placeCarne();
    assertThat(stationsOf(routedToHorno))
        .as("the item rule wins over the category")
        .containsExactly("horno");
    assertThat(stationsOf(before))
        .as("placed orders keep their tickets")
        .containsExactly("fritura");

    menu.rule("item", menu.carne, "mostrador");
    assertThat(stationsOf(placeCarne()))
        .as("an item may go to several stations")
        .containsExactly("horno", "mostrador");

    HttpResponse<String> removed =
        api.send(
            HttpRequest.newBuilder(
                    com.angelskitchen.it.support.TestServer.http("api/routing-rules/" + ruleId))
                .DELETE()
                .build());
    assertThat(removed.statusCode()).isEqualTo(204);
    assertThat(stationsOf(placeCarne())).containsExactly("mostrador");
  }

  @Test
  void anItemNoRuleNamesGoesToTheDefaultStationAndNeverNowhere() {
    String stray = "stray-" + menu.suffix;
    api.send(put("api/menu/categories/otros-" + menu.suffix, "{\"name\": \"Otros\"}"));
    api.send(
        put(
            "api/menu/items/" + stray,
            "{\"name\": \"Alfajor\", \"price\": 900, \"category\": \"otros-"
                + menu.suffix
                + "\", \"prepMinutes\": 1}"));
    String guest = Guests.unique("Stray");

    try {
      HttpResponse<String> refused =
          api.post("api/orders", KitchenApi.order(guest, line(stray, 1)).json());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
      assertThat(Json.object(refused.body()).getString("message"))
          .isEqualTo(
              "no station prepares Alfajor: no routing rule names it or its category, and no default station is set");
      assertThat(KitchenDatabase.ordersOf(guest)).isZero();

      setDefault("mostrador", true);
      long orderId = api.placeOrder(guest, line(stray, 1)).getJsonNumber("orderId").longValue();
      assertThat(stationsOf(orderId)).containsExactly("mostrador");
    } finally {
      setDefault("mostrador", false);
    }
  }

  void setDefault(String station, boolean isDefault) {
    HttpResponse<String> response =
        api.send(
            put(
                "api/stations/" + station,
                "{\"name\": \"Mostrador\", \"sortOrder\": 3, \"default\": "
                    + isDefault
                    + ", \"warningAfterMinutes\": 5, \"lateAfterMinutes\": 8}"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(Json.object(response.body()).getBoolean("default")).isEqualTo(isDefault);
  }

  static HttpRequest put(String path, String json) {
    return HttpRequest.newBuilder(com.angelskitchen.it.support.TestServer.http(path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  long placeCarne() {
    return api.placeOrder(Guests.unique("Rule"), line(menu.carne, 1))
        .getJsonNumber("orderId")
        .longValue();
  }

  List<String> stationsOf(long orderId) {
    return api.order(orderId).getJsonArray("tickets").stream()
        .map(t -> t.asJsonObject().getString("station"))
        .toList();
  }

  static List<Integer> lineNumbers(JsonObject ticket) {
    return ticket.getJsonArray("lines").stream()
        .map(l -> l.asJsonObject().getInt("lineNumber"))
        .toList();
  }
}
