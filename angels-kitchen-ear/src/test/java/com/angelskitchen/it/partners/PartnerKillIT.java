package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import com.angelskitchen.it.support.TestServer;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The server dies (kill -9) after it acknowledged a webhook and before the order was placed: after
 * the restart the order exists exactly once. The test holds a lock that the intake needs to place
 * the order, so the kill lands precisely in that window.
 */
class PartnerKillIT extends EarTestBase {

  @Test
  void anAcknowledgedWebhookBecomesExactlyOneOrderAfterTheServerWasKilled() throws Exception {
    Partners partners = new Partners();
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Killed");
    partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 3).json());

    try (Connection lock = TestServer.database()) {
      lock.setAutoCommit(false);
      try (Statement statement = lock.createStatement()) {
        // The intake links every placed partner order here: it waits on this lock.
        statement.execute("LOCK TABLE partner_order IN ACCESS EXCLUSIVE MODE");
      }
      assertThat(
              partners
                  .uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId))
                  .statusCode())
          .as("acknowledged")
          .isEqualTo(200);
      await("the intake is waiting on the lock, the order not yet placed")
          .atMost(Duration.ofSeconds(30))
          .until(
              () ->
                  KitchenDatabase.number(
                          "SELECT count(*) FROM pg_locks WHERE relation = 'partner_order'::regclass AND NOT granted")
                      > 0);

      TestServer.kill();
      lock.rollback();
    }
    TestServer.start();

    await("the order is placed after the restart")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> KitchenDatabase.ordersOf(guest) == 1);
    await("and accepted once")
        .atMost(Duration.ofMinutes(1))
        .until(
            () -> partners.callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order").size() == 1);
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM partner_event WHERE partner_order_id = ? AND status = 'PLACED'",
                orderId))
        .isOne();
  }
}
