package com.angelskitchen.partners.doordash;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.partners.spi.Menus;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoorDashMenuTest {

  final JsonObject cut = DoorDashMenu.payload(Menus.sample(), "store-1", "angels_kitchen", "ref-1");

  List<JsonObject> categories() {
    return cut.getJsonObject("menu").getJsonArray("categories").getValuesAs(JsonObject.class);
  }

  JsonObject item(int category, int item) {
    return categories().get(category).getJsonArray("items").getJsonObject(item);
  }

  @Test
  void theStoreItsHoursAndTheCategoriesInOrder() {
    assertThat(cut.getString("reference")).isEqualTo("ref-1");
    assertThat(cut.getJsonObject("store").getString("merchant_supplied_id")).isEqualTo("store-1");
    assertThat(cut.getJsonObject("store").getString("provider_type")).isEqualTo("angels_kitchen");
    assertThat(cut.getJsonArray("open_hours")).hasSize(7);
    JsonObject monday = cut.getJsonArray("open_hours").getJsonObject(0);
    assertThat(monday.getString("day_index")).isEqualTo("MON");
    assertThat(monday.getString("start_time")).isEqualTo("00:00:00");
    assertThat(monday.getString("end_time")).isEqualTo("23:59:59");
    assertThat(categories())
        .extracting(c -> c.getString("merchant_supplied_id"))
        .containsExactly("docenas", "fritas", "bebidas");
    assertThat(categories()).extracting(c -> c.getInt("sort_id")).containsExactly(0, 1, 2);
  }

  @Test
  void pricesAreInCentsAndIdsAreTheRestaurantsOwn() {
    JsonObject carne = item(1, 0);

    assertThat(carne.getString("merchant_supplied_id")).isEqualTo("carne");
    assertThat(carne.getInt("price")).isEqualTo(180099);
    JsonObject extraQueso =
        carne.getJsonArray("extras").getJsonObject(1).getJsonArray("options").getJsonObject(0);
    assertThat(extraQueso.getString("merchant_supplied_id")).isEqualTo("extra-queso");
    assertThat(extraQueso.getInt("price")).isEqualTo(35050);
  }

  @Test
  void aDozenIsTwelveFlavoursInAllEachAsOftenAsWanted() {
    JsonObject sabores = item(0, 0).getJsonArray("extras").getJsonObject(0);

    assertThat(sabores.getString("merchant_supplied_id")).isEqualTo("sabores-12");
    assertThat(sabores.getInt("min_aggregate_options_quantity")).isEqualTo(12);
    assertThat(sabores.getInt("max_aggregate_options_quantity")).isEqualTo(12);
    assertThat(sabores.getInt("max_option_choice_quantity")).isEqualTo(12);
    assertThat(sabores.getInt("min_num_options")).isEqualTo(1);
    assertThat(sabores.getInt("max_num_options")).isEqualTo(2);
    assertThat(sabores.getJsonArray("options").getValuesAs(JsonObject.class))
        .extracting(o -> o.getString("merchant_supplied_id"))
        .containsExactly("sabores-12:carne", "sabores-12:humita");
  }

  @Test
  void aGroupWithoutRepeatsTakesEachOptionOnce() {
    JsonObject sin = item(1, 0).getJsonArray("extras").getJsonObject(0);

    assertThat(sin.getInt("min_num_options")).isZero();
    assertThat(sin.getInt("max_num_options")).isEqualTo(1);
    assertThat(sin.getInt("max_option_choice_quantity")).isEqualTo(1);
    assertThat(sin.getJsonArray("options").getJsonObject(0).getString("merchant_supplied_id"))
        .isEqualTo("-cebolla");
  }

  @Test
  void anEightySixedItemOrFlavourIsInactive() {
    assertThat(item(1, 1).getBoolean("active")).isFalse();
    assertThat(item(1, 0).getBoolean("active")).isTrue();
    List<JsonObject> flavours =
        item(0, 0)
            .getJsonArray("extras")
            .getJsonObject(0)
            .getJsonArray("options")
            .getValuesAs(JsonObject.class);
    assertThat(flavours).extracting(o -> o.getBoolean("active")).containsExactly(true, false);
  }
}
