package com.angelskitchen.it.menu;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
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
import com.angelskitchen.it.support.PosPage;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An item whose stock the kitchen counts: each order takes from it, the last one 86es it on the POS
 * by itself, an order for more than is left is refused whole, and a cancel brings it back.
 */
class StockIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private JsonObject item() {
    return Json.object(api.get("api/menu/items/" + menu.humita).body());
  }

  /** The partners' calls go through a queue, retried: they arrive within seconds. */
  private static final Duration PARTNERS = Duration.ofSeconds(30);

  private final Partners partners = new Partners();

  /**
   * DoorDash was told the item's availability (item_status, by the restaurant's item code) and Uber
   * Eats its suspension (Update Item: suspended until a day later, or 0 when back).
   */
  private boolean partnersHeard(boolean available) {
    boolean doordash =
        partners.callsTo("/item_status").stream()
            .map(c -> c.getString("body"))
            .anyMatch(
                b ->
                    b.contains("\"id\":\"" + menu.humita + "\"")
                        && b.contains("\"is_available\":" + available));
    boolean uberEats =
        partners.callsTo("/menus/items/" + menu.humita).stream()
            .map(c -> c.getString("body"))
            .anyMatch(b -> b.contains("\"suspend_until\":0") == available);
    return doordash && uberEats;
  }

  @Test
  void theLastOneSold86esTheItemOnThePosAndACancelBringsItBack() throws Exception {
    HttpResponse<String> counted =
        api.put("api/menu/items/" + menu.humita + "/stock", "{\"count\": 3, \"lowAt\": 1}");
    assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
    assertThat(Json.object(counted.body()).getInt("stock")).isEqualTo(3);

    try (PosPage pos = PosPage.open()) {
      pos.browser().await(d -> pos.itemButton(menu.humita).isEnabled());
      api.placeOrder(Guests.unique("Primera"), line(menu.humita, 2));
      assertThat(item().getInt("stock")).isEqualTo(1);
      assertThat(item().getBoolean("lowOnStock")).as("1 left, warned at 1").isTrue();

      String greedy = Guests.unique("Dos");
      HttpResponse<String> tooMany =
          api.post("api/orders", order(greedy, line(menu.humita, 2), line(menu.carne, 1)).json());
      assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(409);
      assertThat(Json.object(tooMany.body()).getString("code")).isEqualTo("menu.out-of-stock");
      assertThat(Json.object(tooMany.body()).getString("message"))
          .isEqualTo("only 1 Empanada de humita left");
      assertThat(KitchenDatabase.ordersOf(greedy)).as("refused whole").isZero();

      long last =
          api.placeOrder(Guests.unique("Ultima"), line(menu.humita, 1))
              .getJsonNumber("orderId")
              .longValue();
      assertThat(item().getBoolean("available")).as("the last one 86es it").isFalse();
      assertThat(item().getBoolean("outOfStock")).isTrue();
      pos.browser().await(d -> !pos.itemButton(menu.humita).isEnabled());
      pos.screenshot("pos-out-of-stock");
      await("both partners stop selling it").atMost(PARTNERS).until(() -> partnersHeard(false));

      api.post("api/orders/" + last + "/cancel", "{\"reason\": \"guest left\"}");
      assertThat(item().getInt("stock")).as("given back").isEqualTo(1);
      assertThat(item().getBoolean("available")).isTrue();
      pos.browser().await(d -> pos.itemButton(menu.humita).isEnabled());
      await("both partners sell it again").atMost(PARTNERS).until(() -> partnersHeard(true));
    }

    // A manager counts it anew on the menu page.
    try (Browser manager = Browser.signedInAs(Staff.manager())) {
      manager.open("admin/menu.xhtml");
      By field = By.cssSelector(".ak-stock-input[data-item='" + menu.humita + "']");
      manager.await(ExpectedConditions.visibilityOfElementLocated(field)).sendKeys("24");
      manager
          .driver()
          .findElement(By.cssSelector(".ak-restock-button[data-item='" + menu.humita + "']"))
          .click();
      manager.await(
          ExpectedConditions.textToBe(
              By.cssSelector(".ak-stock-count[data-item='" + menu.humita + "']"), "24"));
      manager.screenshot("admin-menu-stock");
    }
    assertThat(item().getInt("stock")).isEqualTo(24);

    HttpResponse<String> uncounted =
        api.put("api/menu/items/" + menu.humita + "/stock", "{\"count\": null}");
    assertThat(uncounted.statusCode()).as(uncounted.body()).isEqualTo(200);
    assertThat(item().containsKey("stock")).as("no longer counted").isFalse();
    HttpResponse<String> negative =
        api.put("api/menu/items/" + menu.humita + "/stock", "{\"count\": -1}");
    assertThat(negative.statusCode()).as(negative.body()).isEqualTo(400);
  }

  @Test
  void twoCashiersSellingTheLastOneAtOnceSellItOnce() throws Exception {
    api.put("api/menu/items/" + menu.carne + "/stock", "{\"count\": 1}");
    CyclicBarrier atOnce = new CyclicBarrier(2);
    ExecutorService cashiers = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> sales = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        String guest = Guests.unique("Ultima" + i);
        sales.add(
            cashiers.submit(
                () -> {
                  atOnce.await(10, TimeUnit.SECONDS);
                  return api.post("api/orders", order(guest, line(menu.carne, 1)).json())
                      .statusCode();
                }));
      }
      List<Integer> answers = new ArrayList<>();
      for (Future<Integer> sale : sales) {
        answers.add(sale.get(30, TimeUnit.SECONDS));
      }
      assertThat(answers).containsExactlyInAnyOrder(201, 409);
    } finally {
      cashiers.shutdownNow();
    }
    JsonObject carne = Json.object(api.get("api/menu/items/" + menu.carne).body());
    assertThat(carne.getInt("stock")).isZero();
    assertThat(carne.getBoolean("available")).isFalse();
    // Uncounted again: an item left out of stock would sit in every kitchen screen's banner.
    api.put("api/menu/items/" + menu.carne + "/stock", "{\"count\": null}");
  }
}
