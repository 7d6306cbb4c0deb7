package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A store that accepts partner orders by hand: a new order waits on the partners page, is placed
 * and confirmed when a manager accepts it, denied with the manager's reason when declined, and
 * declined by itself when nobody answers in time (45 s on the test server).
 */
class ManualAcceptanceIT extends EarTestBase {

  static final Duration PATIENCE = Duration.ofSeconds(90);

  final Partners partners = new Partners();
  @EmpanadaMenu static KitchenSetup menu;

  @BeforeEach
  void acceptByHand() {
    assertThat(store("{\"acceptManually\": true}").getBoolean("acceptManually")).isTrue();
  }

  @AfterEach
  void acceptAutomatically() {
    assertThat(store("{\"acceptManually\": false}").getBoolean("acceptManually")).isFalse();
  }

  @Test
  void anOrderWaitsForAManagerWhoAcceptsItOnThePartnersPage() throws Exception {
    String orderId = UUID.randomUUID().toString();
    String guest = Guests.unique("Espera");
    assertThat(
            partners
                .doordash(
                    "/orders", DoorDashPartnerIT.order(orderId, guest, menu.carne, menu.picante))
                .statusCode())
        .isEqualTo(202);

    long eventId = awaitWaiting(orderId);
    assertThat(KitchenDatabase.ordersOf(guest)).as("not placed before it is accepted").isZero();
    assertThat(partners.callsTo("/marketplace/api/v1/orders/" + orderId))
        .as("DoorDash not told yet")
        .isEmpty();

    try (Browser manager = Browser.start()) {
      manager.open("admin/partners.xhtml");
      By row = By.xpath("//tr[.//td[contains(., '" + guest + "')]]");
      WebElement waiting = manager.await(ExpectedConditions.visibilityOfElementLocated(row));
      assertThat(waiting.getText()).contains("4× Empanada", "doordash");
      manager.screenshot("partners-waiting");
      waiting.findElement(By.cssSelector(".ak-accept")).click();
      manager.await(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-messages-info"), "Accepted"));
    }

    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
    JsonObject confirm =
        await("DoorDash hears the order was confirmed")
            .atMost(PATIENCE)
            .until(
                () -> partners.callsTo("/marketplace/api/v1/orders/" + orderId), c -> !c.isEmpty())
            .get(0);
    assertThat(Json.object(confirm.getString("body")).getString("order_status"))
        .isEqualTo("success");
    assertThat(api.post("api/partners/waiting/" + eventId + "/accept").statusCode())
        .as("accepting twice is refused")
        .isEqualTo(409);
  }

  @Test
  void aDeclinedOrderIsDeniedWithTheManagersReasonAndAnUnansweredOneInTime() throws Exception {
    String declinedId = UUID.randomUUID().toString();
    String forgottenId = UUID.randomUUID().toString();
    String guest = Guests.unique("Rechazo");
    partners.doordash(
        "/orders", DoorDashPartnerIT.order(declinedId, guest, menu.carne, menu.picante));
    partners.doordash(
        "/orders", DoorDashPartnerIT.order(forgottenId, guest, menu.carne, menu.picante));
    long declined = awaitWaiting(declinedId);
    awaitWaiting(forgottenId);

    HttpResponse<String> noReason = api.post("api/partners/waiting/" + declined + "/decline", "{}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    HttpResponse<String> decline =
        api.post(
            "api/partners/waiting/" + declined + "/decline",
            "{\"reason\": \"Sin masa hasta las 21\"}");
    assertThat(decline.statusCode()).as(decline.body()).isEqualTo(200);
    assertThat(Json.object(decline.body()).getString("status")).isEqualTo("DENIED");

    for (String orderId : List.of(declinedId, forgottenId)) {
      JsonObject fail =
          await("DoorDash hears " + orderId + " failed")
              .atMost(PATIENCE)
              .until(
                  () -> partners.callsTo("/marketplace/api/v1/orders/" + orderId),
                  c -> !c.isEmpty())
              .get(0);
      assertThat(Json.object(fail.getString("body")).getString("order_status")).isEqualTo("fail");
      assertThat(Json.object(fail.getString("body")).getString("failure_reason"))
          .isEqualTo(
              orderId.equals(declinedId) ? "Sin masa hasta las 21" : "not accepted in time (45 s)");
    }
    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
  }

  @Test
  void aCancellationForAnOrderWaitingForAManagerCancelsItThere() {
    String orderId = UUID.randomUUID().toString();
    String guest = Guests.unique("Espera-cancelada");
    partners.doordash("/orders", DoorDashPartnerIT.order(orderId, guest, menu.carne, menu.picante));
    long eventId = awaitWaiting(orderId);

    assertThat(
            partners
                .doordash(
                    "/cancellations",
                    "{\"external_order_id\": \"%s\", \"cancel_reason\": \"guest\"}"
                        .formatted(orderId))
                .statusCode())
        .isEqualTo(202);
    await("the waiting order is cancelled")
        .atMost(PATIENCE)
        .until(
            () -> KitchenDatabase.text("SELECT status FROM partner_event WHERE id = ?", eventId),
            "CANCELLED"::equals);

    assertThat(api.post("api/partners/waiting/" + eventId + "/accept").statusCode())
        .as("nothing left to accept")
        .isEqualTo(409);
    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    assertThat(partners.callsTo("/marketplace/api/v1/orders/" + orderId))
        .as("DoorDash is not asked to confirm a cancelled order")
        .isEmpty();
  }

  private long awaitWaiting(String partnerOrderId) {
    return await("the order waits for a manager")
        .atMost(PATIENCE)
        .until(
            () ->
                KitchenDatabase.number(
                    "SELECT coalesce(max(id), 0) FROM partner_event WHERE partner_order_id = ?"
                        + " AND status = 'WAITING'",
                    partnerOrderId),
            id -> id > 0);
  }

  private JsonObject store(String json) {
    HttpResponse<String> response = api.put("api/partners/store", json);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.object(response.body());
  }
}
