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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Messages that keep failing: an intake event whose order Uber Eats cannot produce yet is retried,
 * dead-lettered with its error, and replayed into exactly one order once the cause is gone; a call
 * to a partner that fails is retried with backoff, and dead-lettered when it keeps failing.
 */
class PartnerDeadLetterIT extends EarTestBase {

  static final Duration PATIENCE = Duration.ofSeconds(60);

  final Partners partners = new Partners();
  @EmpanadaMenu static KitchenSetup menu;

  @Test
  void aPoisonEventIsDeadLetteredWithItsErrorThenReplayedIntoExactlyOneOrder() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Poison");
    // Uber notifies of an order its API does not serve (404): every attempt fails.
    assertThat(
            partners
                .uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId))
                .statusCode())
        .isEqualTo(200);

    JsonObject dead =
        await("the event is dead-lettered after its redeliveries, with its error")
            .atMost(PATIENCE)
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> deadLetter(orderId),
                d -> d.isPresent() && d.get().getString("error", "").contains("404"))
            .orElseThrow();
    assertThat(dead.getString("partner")).isEqualTo("ubereats");
    assertThat(dead.getString("queue")).isEqualTo("AK_OrderIntake");
    assertThat(dead.getInt("deliveries")).as("delivered, then redelivered").isGreaterThan(1);
    assertThat(dead.getString("error")).contains("could not be fetched").contains("404");
    assertThat(KitchenDatabase.ordersOf(guest)).isZero();
    assertThat(partners.callsTo("/v2/eats/order/" + orderId).size()).isGreaterThan(1);

    // The cause is fixed (the order is there now); a manager replays it from the partners page.
    partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 2).json());
    String messageId = dead.getString("messageId");
    try (Browser manager = Browser.start()) {
      manager.open("admin/partners.xhtml");
      manager
          .await(
              ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(., 'Dead letters')]")))
          .click();
      By row =
          By.xpath(
              "//tr[.//span[contains(@class, 'ak-dead-what') and contains(., '" + orderId + "')]]");
      WebElement letter = manager.await(ExpectedConditions.visibilityOfElementLocated(row));
      assertThat(letter.findElement(By.cssSelector(".ak-dead-error")).getText())
          .as("the manager sees the error")
          .contains("404");
      manager.screenshot("partners-dead-letter");
      letter.findElement(By.cssSelector(".ak-replay")).click();
      manager.await(
          ExpectedConditions.textToBePresentInElementLocated(
              By.cssSelector(".ui-messages-info"), "Replayed"));
      manager.screenshot("partners-dead-letter-replayed");
    }

    await("the replayed event becomes an order")
        .atMost(PATIENCE)
        .until(() -> KitchenDatabase.ordersOf(guest) == 1);
    assertThat(deadLetter(orderId)).as("no longer dead").isEmpty();
    assertThat(api.post("api/partners/dead-letters/" + encode(messageId) + "/replay").statusCode())
        .as("a second replay finds nothing")
        .isEqualTo(404);
    await("accepted once")
        .atMost(PATIENCE)
        .until(
            () -> partners.callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order").size() == 1);
    assertThat(KitchenDatabase.ordersOf(guest)).isOne();
  }

  @Test
  void aFailingCallIsRetriedWithBackoffAndRecordedAttemptByAttempt() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Retry");
    partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 1).json());
    String accept = "/v1/eats/orders/" + orderId + "/accept_pos_order";
    partners.failNext(accept, 2, 503);

    partners.uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId));

    await("accepted at the third attempt")
        .atMost(PATIENCE)
        .until(() -> partners.callsTo(accept).stream().anyMatch(c -> c.getInt("status") == 204));
    List<JsonObject> calls = partners.callsTo(accept);
    assertThat(calls).extracting(c -> c.getInt("status")).containsExactly(503, 503, 204);
    long kitchenOrder =
        KitchenDatabase.number("SELECT max(id) FROM kitchen_order WHERE customer_name = ?", guest);
    assertThat(
            Json.array(api.get("api/partners/calls?orderId=" + kitchenOrder).body())
                .getValuesAs(JsonObject.class))
        .extracting(
            c ->
                c.getInt("attempt")
                    + ":"
                    + c.getInt("httpStatus")
                    + ":"
                    + c.getBoolean("succeeded"))
        .containsExactly("1:503:false", "2:503:false", "3:204:true");
  }

  @Test
  void aCallThatKeepsFailingIsDeadLetteredWithTheLastAnswer() throws Exception {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Dead call");
    partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 1).json());
    String accept = "/v1/eats/orders/" + orderId + "/accept_pos_order";
    partners.failNext(accept, 100, 500);

    partners.uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId));

    JsonObject dead =
        await("the call is dead-lettered")
            .atMost(PATIENCE)
            .until(() -> deadLetter(orderId), Optional::isPresent)
            .orElseThrow();
    assertThat(dead.getString("queue")).isEqualTo("AK_PartnerStatus");
    assertThat(dead.getString("what")).startsWith("ACCEPT order");
    assertThat(dead.getString("error")).startsWith("HTTP 500");
    assertThat(partners.callsTo(accept)).as("the test server allows 4 attempts").hasSize(4);
    assertThat(KitchenDatabase.ordersOf(guest)).as("the order itself stands").isOne();
  }

  Optional<JsonObject> deadLetter(String partnerOrderId) {
    var listing = api.get("api/partners/dead-letters");
    assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
    return Json.array(listing.body()).getValuesAs(JsonObject.class).stream()
        .filter(d -> d.getString("what").contains(partnerOrderId))
        .findFirst();
  }

  private static String encode(String messageId) {
    return URLEncoder.encode(messageId, StandardCharsets.UTF_8);
  }
}
