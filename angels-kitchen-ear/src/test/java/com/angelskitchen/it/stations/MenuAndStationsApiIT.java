package com.angelskitchen.it.stations;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A manager's view of the menu, stations and routing rules through the API. */
class MenuAndStationsApiIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void theMenuListsItemsWithRecipesExtrasPricesAndAllergens() {

    HttpResponse<String> response = api.get("api/menu");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject fritas =
        Json.object(response.body()).getJsonArray("categories").stream()
            .map(JsonValue::asJsonObject)
            .filter(c -> c.getString("code").equals(menu.fritas))
            .findFirst()
            .orElseThrow();
    JsonObject carne = fritas.getJsonArray("items").getJsonObject(0);
    assertThat(carne.getString("code")).isEqualTo(menu.carne);
    assertThat(carne.getJsonNumber("price").bigDecimalValue()).isEqualByComparingTo("1800.00");
    assertThat(carne.getBoolean("available")).isTrue();
    assertThat(carne.getJsonArray("recipe")).hasSize(4);
    assertThat(carne.getJsonArray("extras")).hasSize(2);
    assertThat(strings(carne.getJsonArray("allergens"))).containsExactly("GLUTEN", "EGGS");

    menu.setAvailable(menu.carne, false);
    assertThat(Json.object(api.get("api/menu/items/" + menu.carne).body()).getBoolean("available"))
        .isFalse();
    menu.setAvailable(menu.carne, true);
    assertThat(Json.object(api.get("api/menu/items/" + menu.carne).body()).getBoolean("available"))
        .isTrue();
  }

  @Test
  void stationsAndRoutingRulesAreListed() {

    HttpResponse<String> stations = api.get("api/stations");
    assertThat(stations.statusCode()).as(stations.body()).isEqualTo(200);
    assertThat(Json.array(stations.body()).stream().map(s -> s.asJsonObject().getString("code")))
        .contains("fritura", "horno", "mostrador");

    HttpResponse<String> rules = api.get("api/routing-rules");
    assertThat(rules.statusCode()).as(rules.body()).isEqualTo(200);
    assertThat(
            Json.array(rules.body()).stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> menu.fritas.equals(r.getString("category", null))))
        .singleElement()
        .satisfies(r -> assertThat(r.getString("station")).isEqualTo("fritura"));

    HttpResponse<String> unknown = api.get("api/stations/parrilla");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Json.object(unknown.body()).getString("message")).isEqualTo("no station 'parrilla'");
  }

  static List<String> strings(jakarta.json.JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }
}
