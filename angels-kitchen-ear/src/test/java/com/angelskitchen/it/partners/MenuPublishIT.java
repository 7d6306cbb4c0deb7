package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole menu reaches both partners in their documented formats: when a manager presses
 * "Publicar menú" on the partners page, when the API is asked, and by itself after a price change.
 * Each check reads back, from the fake partner APIs, a menu recorded after the moment it started,
 * with this test's categories, an item's price in cents and a modifier group's limits.
 */
class MenuPublishIT extends EarTestBase {

  /** A publication waits a few seconds for a burst of changes, then goes through the outbox. */
  static final Duration PARTNERS = Duration.ofSeconds(45);

  final Partners partners = new Partners();
  @EmpanadaMenu KitchenSetup menu;

  /** The menu setup published itself: wait until nothing of it is still on its way. */
  @BeforeEach
  void noPublicationPending() {
    await("the setup's own publications are made")
        .atMost(PARTNERS)
        .until(
            () ->
                KitchenDatabase.number(
                        "SELECT count(*) FROM partner_outbox WHERE action = 'MENU_PUBLISH'"
                            + " AND done_at IS NULL")
                    == 0);
  }

  /** The last call the fakes recorded so far: later ones are this test's. */
  long lastCall() {
    return partners.callsTo("/").stream()
        .mapToLong(c -> c.getJsonNumber("seq").longValue())
        .max()
        .orElse(0);
  }

  /** The latest Uber Eats Upload Menu after {@code after}, accepted, holding this test's carne. */
  Optional<JsonObject> uberMenu(long after) {
    return latest(
        partners.callsTo("/v2/eats/stores/").stream()
            .filter(
                c -> c.getString("method").equals("PUT") && c.getString("path").endsWith("/menus"))
            .toList(),
        after,
        204);
  }

  /** The latest DoorDash menu create or update after {@code after}, taken, holding carne. */
  Optional<JsonObject> doorDashMenu(long after) {
    return latest(partners.callsTo("/marketplace/api/v1/menus"), after, 202);
  }

  Optional<JsonObject> latest(List<JsonObject> calls, long after, int status) {
    return calls.stream()
        .filter(c -> c.getJsonNumber("seq").longValue() > after)
        .filter(c -> c.getInt("status") == status)
        .filter(c -> c.getString("body").contains("\"" + menu.carne + "\""))
        .reduce((first, second) -> second)
        .map(c -> Json.object(c.getString("body")));
  }

