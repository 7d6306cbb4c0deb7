package com.angelskitchen.it.stations;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The expo moves a ticket to another station: the same ticket, whole, leaves one screen and reaches
 * the other, beside the order's own ticket there; what is no longer open does not move.
 */
class TicketMoveIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void aMovedTicketLeavesItsStationAndReachesTheOtherWhole() throws Exception {
    long orderId =
        api.placeOrder(Guests.unique("Move"), line(menu.carne, 2), line(menu.humita, 1))
            .getJsonNumber("orderId")
            .longValue();
    JsonObject fritura = api.ticket(orderId, "fritura");
    long ticketId = fritura.getJsonNumber("ticketId").longValue();
    long hornoId = api.ticket(orderId, "horno").getJsonNumber("ticketId").longValue();
    assertThat(fritura.getJsonArray("lines").getJsonObject(0).getInt("prepMinutes"))
        .as("the item's prep time target")
        .isEqualTo(8);

    try (StationScreen from = StationScreen.connect("fritura");
        StationScreen to = StationScreen.connect("horno");
        StationScreen expo = StationScreen.connect("expo")) {
      JsonObject moved =
          ok(api.post("api/tickets/" + ticketId + "/move", "{\"station\": \"horno\"}"));

      assertThat(moved.getString("orderStatus")).isEqualTo("IN_KITCHEN");
      assertThat(moved.getJsonObject("ticket").getString("station")).isEqualTo("horno");
      assertThat(moved.getJsonObject("ticket").getJsonArray("lines"))
          .isEqualTo(fritura.getJsonArray("lines"));
      for (StationScreen screen : List.of(from, to, expo)) {
        JsonObject data = movedOf(screen, ticketId).getJsonObject("data");
        assertThat(data.getString("fromStation")).isEqualTo("fritura");
        assertThat(data.getString("orderStatus")).isEqualTo("IN_KITCHEN");
        assertThat(data.getJsonObject("ticket").getString("station")).isEqualTo("horno");
        assertThat(data.getJsonObject("order").getJsonNumber("orderId").longValue())
            .isEqualTo(orderId);
      }
    }

    assertThat(openAt("fritura")).doesNotContain(ticketId);
    assertThat(openAt("horno"))
        .as("its own ticket, beside the order's")
        .contains(ticketId, hornoId);
    assertThat(ok(api.post("api/tickets/" + ticketId + "/bump")).getString("orderStatus"))
        .isEqualTo("IN_KITCHEN");
    assertThat(ok(api.post("api/tickets/" + hornoId + "/bump")).getString("orderStatus"))
        .isEqualTo("READY");
  }

  @Test
  void whatCannotMoveIsRefused() throws Exception {
    long orderId =
        api.placeOrder(Guests.unique("NoMove"), line(menu.carne, 1))
            .getJsonNumber("orderId")
            .longValue();
    long ticketId = api.ticket(orderId, "fritura").getJsonNumber("ticketId").longValue();
    String move = "api/tickets/" + ticketId + "/move";

    assertRefused(api.post(move, "{}"), 400, "stations.move-station-missing");
    assertRefused(api.post(move, "{\"station\": \"fritura\"}"), 400, "stations.move-same-station");
    assertRefused(api.post(move, "{\"station\": \"nowhere\"}"), 404, "stations.station-not-found");
    assertRefused(
        api.post("api/tickets/999999999/move", "{\"station\": \"horno\"}"),
        404,
        "stations.ticket-not-found");
    ok(api.post("api/tickets/" + ticketId + "/bump"));
    assertRefused(api.post(move, "{\"station\": \"horno\"}"), 409, "stations.cannot-move");
  }

  /** The TicketMoved of this ticket, skipping what other orders brought the screen meanwhile. */
  static JsonObject movedOf(StationScreen screen, long ticketId) throws InterruptedException {
    while (true) {
      JsonObject message = screen.nextEvent();
      if (message.getString("type").equals("TicketMoved")
          && message
                  .getJsonObject("data")
                  .getJsonObject("ticket")
                  .getJsonNumber("ticketId")
                  .longValue()
              == ticketId) {
        return message;
      }
    }
  }

  List<Long> openAt(String station) {
    HttpResponse<String> response = api.get("api/tickets?station=" + station);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.array(response.body()).stream()
        .map(JsonValue::asJsonObject)
        .map(t -> t.getJsonNumber("ticketId").longValue())
        .toList();
  }

  static void assertRefused(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(Json.object(response.body()).getString("code")).isEqualTo(code);
  }

  static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.object(response.body());
  }
}
