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
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Bump lines and tickets, READY when every station is done, hand out, recall, cancel. */
class KitchenWorkflowIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void anOrderIsReadyWhenEveryStationBumpedAndCompletedWhenHandedOut() throws Exception {
    long orderId =
        api.placeOrder(
                Guests.unique("Flow"),
                line(menu.carne, 2),
                line(menu.carne, 1),
                line(menu.humita, 1))
            .getJsonNumber("orderId")
            .longValue();
    JsonObject fritura = api.ticket(orderId, "fritura");
    long frituraId = fritura.getJsonNumber("ticketId").longValue();
    long firstLine =
        fritura.getJsonArray("lines").getJsonObject(0).getJsonNumber("ticketLineId").longValue();
    long secondLine =
        fritura.getJsonArray("lines").getJsonObject(1).getJsonNumber("ticketLineId").longValue();
    long hornoId = api.ticket(orderId, "horno").getJsonNumber("ticketId").longValue();

    try (StationScreen screen = StationScreen.connect("fritura")) {
      JsonObject lineBump =
          ok(api.post("api/tickets/" + frituraId + "/lines/" + firstLine + "/bump"));
      assertThat(lineBump.getJsonObject("ticket").getString("status")).isEqualTo("OPEN");
      assertThat(screen.nextEvent().getString("type")).isEqualTo("LineBumped");

      JsonObject lastLine =
          ok(api.post("api/tickets/" + frituraId + "/lines/" + secondLine + "/bump"));
      assertThat(lastLine.getJsonObject("ticket").getString("status"))
          .as("bumping the last line bumps the ticket")
          .isEqualTo("BUMPED");
      assertThat(lastLine.getString("orderStatus")).isEqualTo("IN_KITCHEN");
      assertThat(screen.nextEvent().getString("type")).isEqualTo("LineBumped");
      assertThat(screen.nextEvent().getString("type")).isEqualTo("TicketBumped");
    }

    HttpResponse<String> early = api.post("api/orders/" + orderId + "/complete");
    assertThat(early.statusCode()).isEqualTo(409);
    assertThat(Json.object(early.body()).getString("message")).contains("it is IN_KITCHEN");

    JsonObject horno = ok(api.post("api/tickets/" + hornoId + "/bump"));
    assertThat(horno.getString("orderStatus")).isEqualTo("READY");
    JsonObject ready = api.order(orderId);
    assertThat(ready.getString("status")).isEqualTo("READY");
    assertThat(ready.getString("readyAt")).isNotBlank();

    ok(api.post("api/orders/" + orderId + "/complete"));
    JsonObject completed = api.order(orderId);
    assertThat(completed.getString("status")).isEqualTo("COMPLETED");
    assertThat(completed.getString("completedAt")).isNotBlank();
  }

  @Test
  void aRecallBringsTheTicketBackAndTheOrderBackToTheKitchen() throws Exception {
    long orderId =
        api.placeOrder(Guests.unique("Recall"), line(menu.carne, 1))
            .getJsonNumber("orderId")
            .longValue();
    long ticketId = api.ticket(orderId, "fritura").getJsonNumber("ticketId").longValue();
    assertThat(ok(api.post("api/tickets/" + ticketId + "/bump")).getString("orderStatus"))
        .isEqualTo("READY");

    try (StationScreen screen = StationScreen.connect("fritura")) {
      JsonObject recalled = ok(api.post("api/tickets/" + ticketId + "/recall"));

      assertThat(recalled.getJsonObject("ticket").getString("status")).isEqualTo("OPEN");
      assertThat(recalled.getString("orderStatus")).isEqualTo("IN_KITCHEN");
      JsonObject message = screen.nextEvent();
      assertThat(message.getString("type")).isEqualTo("TicketRecalled");
      assertThat(message.getJsonObject("data").getJsonObject("ticket").getString("status"))
          .isEqualTo("OPEN");
    }
    assertThat(api.order(orderId).getString("status")).isEqualTo("IN_KITCHEN");

    HttpResponse<String> again = api.post("api/tickets/" + ticketId + "/recall");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Json.object(again.body()).getString("message")).endsWith("it is open");
  }

  @Test
  void theKitchenSeesACancellationAndWhy() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura");
        StationScreen horno = StationScreen.connect("horno")) {
      JsonObject placed =
          api.placeOrder(Guests.unique("Void"), line(menu.carne, 1), line(menu.humita, 1));
      long orderId = placed.getJsonNumber("orderId").longValue();
      fritura.nextEvent();
      horno.nextEvent();

      JsonObject cancelled =
          ok(api.post("api/orders/" + orderId + "/cancel", "{\"reason\": \"wrong table\"}"));
      assertThat(cancelled.getString("status")).isEqualTo("CANCELLED");

      for (StationScreen screen : java.util.List.of(fritura, horno)) {
        JsonObject message = screen.nextEvent();
        assertThat(message.getString("type")).isEqualTo("OrderCancelled");
        assertThat(message.getJsonObject("data").getString("reason")).isEqualTo("wrong table");
        assertThat(message.getJsonObject("data").getString("orderNumber"))
            .isEqualTo(placed.getString("orderNumber"));
      }
    }
    HttpResponse<String> noReason = api.post("api/orders/1/cancel", "{\"reason\": \" \"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
  }

  static JsonObject ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.object(response.body());
  }
}
