package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The three ways a crash can tear an acknowledged webhook from its queue message, each made on
 * purpose: an inbox row whose message never went out (recovered at start-up), a message whose row
 * never committed (dropped, not dead-lettered), and a partner redelivering an event left
 * unprocessed (queued again). The test domain sweeps only at start-up and re-queues a redelivered
 * event unprocessed for more than 5 s (see test-server.sh), so each path is tested on its own.
 */
@ExtendWith(ArquillianExtension.class)
class IntakeRecoveryIT {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithServerHelpers(IntakeProbe.class);
  }

  final KitchenApi api = new KitchenApi();
  final Partners partners = new Partners();
  @EmpanadaMenu static KitchenSetup menu;

  static String websiteOrder(String eventId, String guest) {
    return """
        {"eventId": "%s", "customerName": "%s", "fulfillment": "TAKEOUT",
         "lines": [{"item": "%s", "quantity": 2}]}"""
        .formatted(eventId, guest, menu.carne);
  }

  /** The state a crash between the inbox commit and the send leaves: a row and no message. */
  static void recordedButNeverQueued(String eventId, String payload, Duration ago) {
    assertThat(
            KitchenDatabase.update(
                "INSERT INTO partner_event (partner, event_id, event_type, partner_order_id,"
                    + " payload, received_at, status)"
                    + " VALUES ('website', ?, 'order', ?, ?, now() - ?::interval, 'RECEIVED')",
                eventId,
                eventId,
                payload,
                ago.toSeconds() + " seconds"))
        .isOne();
  }

  static String statusOf(String eventId) {
    return KitchenDatabase.text(
        "SELECT status FROM partner_event WHERE partner = 'website' AND event_id = ?", eventId);
  }

  @Test
  void anAcknowledgedEventWhoseMessageNeverWentOutIsPlacedOnceAfterTheServerRestarts()
      throws Exception {
    String eventId = "web-lost-" + UUID.randomUUID();
    String guest = Guests.unique("Perdida");
    recordedButNeverQueued(eventId, websiteOrder(eventId, guest), Duration.ZERO);

    TestServer.kill();
    TestServer.start();

    await("the start-up recovery queued it and it was placed")
        .atMost(PATIENCE)
        .until(() -> "PLACED".equals(statusOf(eventId)));
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
    assertThat(
            KitchenDatabase.number(
                "SELECT requeues FROM partner_event WHERE partner = 'website' AND event_id = ?",
                eventId))
        .isOne();
  }

  @Test
  void aMessageWhoseInboxRowNeverCommittedIsDroppedNotDeadLettered() throws Exception {
    long neverRecorded = 9_000_000_000L + (System.nanoTime() & 0xFFFFFF);
    Path log = Path.of(TestServer.property("ak.test.domain.dir"), "logs", "server.log");
    String dropped = "dropped an intake message for partner event " + neverRecorded + ",";

    HttpResponse<String> sent = api.post("it/intake/message?inboxId=" + neverRecorded, "");
    assertThat(sent.statusCode()).isEqualTo(204);

    await("the consumer dropped it")
        .atMost(PATIENCE)
        .until(() -> Files.readString(log).contains(dropped));
    assertThat(Files.readString(log).split(java.util.regex.Pattern.quote(dropped), -1))
        .as("taken once and acknowledged, never redelivered")
        .hasSize(2);
    assertThat(
            Json.array(api.get("api/partners/dead-letters").body()).getValuesAs(JsonObject.class))
        .noneSatisfy(d -> assertThat(d.toString()).contains(Long.toString(neverRecorded)));

    // The queue keeps flowing: the next order is placed.
    String eventId = "web-after-" + UUID.randomUUID();
    String guest = Guests.unique("Siguiente");
    assertThat(partners.website(websiteOrder(eventId, guest)).statusCode()).isEqualTo(202);
    await().atMost(PATIENCE).until(() -> "PLACED".equals(statusOf(eventId)));
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
  }

  @Test
  void aRedeliveredWebhookOfAnEventLeftUnprocessedIsQueuedAgainAndPlacedOnce() {
    String eventId = "web-retry-" + UUID.randomUUID();
    String guest = Guests.unique("Reintento");
    String order = websiteOrder(eventId, guest);
    recordedButNeverQueued(eventId, order, Duration.ofMinutes(1));

    HttpResponse<String> redelivery = partners.website(order);
    assertThat(redelivery.statusCode()).isEqualTo(202);

    await("queued again and placed")
        .atMost(PATIENCE)
        .until(() -> "PLACED".equals(statusOf(eventId)));
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();

    // Once handled, more redeliveries change nothing.
    assertThat(partners.website(order).statusCode()).isEqualTo(202);
    assertThat(partners.website(order).statusCode()).isEqualTo(202);
    assertThat(
            KitchenDatabase.number(
                "SELECT requeues FROM partner_event WHERE partner = 'website' AND event_id = ?",
                eventId))
        .isOne();
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
  }

  @Test
  void anEventStuckPastTheThresholdIsRaisedToTheManagersAndCanBeProcessedAgain() throws Exception {
    String eventId = "web-stuck-" + UUID.randomUUID();
    String guest = Guests.unique("Atascada");
    recordedButNeverQueued(eventId, websiteOrder(eventId, guest), Duration.ofMinutes(5));
    // Failed as often as the queue retries: recovery leaves it to the managers.
    KitchenDatabase.update(
        "UPDATE partner_event SET failures = 4, last_error = 'IOException: website down'"
            + " WHERE partner = 'website' AND event_id = ?",
        eventId);

    JsonObject stuck =
        Json.array(api.get("api/partners/stuck").body()).getValuesAs(JsonObject.class).stream()
            .filter(e -> e.getString("eventId").equals(eventId))
            .findFirst()
            .orElseThrow();
    assertThat(stuck.getString("lastError")).contains("website down");
    long id = stuck.getJsonNumber("id").longValue();

    try (Browser manager = Browser.start()) {
      manager.open("admin/partners.xhtml");
      assertThat(
              manager
                  .await(
                      ExpectedConditions.visibilityOfElementLocated(
                          By.cssSelector(".ak-stuck-alert")))
                  .getText())
          .as("the alert at the top of the page")
          .contains("received but not processed");
      manager
          .await(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Stuck (')]")))
          .click();
      By row =
          By.xpath("//tr[.//div[contains(@class, 'ak-code') and contains(., '" + eventId + "')]]");
      WebElement event = manager.await(ExpectedConditions.visibilityOfElementLocated(row));
      assertThat(event.getText()).contains("website down");
      manager.screenshot("partners-stuck-event");
      event.findElement(By.cssSelector(".ak-process-again")).click();
      manager.await(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-messages-info"), "Queued again"));
    }

    await().atMost(PATIENCE).until(() -> "PLACED".equals(statusOf(eventId)));
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
    assertThat(Json.array(api.get("api/partners/stuck").body()).getValuesAs(JsonObject.class))
        .noneSatisfy(e -> assertThat(e.getString("eventId")).isEqualTo(eventId));
    HttpResponse<String> handled = api.post("api/partners/events/" + id + "/process-again", "");
    assertThat(handled.statusCode()).as("handled meanwhile").isEqualTo(409);
  }
}
