package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.ordering.HeldOrderProbe;
import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks are not ordered: a cancellation may arrive before the order it cancels (a retried
 * notification often comes after the cancel). For every partner the order is then recorded
 * cancelled, shown so on the partners page, never cooked, and never accepted with the partner. A
 * cancellation also reaches an order held for later before it fires, and one that waits for a
 * manager.
 */
@ExtendWith(ArquillianExtension.class)
class OutOfOrderPartnerIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithServerHelpers(HeldOrderProbe.class);
  }

  final KitchenApi api = new KitchenApi();
  final Partners partners = new Partners();
  @EmpanadaMenu static KitchenSetup menu;

  static String status(String partner, String eventId) {
    return KitchenDatabase.text(
        "SELECT status FROM partner_event WHERE partner = ? AND event_id = ?", partner, eventId);
  }

  static void awaitStatus(String partner, String eventId, String status) {
    await(partner + " event " + eventId + " " + status)
        .atMost(PATIENCE)
        .until(() -> status.equals(status(partner, eventId)));
  }

  /** The partners page's list of events (the API behind it) shows the event with its outcome. */
  JsonObject eventOnThePartnersPage(String eventId) {
    return Json.array(api.get("api/partners/events?max=500").body())
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(e -> e.toString().contains(eventId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void anUberEatsCancellationBeforeItsNotificationKeepsTheOrderFromTheKitchen() {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Arrepentida");
    partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 2).json());
    String cancelEvent = UUID.randomUUID().toString();
    String notifyEvent = UUID.randomUUID().toString();

    assertThat(partners.uberWebhook(Partners.uberCancel(cancelEvent, orderId)).statusCode())
        .isEqualTo(200);
    awaitStatus("ubereats", cancelEvent, "CANCELLED");
    assertThat(partners.uberWebhook(Partners.uberNotification(notifyEvent, orderId)).statusCode())
        .isEqualTo(200);
    awaitStatus("ubereats", notifyEvent, "CANCELLED");

    assertThat(KitchenDatabase.ordersOf(guest)).as("never cooked").isZero();
    assertThat(partners.callsTo("/v1/eats/orders/" + orderId)).as("never accepted").isEmpty();
    assertThat(eventOnThePartnersPage(notifyEvent).getString("outcome"))
        .contains("cancelled by the partner before the order arrived");
  }

  @Test
  void anUberEatsNotificationForAnOrderAlreadyCancelledThereIsNotCooked() {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Cancelada");
    partners.uberHolds(
        orderId, new UberOrder(orderId, guest).item(menu.carne, 1).state("CANCELED").json());
    String notifyEvent = UUID.randomUUID().toString();

    assertThat(partners.uberWebhook(Partners.uberNotification(notifyEvent, orderId)).statusCode())
        .isEqualTo(200);
    awaitStatus("ubereats", notifyEvent, "CANCELLED");

    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    assertThat(partners.callsTo("/v1/eats/orders/" + orderId)).isEmpty();
  }

  @Test
  void aDoorDashCancellationBeforeItsOrderKeepsTheOrderFromTheKitchen() {
    String orderId = UUID.randomUUID().toString();
    String guest = Guests.unique("Doorcancel");
    String cancellation =
        """
        {"external_order_id": "%s", "cancel_reason": "consumer cancelled"}"""
            .formatted(orderId);

    assertThat(partners.doordash("/cancellations", cancellation).statusCode()).isEqualTo(202);
    awaitStatus("doordash", orderId + ":OrderCancel", "CANCELLED");
    assertThat(
            partners
                .doordash(
                    "/orders", DoorDashPartnerIT.order(orderId, guest, menu.carne, menu.picante))
                .statusCode())
        .isEqualTo(202);
    awaitStatus("doordash", orderId + ":OrderCreate", "CANCELLED");

    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    assertThat(partners.callsTo(orderId)).as("no confirmation for a cancelled order").isEmpty();
  }

  @Test
  void aWebsiteCancellationBeforeItsOrderKeepsTheOrderFromTheKitchen() {
    String eventId = "web-" + UUID.randomUUID();
    String guest = Guests.unique("Webcancel");

    HttpResponse<String> cancel =
        partners.website(
            "/cancellations",
            "{\"eventId\": \"%s\", \"reason\": \"guest changed their mind\"}".formatted(eventId));
    assertThat(cancel.statusCode()).as(cancel.body()).isEqualTo(202);
    awaitStatus("website", eventId + ":cancel", "CANCELLED");
    assertThat(partners.website(websiteOrder(eventId, guest, null)).statusCode()).isEqualTo(202);
    awaitStatus("website", eventId, "CANCELLED");

    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    assertThat(eventOnThePartnersPage(eventId + ":cancel").getString("status"))
        .isEqualTo("CANCELLED");
  }

  @Test
  void aWebsiteCancellationWithoutAnEventIdIsRefusedAndStoresNothing() {
    HttpResponse<String> refused = partners.website("/cancellations", "{\"reason\": \"x\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Json.object(refused.body()).getString("message")).startsWith("eventId is required");
  }

  @Test
  void aCancellationReachesAHeldOrderBeforeItFires() {
    String eventId = "web-held-" + UUID.randomUUID();
    String guest = Guests.unique("Programada");
    OffsetDateTime pickup = OffsetDateTime.now(ZoneOffset.UTC).plusHours(3).withNano(0);
    assertThat(partners.website(websiteOrder(eventId, guest, pickup)).statusCode()).isEqualTo(202);
    awaitStatus("website", eventId, "PLACED");
    long orderId =
        KitchenDatabase.number("SELECT id FROM kitchen_order WHERE customer_name = ?", guest);
    assertThat(api.order(orderId).getString("status")).isEqualTo("HELD");

    assertThat(
            partners
                .website("/cancellations", "{\"eventId\": \"%s\"}".formatted(eventId))
                .statusCode())
        .isEqualTo(202);
    awaitStatus("website", eventId + ":cancel", "CANCELLED");
    assertThat(api.order(orderId).getString("status")).isEqualTo("CANCELLED");

    // Its fire time comes and goes: nothing reaches the kitchen.
    api.post("it/held-orders?asOf=" + pickup.plusHours(1).toInstant(), "");
    assertThat(api.order(orderId).getString("status")).isEqualTo("CANCELLED");
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM kitchen_ticket WHERE order_id = ? AND status <> 'CANCELLED'",
                orderId))
        .isZero();
  }

  static String websiteOrder(String eventId, String guest, OffsetDateTime pickupAt) {
    return """
        {"eventId": "%s", "customerName": "%s", "fulfillment": "TAKEOUT", %s
         "lines": [{"item": "%s", "quantity": 3}]}"""
        .formatted(
            eventId,
            guest,
            pickupAt == null ? "" : "\"pickupAt\": \"" + pickupAt + "\",",
            menu.carne);
  }
}
