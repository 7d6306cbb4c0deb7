package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/**
 * A dozen on a test's menu, through the menu API: "Sabores, choose 12, repeats allowed" of the
 * test's fried carne and baked humita, and "Salsa, choose 1" (criolla, or chimichurri at 200.00),
 * in a category of its own that the counter (Mostrador) boxes.
 */
public final class DozenMenu {

  public final String category;
  public final String sabores;
  public final String salsa;
  public final String docena;

  private DozenMenu(KitchenSetup menu) {
    category = "docenas-" + menu.suffix;
    sabores = "sabores-" + menu.suffix;
    salsa = "salsa-" + menu.suffix;
    docena = "docena-" + menu.suffix;
  }

  /** The category's name on the POS tabs. */
  public String categoryName(KitchenSetup menu) {
    return "Docenas " + menu.suffix;
  }

  public static DozenMenu on(KitchenApi api, KitchenSetup menu) {
    DozenMenu dozen = new DozenMenu(menu);
    ok(
        api.put(
            "api/menu/categories/" + dozen.category,
            "{\"name\": \"Docenas " + menu.suffix + "\", \"sortOrder\": 4}"));
    ok(
        api.put(
            "api/menu/groups/" + dozen.sabores,
            """
            {"name": "Sabores", "min": 12, "max": 12, "repeats": true, "choices": [
              {"code": "carne", "name": "Carne", "price": 0, "item": "%s"},
              {"code": "humita", "name": "Humita", "price": 0, "item": "%s"}]}
            """
                .formatted(menu.carne, menu.humita)));
    ok(
        api.put(
            "api/menu/groups/" + dozen.salsa,
            """
            {"name": "Salsa", "min": 1, "max": 1, "repeats": false, "choices": [
              {"code": "criolla", "name": "Criolla", "price": 0},
              {"code": "chimichurri", "name": "Chimichurri", "price": 200.00}]}
            """));
    ok(
        api.put(
            "api/menu/items/" + dozen.docena,
            """
            {"name": "Docena", "kitchenName": "DOCENA", "price": 19500.00, "category": "%s",
             "prepMinutes": 3, "groups": ["%s", "%s"]}
            """
                .formatted(dozen.category, dozen.sabores, dozen.salsa)));
    menu.rule("category", dozen.category, "mostrador");
    return dozen;
  }

  private static void ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
  }
}