  static JsonObject byId(List<JsonObject> entries, String field, String id) {
    return entries.stream()
        .filter(e -> e.getString(field).equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + entries));
  }

  /** Uber Eats: carne at {@code cents}, its extras group 0..2, this test's categories. */
  void assertUberMenu(JsonObject upload, int cents) {
    List<JsonObject> items = upload.getJsonArray("items").getValuesAs(JsonObject.class);
    JsonObject carne = byId(items, "id", menu.carne);
    assertThat(carne.getJsonObject("price_info").getInt("price")).isEqualTo(cents);
    assertThat(carne.getString("external_data")).isEqualTo(menu.carne);
    JsonObject extras =
        byId(
            upload.getJsonArray("modifier_groups").getValuesAs(JsonObject.class),
            "id",
            menu.carne + ".extras");
    JsonObject quantity = extras.getJsonObject("quantity_info").getJsonObject("quantity");
    assertThat(quantity.getInt("min_permitted")).isZero();
    assertThat(quantity.getInt("max_permitted")).isEqualTo(2);
    List<JsonObject> categories = upload.getJsonArray("categories").getValuesAs(JsonObject.class);
    assertThat(categories)
        .extracting(c -> c.getString("id"))
        .contains(menu.fritas, menu.horno, menu.bebidas);
    assertThat(byId(items, "id", "+" + menu.extraQueso).getJsonObject("price_info").getInt("price"))
        .isEqualTo(35000);
    assertThat(upload.getJsonArray("menus").getJsonObject(0).getJsonArray("service_availability"))
        .hasSize(7);
  }

  /** DoorDash: carne at {@code cents}, "Sin" with 0..2 options, this test's categories. */
  void assertDoorDashMenu(JsonObject upload, int cents) {
    List<JsonObject> categories =
        upload.getJsonObject("menu").getJsonArray("categories").getValuesAs(JsonObject.class);
    assertThat(categories)
        .extracting(c -> c.getString("merchant_supplied_id"))
        .contains(menu.fritas, menu.horno, menu.bebidas);
    JsonObject fritas = byId(categories, "merchant_supplied_id", menu.fritas);
    JsonObject carne =
        byId(
            fritas.getJsonArray("items").getValuesAs(JsonObject.class),
            "merchant_supplied_id",
            menu.carne);
    assertThat(carne.getInt("price")).isEqualTo(cents);
    JsonObject sin =
        byId(
            carne.getJsonArray("extras").getValuesAs(JsonObject.class),
            "merchant_supplied_id",
            menu.carne + ".sin");
    assertThat(sin.getInt("min_num_options")).isZero();
    assertThat(sin.getInt("max_num_options")).isEqualTo(2);
    assertThat(sin.getJsonArray("options").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("merchant_supplied_id"))
        .containsExactly("-" + menu.cebolla, "-" + menu.huevo);
    assertThat(upload.getJsonArray("open_hours")).hasSize(7);
  }

  /** Both partners' publications after {@code after} are listed as succeeded calls. */
  void assertCallsListed(long afterCallId) {
    await("the partners page lists both publications")
        .atMost(PARTNERS)
        .until(
            () ->
                Json.array(api.get("api/partners/calls?max=200").body()).stream()
                        .map(v -> v.asJsonObject())
                        .filter(c -> c.getJsonNumber("id").longValue() > afterCallId)
                        .filter(c -> c.getString("action").equals("MENU_PUBLISH"))
                        .filter(c -> c.getBoolean("succeeded"))
                        .map(c -> c.getString("partner"))
                        .distinct()
                        .count()
                    == 2);
  }

  long lastCallId() {
    return Json.array(api.get("api/partners/calls?max=1").body()).stream()
        .mapToLong(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .max()
        .orElse(0);
  }

  @Test
  void aManagerPublishesTheMenuFromThePartnersPage() throws Exception {
    long after = lastCall();
    long afterCallId = lastCallId();

    try (Browser manager = Browser.signedInAs(Staff.manager())) {
      manager.open("admin/partners.xhtml");
      manager
          .await(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='publish-menu']")))
          .click();
      manager.await(
          ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
      manager.screenshot("partners-publish-menu");
    }

    JsonObject uber =
        await("Uber Eats receives the menu")
            .atMost(PARTNERS)
            .until(() -> uberMenu(after), Optional::isPresent)
            .get();
    JsonObject doordash =
        await("DoorDash receives the menu")
            .atMost(PARTNERS)
            .until(() -> doorDashMenu(after), Optional::isPresent)
            .get();
    assertUberMenu(uber, 180000);
    assertDoorDashMenu(doordash, 180000);
    assertCallsListed(afterCallId);
  }

  @Test
  void theApiPublishesForManagersOnlyAndAPriceChangePublishesItself() {
    long after = lastCall();
    HttpResponse<String> refused =
        new KitchenApi(Staff.cashier()).post("api/partners/menu/publish", "");
    assertThat(refused.statusCode()).as("cashiers do not publish").isEqualTo(403);

    HttpResponse<String> published = api.post("api/partners/menu/publish", "");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(202);
    assertUberMenu(
        await().atMost(PARTNERS).until(() -> uberMenu(after), Optional::isPresent).get(), 180000);
    assertDoorDashMenu(
        await().atMost(PARTNERS).until(() -> doorDashMenu(after), Optional::isPresent).get(),
        180000);
    noPublicationPending();

    long beforeChange = lastCall();
    HttpResponse<String> repriced =
        api.put(
            "api/menu/items/" + menu.carne,
            """
            {"name": "Empanada de carne", "kitchenName": "CARNE", "price": 2100.50,
             "category": "%s", "prepMinutes": 8,
             "recipe": [{"ingredient": "%s", "removable": false},
                        {"ingredient": "carnep-%s", "removable": false},
                        {"ingredient": "%s", "removable": true},
                        {"ingredient": "%s", "removable": true}],
             "extras": ["%s", "%s"]}
            """
                .formatted(
                    menu.fritas,
                    menu.masa,
                    menu.suffix,
                    menu.cebolla,
                    menu.huevo,
                    menu.extraQueso,
                    menu.picante));
    assertThat(repriced.statusCode()).as(repriced.body()).isIn(200, 201);

    assertUberMenu(
        await("Uber Eats receives the new price by itself")
            .atMost(PARTNERS)
            .until(
                () -> uberMenu(beforeChange),
                m -> m.isPresent() && m.get().toString().contains("\"price\":210050"))
            .get(),
        210050);
    assertDoorDashMenu(
        await("DoorDash receives the new price by itself")
            .atMost(PARTNERS)
            .until(
                () -> doorDashMenu(beforeChange),
                m -> m.isPresent() && m.get().toString().contains("\"price\":210050"))
            .get(),
        210050);
  }
}
