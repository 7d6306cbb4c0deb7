package com.angelskitchen.it.menu;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
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
import com.angelskitchen.it.support.ScreenPage;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An ingredient whose stock the kitchen counts (masa discs, shared by every empanada): each item
 * ordered takes from it (not one whose guest left it out), an order it cannot cover is refused
 * whole, the last disc 86es every empanada on the POS and at both partners, the kitchen screens
 * show a live low-stock banner, and a restock brings the empanadas back and clears the banner.
 */
class IngredientStockIT extends EarTestBase {

  /** The partners' calls go through a queue, retried: they arrive within seconds. */
  private static final Duration PARTNERS = Duration.ofSeconds(30);

  @EmpanadaMenu KitchenSetup menu;

  private final Partners partners = new Partners();

  /** Every ingredient this test counted, uncounted after it so no other test sees its banner. */
  private final List<String> counted = new ArrayList<>();

  @AfterEach
  void uncount() {
    for (String ingredient : counted) {
      api.put("api/menu/ingredients/" + ingredient + "/stock", "{\"count\": null}");
    }
  }

  private HttpResponse<String> count(String ingredient, String json) {
    counted.add(ingredient);
    return api.put("api/menu/ingredients/" + ingredient + "/stock", json);
  }

  private JsonObject item(String code) {
    return Json.object(api.get("api/menu/items/" + code).body());
  }

