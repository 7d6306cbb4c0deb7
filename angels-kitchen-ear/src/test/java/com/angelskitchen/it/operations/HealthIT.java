package com.angelskitchen.it.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's own MicroProfile Health checks at {@code /health/ready} and {@code
 * /health/live}: each named check is there with its figures; readiness goes DOWN (503) while an
 * acknowledged partner event waits untried, not for one that keeps failing, and UP again.
 */
class HealthIT extends EarTestBase {

  final KitchenApi anonymous = KitchenApi.anonymous();

  /**
   * Other tests leave partner events stuck on purpose (a signed notification for an order Uber Eats
   * does not serve stays dead-lettered); this test is about the checks, so it starts from a kitchen
   * where nothing is stuck.
   */
  @BeforeEach
  void nothingStuck() {
    KitchenDatabase.update(
        "UPDATE partner_event SET status = 'IGNORED', outcome = 'settled by HealthIT',"
            + " handled_at = now() WHERE status = 'RECEIVED'");
  }

  static Map<String, JsonObject> checks(HttpResponse<String> health) {
    return Json.object(health.body()).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
  }

  /** A check's figure: Payara writes the numbers of a check's data as JSON strings. */
  static long figure(JsonObject check, String name) {
    jakarta.json.JsonValue value = check.getJsonObject("data").get(name);
    assertThat(value).as(name + " in " + check).isNotNull();
    return value instanceof jakarta.json.JsonNumber number
        ? number.longValue()
        : Long.parseLong(((jakarta.json.JsonString) value).getString());
  }

  @Test
  void readinessNamesTheKitchensOwnChecksWithTheirFigures() {
    HttpResponse<String> ready = anonymous.get("health/ready");

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    Map<String, JsonObject> checks = checks(ready);
    assertThat(checks).containsKeys("database", "message-broker", "partner-intake", "kitchen-push");
    assertThat(checks.values()).allSatisfy(c -> assertThat(c.getString("status")).isEqualTo("UP"));
    assertThat(figure(checks.get("partner-intake"), "backlog")).isNotNegative();
    assertThat(figure(checks.get("kitchen-push"), "lagMillis")).isNotNegative();
    assertThat(figure(checks.get("partner-intake"), "stuckAfterSeconds")).isPositive();
  }

  @Test
  void livenessSaysTheScreensPushIsTicking() {
    HttpResponse<String> live = anonymous.get("health/live");

    assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
    JsonObject timers = checks(live).get("kitchen-timers");
    assertThat(timers.getString("status")).isEqualTo("UP");
    assertThat(figure(timers, "millisSinceLastTick")).isLessThan(30_000);
  }

  @Test
  void anEventNobodyTriedToHandleMakesTheServerNotReadyButAFailingOneDoesNot() {
    String poison = "health-poison-" + UUID.randomUUID();
    String untried = "health-untried-" + UUID.randomUUID();
    insertUnprocessed(poison, 4);
    assertThat(anonymous.get("health/ready").statusCode())
        .as("one bad order (dead-lettered, on the partners page) keeps the server in service")
        .isEqualTo(200);

    insertUnprocessed(untried, 0);
    try {
      HttpResponse<String> notReady = anonymous.get("health/ready");
      assertThat(notReady.statusCode()).as(notReady.body()).isEqualTo(503);
      JsonObject intake = checks(notReady).get("partner-intake");
      assertThat(intake.getString("status")).isEqualTo("DOWN");
      assertThat(figure(intake, "oldestUntriedSeconds")).isGreaterThanOrEqualTo(600);
    } finally {
      KitchenDatabase.update(
          "UPDATE partner_event SET status = 'IGNORED', outcome = 'test over', handled_at = now()"
              + " WHERE partner = 'website' AND event_id IN (?, ?)",
          poison,
          untried);
    }
    await("ready again once nothing waits untried")
        .atMost(Duration.ofSeconds(10))
        .until(() -> anonymous.get("health/ready").statusCode() == 200);
  }

  private static void insertUnprocessed(String eventId, int failures) {
    KitchenDatabase.update(
        "INSERT INTO partner_event (partner, event_id, event_type, partner_order_id, payload,"
            + " received_at, status, failures)"
            + " VALUES ('website', ?, 'order', ?, '{}', now() - interval '10 minutes', 'RECEIVED', ?)",
        eventId,
        eventId,
        failures);
  }
}
