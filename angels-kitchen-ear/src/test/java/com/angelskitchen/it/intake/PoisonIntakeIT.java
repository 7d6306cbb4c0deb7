package com.angelskitchen.it.intake;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A message that the intake consumer cannot turn into an order is redelivered, then moved to the
 * dead message queue, and leaves neither a row nor a push behind.
 */
@ExtendWith(ArquillianExtension.class)
class PoisonIntakeIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithServerHelpers(IntakeProbe.class);
  }

  final KitchenApi api = new KitchenApi();
  KitchenSetup menu;

  @BeforeEach
  void menu() {
    menu = KitchenSetup.empanadaMenu(api);
  }

  @Test
  void aFailingMessageIsRetriedThenDeadLetteredWithoutARowOrAPush() throws Exception {
    try (StationScreen fritura = StationScreen.connect("fritura")) {
      String eventId = "poison-" + UUID.randomUUID();
      String guest = Guests.unique("Poison");
      // Well-formed JSON that no kitchen can make: the consumer's transaction fails every time.
      String payload =
          """
          {"eventId": "%s", "customerName": "%s", "lines": [{"item": "%s", "quantity": 0}]}
          """
              .formatted(eventId, guest, menu.carne);

      HttpResponse<String> enqueued =
          api.post("it/intake-probe?partner=website&eventId=" + eventId, payload);
      assertThat(enqueued.statusCode()).isEqualTo(202);

      JsonObject dead =
          await()
              .atMost(Duration.ofSeconds(60))
              .pollInterval(Duration.ofMillis(250))
              .until(() -> deadLetter(eventId), Optional::isPresent)
              .orElseThrow();
      assertThat(dead.getString("partner")).isEqualTo("website");
      assertThat(dead.getInt("deliveryCount")).as("delivered, then redelivered").isGreaterThan(1);
      assertThat(dead.getString("body")).isEqualTo(payload);

      assertThat(KitchenDatabase.ordersOf(guest)).isZero();
      // No push either: the next message on the screen is an order placed after the poison died.
      JsonObject after = api.placeOrder(Guests.unique("After"), line(menu.carne, 1));
      assertThat(
              fritura
                  .nextEvent()
                  .getJsonObject("data")
                  .getJsonObject("order")
                  .getJsonNumber("orderId")
                  .longValue())
          .isEqualTo(after.getJsonNumber("orderId").longValue());
    }
  }

  Optional<JsonObject> deadLetter(String eventId) {
    HttpResponse<String> listing = api.get("it/intake-probe");
    assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
    return Json.array(listing.body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("partnerEventId").equals(eventId))
        .findFirst();
  }
}
