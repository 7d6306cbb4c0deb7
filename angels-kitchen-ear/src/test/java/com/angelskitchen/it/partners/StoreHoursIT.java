package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import com.angelskitchen.it.support.PosPage;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Store hours with a holiday: while the store is closed, a partner order is denied as "store
 * closed", Uber Eats hears the holiday hours and the POS warns (it still takes walk-ins); with the
 * hours removed, the same partner order is placed. Every other test expects no hours (always open):
 * they are removed after each test.
 */
class StoreHoursIT extends EarTestBase {

  private static final Duration PARTNERS = Duration.ofSeconds(30);

  @EmpanadaMenu KitchenSetup menu;

  private final Partners partners = new Partners();

  @AfterEach
  void alwaysOpenAgain() {
    HttpResponse<String> cleared = api.put("api/store/hours", "{\"week\": {}, \"exceptions\": []}");
    assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
  }

  private String websiteOrder(String eventId, String guest) {
    return """
        {"eventId": "%s", "customerName": "%s", "fulfillment": "DELIVERY",
         "lines": [{"item": "%s", "quantity": 2}]}
        """
        .formatted(eventId, guest, menu.carne);
  }

  private boolean websiteHeard(String eventId, String status) {
    return partners.callsTo("/website/status").stream()
        .map(c -> c.getString("body"))
        .anyMatch(b -> b.contains(eventId) && b.contains("\"" + status + "\""));
  }

  @Test
  void closedForAHolidayAPartnerOrderIsDeniedAndThePosWarnsThenOpenAgainItIsPlaced()
      throws Exception {
    JsonObject before = Json.object(api.get("api/store/hours").body());
    assertThat(before.getBoolean("openNow")).as("no hours: always open").isTrue();
    // Closed yesterday, today and tomorrow in the store's zone: now is closed, whatever the time.
    LocalDate today = LocalDate.now(ZoneId.of(before.getString("timeZone")));
    HttpResponse<String> closed =
        api.put(
            "api/store/hours",
            """
            {"week": {"MONDAY": [{"opens": "11:00", "closes": "15:00"}],
                      "FRIDAY": [{"opens": "20:00", "closes": "02:00"}]},
             "exceptions": [{"date": "%s", "ranges": []}, {"date": "%s"}, {"date": "%s"}]}
            """
                .formatted(today.minusDays(1), today, today.plusDays(1)));
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    JsonObject hours = Json.object(closed.body());
    assertThat(hours.getBoolean("openNow")).isFalse();
    assertThat(
            hours.getJsonObject("week").getJsonArray("FRIDAY").getJsonObject(0).getString("closes"))
        .isEqualTo("02:00");
    assertThat(hours.getJsonArray("exceptions")).hasSize(3);

    await("Uber Eats hears the holiday hours")
        .atMost(PARTNERS)
        .until(
            () ->
                partners.callsTo("/holiday-hours").stream()
                    .anyMatch(c -> c.getString("body").contains("\"" + today + "\"")));

    String denied = "hours-" + UUID.randomUUID();
    String guest = Guests.unique("Feriado");
    HttpResponse<String> ack = partners.website(websiteOrder(denied, guest));
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(202);
    await("the website hears the order is denied")
        .atMost(PARTNERS)
        .until(() -> websiteHeard(denied, "DENY"));
    assertThat(
            partners.callsTo("/website/status").stream()
                .map(c -> c.getString("body"))
                .filter(b -> b.contains(denied)))
        .anyMatch(b -> b.contains("outside the store's hours"));
    assertThat(KitchenDatabase.ordersOf(guest)).as("not cooked").isZero();

    try (PosPage pos = PosPage.open()) {
      pos.browser().await(ExpectedConditions.visibilityOfElementLocated(By.id("outside-hours")));
      assertThat(pos.browser().driver().findElement(By.id("outside-hours")).getText())
          .containsAnyOf("Fuera de horario", "Outside store hours");
      pos.screenshot("pos-outside-hours");
      // Only a warning: the cashier still takes a walk-in.
      assertThat(pos.itemButton(menu.carne).isEnabled()).isTrue();
    }

    HttpResponse<String> open = api.put("api/store/hours", "{\"week\": {}, \"exceptions\": []}");
    assertThat(open.statusCode()).as(open.body()).isEqualTo(200);
    assertThat(Json.object(open.body()).getBoolean("openNow")).isTrue();

    String accepted = "hours-" + UUID.randomUUID();
    String openGuest = Guests.unique("Abierto");
    partners.website(websiteOrder(accepted, openGuest));
    await("the website hears the order is accepted")
        .atMost(PARTNERS)
        .until(() -> websiteHeard(accepted, "ACCEPT"));
    assertThat(KitchenDatabase.ordersOf(openGuest)).isEqualTo(1);

    try (PosPage pos = PosPage.open()) {
      pos.browser().await(d -> pos.itemButton(menu.carne).isEnabled());
      assertThat(pos.browser().driver().findElements(By.id("outside-hours"))).isEmpty();
    }
  }

  @Test
  void hoursAreValidatedAtTheBoundary() {
    HttpResponse<String> overlap =
        api.put(
            "api/store/hours",
            """
            {"week": {"TUESDAY": [{"opens": "11:00", "closes": "15:00"},
                                  {"opens": "14:00", "closes": "18:00"}]}}
            """);
    assertThat(overlap.statusCode()).as(overlap.body()).isEqualTo(400);
    assertThat(Json.object(overlap.body()).getString("code")).isEqualTo("hours.overlap");

    HttpResponse<String> badTime =
        api.put(
            "api/store/hours",
            "{\"week\": {\"TUESDAY\": [{\"opens\": \"25:00\", \"closes\": \"15:00\"}]}}");
    assertThat(badTime.statusCode()).isEqualTo(400);
    assertThat(Json.object(badTime.body()).getString("code")).isEqualTo("hours.bad-time");

    HttpResponse<String> badDay =
        api.put(
            "api/store/hours",
            "{\"week\": {\"JUEVES\": [{\"opens\": \"11:00\", \"closes\": \"15:00\"}]}}");
    assertThat(badDay.statusCode()).isEqualTo(400);
    assertThat(Json.object(badDay.body()).getString("code")).isEqualTo("hours.bad-day");

    HttpResponse<String> twice =
        api.put(
            "api/store/hours",
            "{\"exceptions\": [{\"date\": \"2030-12-25\"}, {\"date\": \"2030-12-25\"}]}");
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(Json.object(twice.body()).getString("code")).isEqualTo("hours.duplicate-date");

    assertThat(Json.object(api.get("api/store/hours").body()).getBoolean("openNow"))
        .as("nothing refused was kept")
        .isTrue();
  }
}
