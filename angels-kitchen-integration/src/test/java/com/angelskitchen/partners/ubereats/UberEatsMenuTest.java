package com.angelskitchen.partners.ubereats;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.partners.spi.Menus;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UberEatsMenuTest {

  static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");

  final JsonObject cut = UberEatsMenu.payload(Menus.sample(), NOW);

  JsonObject item(String id) {
    return byId(cut.getJsonArray("items").getValuesAs(JsonObject.class), id);
  }

  JsonObject group(String id) {
    return byId(cut.getJsonArray("modifier_groups").getValuesAs(JsonObject.class), id);
  }

  static JsonObject byId(List<JsonObject> entries, String id) {
    return entries.stream().filter(e -> e.getString("id").equals(id)).findFirst().orElseThrow();
  }

  @Test
  void oneMenuWithTheCategoriesAndTheStoreHours() {
    JsonObject menu = cut.getJsonArray("menus").getJsonObject(0);

    assertThat(menu.getJsonArray("category_ids").getValuesAs(JsonValue::toString))
        .containsExactly("\"docenas\"", "\"fritas\"", "\"bebidas\"");
    assertThat(menu.getJsonArray("service_availability")).hasSize(7);
    JsonObject monday = menu.getJsonArray("service_availability").getJsonObject(0);
    assertThat(monday.getString("day_of_week")).isEqualTo("monday");
    assertThat(monday.getJsonArray("time_periods").getJsonObject(0).getString("start_time"))
        .isEqualTo("00:00");
    assertThat(monday.getJsonArray("time_periods").getJsonObject(0).getString("end_time"))
        .isEqualTo("23:59");
    assertThat(
            byId(cut.getJsonArray("categories").getValuesAs(JsonObject.class), "fritas")
                .getJsonArray("entities"))
        .hasSize(2);
  }

  @Test
  void pricesAreInCentsAndTheOwnCodeIsTheExternalData() {
    JsonObject carne = item("carne");

    assertThat(carne.getJsonObject("price_info").getInt("price")).isEqualTo(180099);
    assertThat(carne.getString("external_data")).isEqualTo("carne");
    assertThat(carne.getJsonObject("title").getJsonObject("translations").getString("es_ar"))
        .isEqualTo("Empanada de carne");
    assertThat(item("extra-queso").getJsonObject("price_info").getInt("price")).isEqualTo(35050);
    assertThat(
            item("extra-queso")
                .getJsonObject("price_info")
                .getJsonArray("overrides")
                .getJsonObject(0)
                .getString("context_value"))
        .isEqualTo("carne.extras");
  }

  @Test
  void aBundlesFlavourGroupHasItsMinAndMaxAndEachFlavourMayRepeat() {
    JsonObject sabores = group("sabores-12");
    JsonObject quantity = sabores.getJsonObject("quantity_info").getJsonObject("quantity");

    assertThat(quantity.getInt("min_permitted")).isEqualTo(12);
    assertThat(quantity.getInt("max_permitted")).isEqualTo(12);
    assertThat(sabores.getJsonArray("modifier_options")).hasSize(2);
    assertThat(item("docena").getJsonObject("modifier_group_ids").getJsonArray("ids").getString(0))
        .isEqualTo("sabores-12");
    JsonObject flavour = item("sabores-12:carne");
    assertThat(
            flavour
                .getJsonObject("quantity_info")
                .getJsonArray("overrides")
                .getJsonObject(0)
                .getJsonObject("quantity")
                .getInt("max_permitted"))
        .isEqualTo(12);
    assertThat(
            item("-cebolla")
                .getJsonObject("quantity_info")
                .getJsonArray("overrides")
                .getJsonObject(0)
                .getJsonObject("quantity")
                .getInt("max_permitted"))
        .isEqualTo(1);
  }

  @Test
  void anEightySixedItemOrFlavourIsSuspendedForADayAndOthersAreNot() {
    long tomorrow = NOW.plusSeconds(24 * 3600).getEpochSecond();

    assertThat(
            item("humita")
                .getJsonObject("suspension_info")
                .getJsonObject("suspension")
                .getJsonNumber("suspend_until")
                .longValue())
        .isEqualTo(tomorrow);
    assertThat(item("sabores-12:humita").containsKey("suspension_info")).isTrue();
    assertThat(item("carne").containsKey("suspension_info")).isFalse();
    assertThat(item("sabores-12:carne").containsKey("suspension_info")).isFalse();
  }

  @Test
  void everyOptionIsAnItemOnceAndEveryItemIdIsUnique() {
    List<String> ids =
        cut.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(i -> i.getString("id"))
            .toList();

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids)
        .contains("docena", "carne", "humita", "gaseosa", "sabores-12:carne", "-cebolla");
  }
}
