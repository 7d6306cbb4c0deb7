package com.angelskitchen.it.ordering;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An order for a later pickup is held, and fired to the stations at the pickup time minus the
 * longest prep time of its lines (carne 8 min, humita 12 min: 12 minutes before pickup).
 */
@ExtendWith(ArquillianExtension.class)
class HeldOrderIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithServerHelpers(HeldOrderProbe.class);
  }

  final KitchenApi api = new KitchenApi();
  @EmpanadaMenu KitchenSetup menu;

  @Test
  void aScheduledOrderIsHeldUntilItsFireTimeThenFiredOnce() throws Exception {
    OffsetDateTime pickup = OffsetDateTime.now().plusHours(3).withNano(0);
    OffsetDateTime fireAt = pickup.minusMinutes(12);

    try (StationScreen horno = StationScreen.connect("horno")) {
      JsonObject placed =
          api.place(
              order(Guests.unique("Later"), line(menu.carne, 6), line(menu.humita, 6))
                  .pickupAt(pickup));
      long orderId = placed.getJsonNumber("orderId").longValue();

      assertThat(placed.getString("status")).isEqualTo("HELD");
      assertThat(OffsetDateTime.parse(placed.getString("fireAt"))).isEqualTo(fireAt);
      assertThat(api.ticket(orderId, "horno").getString("status")).isEqualTo("HELD");

      fireAsOf(fireAt.minusSeconds(1));
      assertThat(api.order(orderId).getString("status")).as("not yet").isEqualTo("HELD");

      fireAsOf(fireAt);
      JsonObject fired = api.order(orderId);
      assertThat(fired.getString("status")).isEqualTo("IN_KITCHEN");
      assertThat(OffsetDateTime.parse(fired.getString("firedAt"))).isEqualTo(fireAt);
      assertThat(api.ticket(orderId, "horno").getString("status")).isEqualTo("OPEN");

      // The station heard nothing while the order was held; now it gets the fired ticket.
      JsonObject message = horno.nextEvent();
      assertThat(message.getString("type")).isEqualTo("OrderFired");
      assertThat(
              message
                  .getJsonObject("data")
                  .getJsonObject("order")
                  .getJsonNumber("orderId")
                  .longValue())
          .isEqualTo(orderId);
      assertThat(message.getJsonObject("data").getJsonObject("ticket").getString("status"))
          .isEqualTo("OPEN");

      fireAsOf(fireAt.plusMinutes(5));
      assertThat(firings(orderId)).as("fired exactly once").isEqualTo(1);
    }
  }

  @Test
  void theAlarmFiresAHeldOrderOnItsOwnWhenItsTimeComes() {
    OffsetDateTime pickup = OffsetDateTime.now().plusMinutes(12).plusSeconds(4);

    JsonObject placed =
        api.place(order(Guests.unique("Soon"), line(menu.humita, 1)).pickupAt(pickup));
    long orderId = placed.getJsonNumber("orderId").longValue();
    assertThat(placed.getString("status")).isEqualTo("HELD");

    await("the alarm fires the order")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> api.order(orderId).getString("status").equals("IN_KITCHEN"));
    JsonObject fired = api.order(orderId);
    assertThat(OffsetDateTime.parse(fired.getString("firedAt")))
        .isAfterOrEqualTo(OffsetDateTime.parse(fired.getString("fireAt")));
    assertThat(firings(orderId)).isEqualTo(1);
  }

  @Test
  void aPickupTimeInThePastFiresAtOnce() {
    JsonObject placed =
        api.place(
            order(Guests.unique("Late"), line(menu.carne, 1))
                .pickupAt(OffsetDateTime.now().minusMinutes(5)));
    assertThat(placed.getString("status")).isEqualTo("IN_KITCHEN");
  }

  void fireAsOf(OffsetDateTime asOf) {
    HttpResponse<String> response = api.post("it/held-orders?asOf=" + asOf.toInstant(), "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Json.object(response.body());
  }

  static long firings(long orderId) {
    return KitchenDatabase.number(
        "SELECT count(*) FROM kitchen_log WHERE order_id = ? AND event_type = 'OrderFired'",
        orderId);
  }
}
