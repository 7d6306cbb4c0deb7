package com.angelskitchen.it.ordering;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A full order with modifiers, notes and alerts is stored exactly as taken, priced and taxed. */
class OrderPersistenceIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void aFullOrderWithModifiersIsStoredAsTaken() {
    String guest = Guests.unique("Lucía");

    JsonObject placed =
        api.place(
            order(
                    guest,
                    line(menu.carne, 2)
                        .without(menu.cebolla, menu.huevo)
                        .with(menu.extraQueso)
                        .note("bien dorada"),
                    line(menu.humita, 1).without(menu.queso),
                    line(menu.gaseosa, 3))
                .fulfillment("DINE_IN")
                .note("mesa 4")
                .allergyAlert("alergia al huevo")
                .rush());

    // 2 × (1800 + 350) + 1900 + 3 × 1500 = 10700; tax 21% = 2247; total 12947
    assertThat(placed.getJsonNumber("subtotal").bigDecimalValue()).isEqualByComparingTo("10700.00");
    assertThat(placed.getJsonNumber("tax").bigDecimalValue()).isEqualByComparingTo("2247.00");
    assertThat(placed.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("12947.00");

    long orderId = placed.getJsonNumber("orderId").longValue();
    JsonObject stored = api.order(orderId);
    assertThat(stored.getString("customerName")).isEqualTo(guest);
    assertThat(stored.getString("fulfillment")).isEqualTo("DINE_IN");
    assertThat(stored.getString("note")).isEqualTo("mesa 4");
    assertThat(stored.getString("allergyAlert")).isEqualTo("alergia al huevo");
    assertThat(stored.getBoolean("rush")).isTrue();
    assertThat(stored.getString("status")).isEqualTo("IN_KITCHEN");
    assertThat(stored.getString("placedAt")).isNotBlank();
    assertThat(stored.getString("firedAt")).isEqualTo(stored.getString("placedAt"));

    JsonObject carne = stored.getJsonArray("lines").getJsonObject(0);
    assertThat(carne.getString("itemCode")).isEqualTo(menu.carne);
    assertThat(carne.getInt("quantity")).isEqualTo(2);
    assertThat(carne.getString("note")).isEqualTo("bien dorada");
    assertThat(names(carne, "removed")).containsExactly("Cebolla", "Huevo duro");
    assertThat(names(carne, "added")).containsExactly("Extra queso");
    assertThat(carne.getJsonNumber("lineTotal").bigDecimalValue()).isEqualByComparingTo("4300.00");
    assertThat(strings(carne, "allergens"))
        .as("huevo removed, queso added")
        .containsExactly("GLUTEN", "MILK");

    JsonObject humita = stored.getJsonArray("lines").getJsonObject(1);
    assertThat(strings(humita, "allergens"))
        .as("sin queso, but the salsa blanca keeps dairy")
        .containsExactly("GLUTEN", "MILK");

    // And in the tables themselves:
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM order_line_modifier m JOIN order_line l ON l.id = m.line_id WHERE l.order_id = ?",
                orderId))
        .isEqualTo(4);
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM order_line_modifier m JOIN order_line l ON l.id = m.line_id"
                    + " WHERE l.order_id = ? AND m.kind = 'ADD' AND m.price = 350.00",
                orderId))
        .isEqualTo(1);
    assertThat(
            new BigDecimal(
                    KitchenDatabase.number(
                        "SELECT (total * 100)::bigint FROM kitchen_order WHERE id = ?", orderId))
                .movePointLeft(2))
        .isEqualByComparingTo("12947.00");
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM kitchen_log WHERE order_id = ? AND event_type = 'OrderPlaced'",
                orderId))
        .isEqualTo(1);
  }

  @Test
  void orderNumbersFollowEachOtherWithinTheBusinessDay() {
    JsonObject first = api.placeOrder(Guests.unique("Uno"), line(menu.carne, 1));
    JsonObject second = api.placeOrder(Guests.unique("Dos"), line(menu.carne, 1));

    assertThat(Integer.parseInt(second.getString("orderNumber")))
        .isEqualTo(Integer.parseInt(first.getString("orderNumber")) + 1);
    assertThat(api.order(second.getJsonNumber("orderId").longValue()).getString("businessDay"))
        .isEqualTo(api.order(first.getJsonNumber("orderId").longValue()).getString("businessDay"));
  }

  static java.util.List<String> names(JsonObject line, String field) {
    return line.getJsonArray(field).stream().map(v -> v.asJsonObject().getString("name")).toList();
  }

  static java.util.List<String> strings(JsonObject line, String field) {
    return line.getJsonArray(field).getValuesAs(JsonValue::toString).stream()
        .map(s -> s.replace("\"", ""))
        .toList();
  }
}