  private JsonObject ingredient(String code) {
    return Json.array(api.get("api/menu/ingredients").body()).stream()
        .map(JsonValue::asJsonObject)
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  /** The banner's entry for an ingredient, when the screen shows one. */
  private static Optional<WebElement> bannerEntry(ScreenPage screen, String ingredient) {
    return screen
        .browser()
        .driver()
        .findElements(
            By.cssSelector(
                "#ak-low-stock:not([hidden]) .ak-low-stock-entry[data-code='" + ingredient + "']"))
        .stream()
        .findFirst();
  }

  private static void awaitBanner(ScreenPage screen, String ingredient, String text) {
    screen
        .browser()
        .await(
            d -> bannerEntry(screen, ingredient).map(e -> e.getText().equals(text)).orElse(false));
  }

  /** Both partners were told the item's availability, as StockIT checks for an item's own stock. */
  private boolean partnersHeard(String item, boolean available) {
    boolean doordash =
        partners.callsTo("/item_status").stream()
            .map(c -> c.getString("body"))
            .anyMatch(
                b ->
                    b.contains("\"id\":\"" + item + "\"")
                        && b.contains("\"is_available\":" + available));
    boolean uberEats =
        partners.callsTo("/menus/items/" + item).stream()
            .map(c -> c.getString("body"))
            .anyMatch(b -> b.contains("\"suspend_until\":0") == available);
    return doordash && uberEats;
  }

  @Test
  void theLastMasaDisc86esEveryEmpanadaEverywhereAndARestockBringsThemBack() throws Exception {
    HttpResponse<String> masa = count(menu.masa, "{\"count\": 3, \"lowAt\": 2}");
    assertThat(masa.statusCode()).as(masa.body()).isEqualTo(200);
    assertThat(Json.object(masa.body()).getInt("stock")).isEqualTo(3);

    try (ScreenPage fritura = ScreenPage.open("kds/fritura");
        PosPage pos = PosPage.open()) {
      pos.browser().await(d -> pos.itemButton(menu.humita).isEnabled());

      api.placeOrder(Guests.unique("Primera"), line(menu.carne, 2));
      assertThat(ingredient(menu.masa).getInt("stock")).isEqualTo(1);
      assertThat(ingredient(menu.masa).getBoolean("lowOnStock")).isTrue();
      awaitBanner(fritura, menu.masa, "1 left: Masa");
      fritura.screenshot("kds-low-stock-banner");

      String greedy = Guests.unique("Dos");
      HttpResponse<String> tooMany =
          api.post("api/orders", order(greedy, line(menu.humita, 2), line(menu.gaseosa, 1)).json());
      assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(409);
      JsonObject refusal = Json.object(tooMany.body());
      assertThat(refusal.getString("code")).isEqualTo("menu.ingredient-out-of-stock");
      assertThat(refusal.getString("message"))
          .isEqualTo("not enough Masa left for this order (1 left)");
      assertThat(KitchenDatabase.ordersOf(greedy)).as("refused whole").isZero();
      assertThat(ingredient(menu.masa).getInt("stock")).as("nothing taken").isEqualTo(1);

      long last =
          api.placeOrder(Guests.unique("Ultima"), line(menu.humita, 1))
              .getJsonNumber("orderId")
              .longValue();
      for (String empanada : List.of(menu.carne, menu.humita)) {
        assertThat(item(empanada).getBoolean("available")).as(empanada).isFalse();
        assertThat(item(empanada).getBoolean("outOfIngredient")).as(empanada).isTrue();
      }
      assertThat(item(menu.gaseosa).getBoolean("available")).as("no masa in it").isTrue();
      pos.browser()
          .await(
              d ->
                  !pos.itemButton(menu.carne).isEnabled()
                      && !pos.itemButton(menu.humita).isEnabled());
      pos.screenshot("pos-out-of-masa");
      awaitBanner(fritura, menu.masa, "Out: Masa");
      await("both partners stop selling both empanadas")
          .atMost(PARTNERS)
          .until(() -> partnersHeard(menu.carne, false) && partnersHeard(menu.humita, false));

      // A screen opened now shows the banner from its snapshot.
      try (ScreenPage expo = ScreenPage.open("kds/expo")) {
        awaitBanner(expo, menu.masa, "Out: Masa");
      }

      // A cancel gives the disc back: the empanadas are back on sale, low.
      api.post("api/orders/" + last + "/cancel", "{\"reason\": \"guest left\"}");
      assertThat(ingredient(menu.masa).getInt("stock")).isEqualTo(1);
      assertThat(item(menu.humita).getBoolean("available")).isTrue();
      awaitBanner(fritura, menu.masa, "1 left: Masa");
      api.placeOrder(Guests.unique("Otra"), line(menu.humita, 1));
      assertThat(item(menu.humita).getBoolean("available")).isFalse();

      // The restock brings every empanada back and clears the banner, live.
      HttpResponse<String> restocked = count(menu.masa, "{\"count\": 48, \"lowAt\": 6}");
      assertThat(restocked.statusCode()).as(restocked.body()).isEqualTo(200);
      for (String empanada : List.of(menu.carne, menu.humita)) {
        assertThat(item(empanada).getBoolean("available")).as(empanada).isTrue();
        assertThat(item(empanada).getBoolean("outOfIngredient")).as(empanada).isFalse();
      }
      pos.browser()
          .await(
              d ->
                  pos.itemButton(menu.carne).isEnabled()
                      && pos.itemButton(menu.humita).isEnabled());
      fritura.browser().await(d -> bannerEntry(fritura, menu.masa).isEmpty());
      await("both partners sell both empanadas again")
          .atMost(PARTNERS)
          .until(() -> partnersHeard(menu.carne, true) && partnersHeard(menu.humita, true));
    }
  }

  @Test
  void anIngredientTheGuestLeftOutIsNotTakenAndEachItemTakesItsRecipesQuantity() {
    count(menu.cebolla, "{\"count\": 1}");

    api.placeOrder(Guests.unique("Sin"), line(menu.carne, 2).without(menu.cebolla));
    assertThat(ingredient(menu.cebolla).getInt("stock")).as("left out: not taken").isEqualTo(1);

    long order =
        api.placeOrder(Guests.unique("Con"), line(menu.carne, 1))
            .getJsonNumber("orderId")
            .longValue();
    assertThat(ingredient(menu.cebolla).getInt("stock")).isZero();
    assertThat(item(menu.carne).getBoolean("available")).isFalse();
    assertThat(item(menu.humita).getBoolean("available")).as("no cebolla in humita").isTrue();

    api.post("api/orders/" + order + "/cancel", "{\"reason\": \"wrong order\"}");
    assertThat(ingredient(menu.cebolla).getInt("stock")).isEqualTo(1);
    assertThat(item(menu.carne).getBoolean("available")).isTrue();
  }

  @Test
  void aRestockDoesNotBringBackAnItemAManager86d() {
    count(menu.masa, "{\"count\": 1}");
    menu.setAvailable(menu.humita, false);

    api.placeOrder(Guests.unique("Ultima"), line(menu.carne, 1));
    assertThat(item(menu.carne).getBoolean("available")).isFalse();

    count(menu.masa, "{\"count\": 10}");
    assertThat(item(menu.carne).getBoolean("available")).isTrue();
    assertThat(item(menu.humita).getBoolean("available")).as("86'd by hand").isFalse();
    menu.setAvailable(menu.humita, true);
  }

  @Test
  void twoTillsSellingTheLastDiscAtOnceSellItOnce() throws Exception {
    count(menu.masa, "{\"count\": 1}");
    CyclicBarrier atOnce = new CyclicBarrier(2);
    ExecutorService tills = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> sales = new ArrayList<>();
      for (String empanada : List.of(menu.carne, menu.humita)) {
        String guest = Guests.unique("Ultima");
        sales.add(
            tills.submit(
                () -> {
                  atOnce.await(10, TimeUnit.SECONDS);
                  return api.post("api/orders", order(guest, line(empanada, 1)).json())
                      .statusCode();
                }));
      }
      List<Integer> answers = new ArrayList<>();
      for (Future<Integer> sale : sales) {
        answers.add(sale.get(30, TimeUnit.SECONDS));
      }
      assertThat(answers).containsExactlyInAnyOrder(201, 409);
    } finally {
      tills.shutdownNow();
    }
    assertThat(ingredient(menu.masa).getInt("stock")).isZero();
    assertThat(item(menu.carne).getBoolean("available")).isFalse();
    assertThat(item(menu.humita).getBoolean("available")).isFalse();
  }

  @Test
  void aCountIsNeverNegativeAndAnUnknownIngredientIsNotFound() {
    HttpResponse<String> negative = count(menu.masa, "{\"count\": -1}");
    assertThat(negative.statusCode()).as(negative.body()).isEqualTo(400);
    HttpResponse<String> unknown =
        api.put("api/menu/ingredients/nope-" + menu.suffix + "/stock", "{\"count\": 3}");
    assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
    assertThat(Json.object(unknown.body()).getString("code"))
        .isEqualTo("menu.ingredient-not-found");
  }
}
