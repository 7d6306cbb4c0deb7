package com.angelskitchen.it.ordering;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The hold lives in the database: a server restart between placing and firing loses nothing. */
class HeldOrderRestartIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void aHeldOrderFiresOnceAfterTheServerRestarted() throws Exception {
    // Due in 40 seconds: during or just after the restart.
    OffsetDateTime pickup = OffsetDateTime.now().plusMinutes(12).plusSeconds(40);
    JsonObject placed =
        api.place(order(Guests.unique("Restart"), line(menu.humita, 2)).pickupAt(pickup));
    long orderId = placed.getJsonNumber("orderId").longValue();
    assertThat(placed.getString("status")).isEqualTo("HELD");

    TestServer.restart();

    await("the held order fires after the restart")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> api.order(orderId).getString("status").equals("IN_KITCHEN"));
    JsonObject fired = api.order(orderId);
    assertThat(OffsetDateTime.parse(fired.getString("firedAt")))
        .isAfterOrEqualTo(OffsetDateTime.parse(fired.getString("fireAt")));
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM kitchen_log WHERE order_id = ? AND event_type = 'OrderFired'",
                orderId))
        .isEqualTo(1);
    assertThat(api.ticket(orderId, "horno").getString("status")).isEqualTo("OPEN");
  }
}
