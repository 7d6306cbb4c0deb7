package com.angelskitchen.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.StationScreen;
import com.angelskitchen.it.support.TestCluster;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A change a manager makes on one server of the cluster takes effect on the other within a second:
 * an 86, a routing rule, a disabled account (its credentials refused, its open screen closed). Each
 * request goes to one instance directly, past the load balancer.
 */
class ChangesEverywhereIT {

  static final Duration AT_ONCE = Duration.ofSeconds(1);

  TestCluster cluster;
  AutoCloseable onTheCluster;
  KitchenApi api;

  /** The server a change is made on, and the other one, where it must take effect. */
  String one;

  String other;

  @BeforeEach
  void onTheCluster() throws Exception {
    cluster = TestCluster.get();
    onTheCluster = cluster.target();
    api = new KitchenApi();
    one = cluster.instances().get(0);
    other = cluster.instances().get(1);
  }

  @AfterEach
  void backToTheTestServer() throws Exception {
    onTheCluster.close();
  }

  @Test
  void anEightySixOnOneServerIsRefusedOnTheOther() {
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    String order =
        KitchenApi.order(Guests.unique("Ochenta"), KitchenApi.line(menu.carne, 1)).json();
    assertThat(api.send(post(cluster.instance(other, "api/orders"), order)).statusCode())
        .as("carne is on the menu everywhere")
        .isEqualTo(201);

    HttpResponse<String> eightySix =
        api.send(
            put(
                cluster.instance(one, "api/menu/items/" + menu.carne + "/availability"),
                "{\"available\": false}"));
    assertThat(eightySix.statusCode()).as(eightySix.body()).isEqualTo(200);

    await("the other server shows it 86'd")
        .atMost(AT_ONCE)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                !Json.object(
                        api.send(get(cluster.instance(other, "api/menu/items/" + menu.carne)))
                            .body())
                    .getBoolean("available"));
    HttpResponse<String> refused = api.send(post(cluster.instance(other, "api/orders"), order));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("86");
  }

  @Test
  void aRoutingRuleAddedOnOneServerRoutesTheNextOrderOnTheOther() {
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    assertThat(stationOfNextOrder(cluster.instance(one, "api/orders"), menu.humita))
        .isEqualTo("horno");

    HttpResponse<String> rule =
        api.send(
            post(
                cluster.instance(other, "api/routing-rules"),
                "{\"item\": \"" + menu.humita + "\", \"station\": \"mostrador\"}"));
    assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);

    assertThat(stationOfNextOrder(cluster.instance(one, "api/orders"), menu.humita))
        .as("the very next order on the first server follows the new rule")
        .isEqualTo("mostrador");
  }

  @Test
  void anAccountDisabledOnOneServerIsShutOutOfTheOther() throws Exception {
    KitchenSetup.ensureStations(api);
    Staff.Member cook =
        Staff.hire("cook-" + java.util.UUID.randomUUID().toString().substring(0, 8), "COOK");
    KitchenApi asCook = new KitchenApi(cook);
    assertThat(asCook.send(get(cluster.instance(other, "api/menu"))).statusCode()).isEqualTo(200);
    try (StationScreen screen =
        StationScreen.openAt(
            URI.create(cluster.instance(other, "ws/kds/fritura").toString().replace("http", "ws")),
            cook)) {
      assertThat(screen.next().getString("type")).isEqualTo("Welcome");

      HttpResponse<String> disabled =
          api.send(
              put(cluster.instance(one, "api/staff/" + cook.username()), "{\"enabled\": false}"));
      assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

      await("the other server refuses the cook's credentials")
          .atMost(AT_ONCE)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> asCook.send(get(cluster.instance(other, "api/menu"))).statusCode() == 401);
      assertThat(screen.awaitClose()).as("the cook's screen there is closed").isPositive();
    }
  }

  private String stationOfNextOrder(URI orders, String item) {
    HttpResponse<String> placed =
        api.send(
            post(orders, KitchenApi.order(Guests.unique("Ruta"), KitchenApi.line(item, 1)).json()));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    long orderId = Json.object(placed.body()).getJsonNumber("orderId").longValue();
    return api.order(orderId).getJsonArray("tickets").getJsonObject(0).getString("station");
  }

  private static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).GET().build();
  }

  private static HttpRequest post(URI uri, String json) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private static HttpRequest put(URI uri, String json) {
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }
}
