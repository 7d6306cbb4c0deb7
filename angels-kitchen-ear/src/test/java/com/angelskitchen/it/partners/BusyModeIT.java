package com.angelskitchen.it.partners;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Busy mode switching by itself: a burst of orders takes the open tickets to the threshold, busy
 * mode switches on and both partners are told to pause; the orders are cancelled, the kitchen is
 * calm again, busy mode switches off and both partners are told to take orders again. A manager's
 * switch is never undone by the thresholds. Other tests leave open tickets on the shared server, so
 * the threshold is set a few tickets above what is open now.
 */
class BusyModeIT extends EarTestBase {

  /** The evaluation runs after each commit and every 5 s; partner calls are queued and retried. */
  private static final Duration SWITCH = Duration.ofSeconds(30);

  private static final int BURST = 3;

  @EmpanadaMenu KitchenSetup menu;

  private final Partners partners = new Partners();

  private JsonObject busy() {
    HttpResponse<String> busy = api.get("api/store/busy");
    assertThat(busy.statusCode()).as(busy.body()).isEqualTo(200);
    return Json.object(busy.body());
  }

  private int pausesSeen(String fragment, String paused) {
    return (int)
        partners.callsTo(fragment).stream()
            .filter(c -> c.getString("body").contains(paused))
            .count();
  }

  @AfterEach
  void leaveBusyModeAsItWas() {
    api.put("api/store/busy/thresholds", "{\"openTickets\": null, \"oldestMinutes\": null}");
    api.put("api/store/busy", "{\"busy\": false}");
    api.put("api/store/busy", "{\"automatic\": true}");
  }

  @Test
  void aBurstOfOrdersSwitchesBusyModeOnAndTheirCancellationSwitchesItOff() {
    assertThat(busy().getBoolean("busy")).as("not busy before the burst").isFalse();
    int openBefore = busy().getInt("openTickets");
    int uberPausesBefore = pausesSeen("/status", "\"PAUSED\"");
    int doordashPausesBefore = pausesSeen("/marketplace/api/v1/stores/", "\"is_active\":false");
    int uberOnlineBefore = pausesSeen("/v1/eats/store/", "\"ONLINE\"");
    int doordashActiveBefore = pausesSeen("/marketplace/api/v1/stores/", "\"is_active\":true");

    HttpResponse<String> set =
        api.put(
            "api/store/busy/thresholds",
            """
            {"openTickets": %d, "oldestMinutes": null, "calmSeconds": 0, "mode": "PAUSE"}
            """
                .formatted(openBefore + BURST));
    assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    assertThat(Json.object(set.body()).getBoolean("busy")).as("below the threshold").isFalse();

    List<Long> burst = new ArrayList<>();
    for (int i = 0; i < BURST; i++) {
      burst.add(
          api.placeOrder(Guests.unique("Rafaga" + i), line(menu.carne, 2))
              .getJsonNumber("orderId")
              .longValue());
    }

    await("busy mode switches on by itself").atMost(SWITCH).until(() -> busy().getBoolean("busy"));
    JsonObject on = busy();
    assertThat(on.getString("mode")).isEqualTo("PAUSE");
    assertThat(on.getBoolean("manual")).isFalse();
    JsonObject lastSwitch = on.getJsonArray("switches").getJsonObject(0);
    assertThat(lastSwitch.getBoolean("busy")).isTrue();
    assertThat(lastSwitch.containsKey("by")).as("switched by itself").isFalse();
    assertThat(lastSwitch.getString("why")).contains("open tickets");
    await("both partners are told to pause")
        .atMost(SWITCH)
        .until(
            () ->
                pausesSeen("/status", "\"PAUSED\"") > uberPausesBefore
                    && pausesSeen("/marketplace/api/v1/stores/", "\"is_active\":false")
                        > doordashPausesBefore);

    for (long orderId : burst) {
      HttpResponse<String> cancelled =
          api.post("api/orders/" + orderId + "/cancel", "{\"reason\": \"prueba de demorado\"}");
      assertThat(cancelled.statusCode()).as(cancelled.body()).isLessThan(300);
    }

    await("busy mode switches off by itself once the kitchen is calm")
        .atMost(SWITCH)
        .until(() -> !busy().getBoolean("busy"));
    JsonObject off = busy().getJsonArray("switches").getJsonObject(0);
    assertThat(off.getBoolean("busy")).isFalse();
    assertThat(off.getString("why")).contains("recovered");
    await("both partners are told to take orders again")
        .atMost(SWITCH)
        .until(
            () ->
                pausesSeen("/v1/eats/store/", "\"ONLINE\"") > uberOnlineBefore
                    && pausesSeen("/marketplace/api/v1/stores/", "\"is_active\":true")
                        > doordashActiveBefore);
  }

