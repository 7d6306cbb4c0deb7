package com.angelskitchen.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A partner webhook → the JMS intake queue → the message-driven bean → an order and a push. */
@ExtendWith(ArquillianExtension.class)
class PartnerIntakeIT {

  static final String WEBHOOK = "partners/website/orders";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  final KitchenApi api = new KitchenApi();

  static KitchenSetup menu;

  @BeforeEach
  void menu() {
    if (menu == null) {
      menu = KitchenSetup.empanadaMenu(api);
    }
  }

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

      HttpResponse<String> ack = api.post(WEBHOOK, websiteOrder(eventId, guest, 6));

      assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
      assertThat(Json.object(ack.body()).getString("eventId")).isEqualTo(eventId);

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
      assertThat(Json.object(stored.body()).getString("customerName")).isEqualTo(guest);
    }
  }

  @Test
  void aWebhookThatIsNotAnOrderIsRefusedWithItsReason() {
    HttpResponse<String> notJson = api.post(WEBHOOK, "{\"eventId\": ");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(Json.object(notJson.body()).getString("message"))
        .isEqualTo("the body is not a website order in JSON");

    HttpResponse<String> noEventId = api.post(WEBHOOK, "{\"lines\": []}");
    assertThat(noEventId.statusCode()).isEqualTo(400);
    assertThat(Json.object(noEventId.body()).getString("message"))
        .startsWith("eventId is required");

    HttpResponse<String> badQuantity = api.post(WEBHOOK, websiteOrder("web-x", "Guest", 0));
    assertThat(badQuantity.statusCode()).isEqualTo(400);
    assertThat(Json.object(badQuantity.body()).getString("message")).contains("between 1 and 99");

    HttpResponse<String> notJsonType = api.post(WEBHOOK, "text/plain", "six empanadas");
    assertThat(notJsonType.statusCode()).isEqualTo(415);

    HttpResponse<String> huge = api.post(WEBHOOK, "{\"x\":\"" + "a".repeat(70_000) + "\"}");
    assertThat(huge.statusCode()).isEqualTo(413);
  }
}
