package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/**
 * Builds, through the menu and station API as a manager would, a small empanada menu of its own for
 * one test: its codes carry a random suffix, so tests never see each other's items. The three
 * stations (fritura, horno, mostrador) are shared and set up idempotently.
 *
 * <ul>
 *   <li>{@link #carne}: fried at Fritura; masa (fixed), carne, cebolla and huevo (removable);
 *       extras queso (+350, dairy) and picante (+200)
 *   <li>{@link #humita}: baked at Horno; masa, choclo, salsa blanca and queso (removable)
 *   <li>{@link #gaseosa}: a drink, at Mostrador
 * </ul>
 */
public final class KitchenSetup {

  public final String suffix = UUID.randomUUID().toString().substring(0, 6);
  public final String fritas = "fritas-" + suffix;
  public final String horno = "horno-" + suffix;
  public final String bebidas = "bebidas-" + suffix;
  public final String carne = "carne-" + suffix;
  public final String humita = "humita-" + suffix;
  public final String gaseosa = "gaseosa-" + suffix;
  public final String cebolla = "cebolla-" + suffix;
  public final String huevo = "huevo-" + suffix;
  public final String queso = "queso-" + suffix;
  public final String masa = "masa-" + suffix;
  public final String extraQueso = "xqueso-" + suffix;
  public final String picante = "picante-" + suffix;

  private final KitchenApi api;

  private KitchenSetup(KitchenApi api) {
    this.api = api;
  }

  /** Ensures the stations and creates this test's menu and routing rules. */
  public static KitchenSetup empanadaMenu(KitchenApi api) {
    KitchenSetup setup = new KitchenSetup(api);
    setup.build();
    return setup;
  }

  public static void ensureStations(KitchenApi api) {
    // Only the missing ones: a PUT replaces a station's settings (its default flag too), and the
    // benchmark runs this against the demo kitchen, whose stations must stay as they are.
    String existing = api.get("api/stations").body();
    List<String> names = List.of("Fritura", "Horno", "Mostrador");
    for (int i = 0; i < names.size(); i++) {
      String code = names.get(i).toLowerCase();
      if (!existing.contains("\"code\":\"" + code + "\"")) {
        put(api, "api/stations/" + code, station(names.get(i), i + 1));
      }
    }
  }

  /** Creates (or updates) a station of its own for a test. */
  public static void putStation(KitchenApi api, String code, String name, int sortOrder) {
    put(api, "api/stations/" + code, station(name, sortOrder));
  }

  private static String station(String name, int sortOrder) {
    return """
        {"name": "%s", "sortOrder": %d, "warningAfterMinutes": 5, "lateAfterMinutes": 8}
        """
        .formatted(name, sortOrder);
  }

  private void build() {
    ensureStations(api);
    put(
        api,
        "api/menu/categories/" + fritas,
        "{\"name\": \"Fritas " + suffix + "\", \"sortOrder\": 1}");
    put(
        api,
        "api/menu/categories/" + horno,
        "{\"name\": \"Horno " + suffix + "\", \"sortOrder\": 2}");
    put(
        api,
        "api/menu/categories/" + bebidas,
        "{\"name\": \"Bebidas " + suffix + "\", \"sortOrder\": 3}");
    ingredient(masa, "Masa", "\"GLUTEN\"");
    ingredient("carnep-" + suffix, "Carne picada", "");
    ingredient(cebolla, "Cebolla", "");
    ingredient(huevo, "Huevo duro", "\"EGGS\"");
    ingredient(queso, "Queso", "\"MILK\"");
    ingredient("choclo-" + suffix, "Choclo", "");
    ingredient("salsab-" + suffix, "Salsa blanca", "\"MILK\", \"GLUTEN\"");
    put(
        api,
        "api/menu/extras/" + extraQueso,
        "{\"name\": \"Extra queso\", \"price\": 350.00, \"allergens\": [\"MILK\"]}");
    put(api, "api/menu/extras/" + picante, "{\"name\": \"Salsa picante\", \"price\": 200.00}");
    item(
        carne,
        "Empanada de carne",
        "CARNE",
        "1800.00",
        fritas,
        8,
        recipe(masa, false)
            + ","
            + recipe("carnep-" + suffix, false)
            + ","
            + recipe(cebolla, true)
            + ","
            + recipe(huevo, true),
        "\"" + extraQueso + "\", \"" + picante + "\"");
    item(
        humita,
        "Empanada de humita",
        "HUMITA",
        "1900.00",
        horno,
        12,
        recipe(masa, false)
            + ","
            + recipe("choclo-" + suffix, false)
            + ","
            + recipe("salsab-" + suffix, true)
            + ","
            + recipe(queso, true),
        "\"" + extraQueso + "\"");
    item(gaseosa, "Gaseosa", "GASEOSA", "1500.00", bebidas, 1, "", "");
    rule("category", fritas, "fritura");
    rule("category", horno, "horno");
    rule("category", bebidas, "mostrador");
  }

  private void ingredient(String code, String name, String allergens) {
    put(
        api,
        "api/menu/ingredients/" + code,
        "{\"name\": \"" + name + "\", \"allergens\": [" + allergens + "]}");
  }

  private static String recipe(String ingredient, boolean removable) {
    return "{\"ingredient\": \"" + ingredient + "\", \"removable\": " + removable + "}";
  }

  private void item(
      String code,
      String name,
      String kitchenName,
      String price,
      String category,
      int prepMinutes,
      String recipe,
      String extras) {
    put(
        api,
        "api/menu/items/" + code,
        """
        {"name": "%s", "kitchenName": "%s", "price": %s, "category": "%s", "prepMinutes": %d,
         "recipe": [%s], "extras": [%s]}
        """
            .formatted(name, kitchenName, price, category, prepMinutes, recipe, extras));
  }

  /** Adds a routing rule: kind is "item" or "category". */
  public long rule(String kind, String code, String station) {
    HttpResponse<String> response =
        api.post(
            "api/routing-rules",
            "{\"" + kind + "\": \"" + code + "\", \"station\": \"" + station + "\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.object(response.body()).getJsonNumber("id").longValue();
  }

  /** 86es ({@code false}) or restores an item. */
  public void setAvailable(String item, boolean available) {
    put(api, "api/menu/items/" + item + "/availability", "{\"available\": " + available + "}");
  }

  static void put(KitchenApi api, String path, String json) {
    HttpResponse<String> response = api.put(path, json);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isIn(200, 201);
  }
}