  @Test
  void aManagersSwitchIsNotUndoneByTheThresholds() {
    int openNow = busy().getInt("openTickets");
    api.put(
        "api/store/busy/thresholds",
        """
        {"openTickets": %d, "oldestMinutes": null, "calmSeconds": 0, "mode": "EXTRA_TIME",
         "extraMinutes": 10}
        """
            .formatted(openNow + 50));
    int prepTimesBefore = partners.callsTo("/update-store-prep-time").size();

    HttpResponse<String> on =
        api.put(
            "api/store/busy", "{\"busy\": true, \"mode\": \"EXTRA_TIME\", \"extraMinutes\": 20}");
    assertThat(on.statusCode()).as(on.body()).isEqualTo(200);
    JsonObject state = Json.object(on.body());
    assertThat(state.getBoolean("busy")).isTrue();
    assertThat(state.getBoolean("manual")).isTrue();
    assertThat(state.getJsonArray("switches").getJsonObject(0).getString("by")).isNotBlank();
    // Uber Eats hears the longer prep time: the usual 15 minutes plus 20, in seconds.
    await("Uber Eats is told the longer prep time")
        .atMost(SWITCH)
        .until(
            () ->
                partners.callsTo("/update-store-prep-time").stream()
                    .skip(prepTimesBefore)
                    .anyMatch(c -> c.getString("body").contains("\"default_prep_time\":2100")));

    // Far below the threshold, with no calm period: automatic would switch off at once, but the
    // manager's switch holds (the evaluation runs every 5 s; a later order triggers it too).
    api.placeOrder(Guests.unique("Manual"), line(menu.carne, 1));
    await("an evaluation has run and left it on")
        .during(Duration.ofSeconds(7))
        .atMost(Duration.ofSeconds(10))
        .until(() -> busy().getBoolean("busy"));

    HttpResponse<String> back = api.put("api/store/busy", "{\"automatic\": true}");
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(Json.object(back.body()).getBoolean("busy"))
        .as("handed back, the thresholds switch it off")
        .isFalse();
    await("Uber Eats is told the usual prep time again")
        .atMost(SWITCH)
        .until(
            () ->
                partners.callsTo("/update-store-prep-time").stream()
                    .skip(prepTimesBefore)
                    .anyMatch(c -> c.getString("body").contains("\"default_prep_time\":900")));
  }

  @Test
  void thresholdsAndSwitchesAreValidated() {
    HttpResponse<String> negative = api.put("api/store/busy/thresholds", "{\"openTickets\": 0}");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(Json.object(negative.body()).getString("code")).isEqualTo("busy.open-tickets-limit");
    HttpResponse<String> badMode = api.put("api/store/busy", "{\"busy\": true, \"mode\": \"NAP\"}");
    assertThat(badMode.statusCode()).isEqualTo(400);
    assertThat(Json.object(badMode.body()).getString("code")).isEqualTo("busy.bad-mode");
    HttpResponse<String> tooLong =
        api.put("api/store/busy", "{\"busy\": true, \"extraMinutes\": 500}");
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(Json.object(tooLong.body()).getString("code")).isEqualTo("busy.extra-minutes");
  }
}
