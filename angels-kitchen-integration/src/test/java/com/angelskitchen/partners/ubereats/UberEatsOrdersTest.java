package com.angelskitchen.partners.ubereats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.partners.boundary.DenyReason;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.boundary.PartnerOrder.Modifier;
import com.angelskitchen.partners.spi.WebhookRefusal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class UberEatsOrdersTest {

  static final String ORDER =
      """
      {
        "id": "7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e7f1a3b",
        "display_id": "7F3A9",
        "current_state": "CREATED",
        "type": "DELIVERY_BY_UBER",
        "eater": {"first_name": "Lucía", "phone": "+54 11 5555 0000"},
        "cart": {
          "items": [
            {
              "id": "uber-item-carne",
              "external_data": " carne ",
              "title": "Empanada de carne",
              "quantity": 6,
              "selected_modifier_groups": [
                {
                  "id": "mg-extras",
                  "title": "Extras",
                  "selected_items": [
                    {"id": "uber-opt-queso", "external_data": "extra-queso", "title": "Extra queso"},
                    {"id": "uber-opt-chimi", "title": "Chimichurri"}
                  ],
                  "removed_items": [
                    {"id": "uber-rm-cebolla", "external_data": "cebolla", "title": "Cebolla"}
                  ]
                }
              ],
              "special_instructions": "bien doradas",
              "special_requests": [
                {"allergy": {"allergens_to_exclude": ["peanuts"],
                             "allergy_instructions": " sin maní, por favor "}}
              ]
            },
            {
              "id": "uber-item-humita",
              "external_data": "",
              "title": "Empanada de humita",
              "quantity": 2,
              "special_requests": [{"allergy": {"allergens_to_exclude": ["peanuts", "shellfish"]}}]
            }
          ],
          "special_instructions": "  tocar timbre 3B  "
        },
        "estimated_ready_for_pickup_at": "2026-11-28T21:30:00-03:00"
      }
      """;

  static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static PartnerOrder translate(String text) {
    return UberEatsOrders.translate(json(text));
  }

  @Test
  void readsTheOrderForTheKitchen() {
    PartnerOrder order = translate(ORDER);

    assertThat(order.partnerOrderId()).isEqualTo("7f3a9c2e-1b4d-4e8f-9a6b-0c5d2e7f1a3b");
    assertThat(order.displayId()).isEqualTo("7F3A9");
    assertThat(order.fulfillment()).isEqualTo(Fulfillment.DELIVERY);
    assertThat(order.customerName()).isEqualTo("Lucía");
    assertThat(order.note()).isEqualTo("tocar timbre 3B");
    assertThat(order.allergyAlert())
        .as("every allergy once, in order")
        .isEqualTo("peanuts, sin maní, por favor, shellfish");
    assertThat(order.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-28T21:30:00-03:00"));
  }

  @Test
  void matchesItemsAndOptionsByExternalDataElseByUbersId() {
    List<PartnerOrder.Line> lines = translate(ORDER).lines();

    assertThat(lines).hasSize(2);
    PartnerOrder.Line carne = lines.get(0);
    assertThat(carne.partnerItemId()).isEqualTo("carne");
    assertThat(carne.name()).isEqualTo("Empanada de carne");
    assertThat(carne.quantity()).isEqualTo(6);
    assertThat(carne.added())
        .containsExactly(
            new Modifier("extra-queso", "Extra queso", "mg-extras", 1),
            new Modifier("uber-opt-chimi", "Chimichurri", "mg-extras", 1));
    assertThat(carne.removed()).containsExactly(Modifier.of("cebolla", "Cebolla"));
    assertThat(carne.instructions()).isEqualTo("bien doradas");
    PartnerOrder.Line humita = lines.get(1);
    assertThat(humita.partnerItemId()).as("blank external_data").isEqualTo("uber-item-humita");
    assertThat(humita.quantity()).isEqualTo(2);
    assertThat(humita.added()).isEmpty();
    assertThat(humita.removed()).isEmpty();
    assertThat(humita.instructions()).isNull();
  }

  @Test
  void aPickUpIsTakeoutAndAnyOtherTypeIsDelivery() {
    assertThat(translate(ORDER.replace("DELIVERY_BY_UBER", "PICK_UP")).fulfillment())
        .isEqualTo(Fulfillment.TAKEOUT);
    assertThat(translate(ORDER.replace("DELIVERY_BY_UBER", "DINE_IN")).fulfillment())
        .isEqualTo(Fulfillment.DINE_IN);
    assertThat(translate(ORDER.replace("DELIVERY_BY_UBER", "DELIVERY_BY_RESTAURANT")).fulfillment())
        .isEqualTo(Fulfillment.DELIVERY);
    assertThat(translate(ORDER.replace("\"type\": \"DELIVERY_BY_UBER\",", "")).fulfillment())
        .isEqualTo(Fulfillment.DELIVERY);
  }

  @Test
  void withoutAllergiesOrPickupTimeThereIsNoAlertAndNoTime() {
    PartnerOrder order =
        translate(
            """
            {"id": "uber-2", "cart": {"items": [{"id": "carne", "title": "Carne", "quantity": 1}]}}
            """);

    assertThat(order.allergyAlert()).isNull();
    assertThat(order.pickupAt()).isNull();
    assertThat(order.customerName()).isNull();
    assertThat(order.note()).isNull();
    assertThat(order.lines()).extracting(PartnerOrder.Line::partnerItemId).containsExactly("carne");
  }

  @Test
  void anOrderWithoutIdOrAnItemWithoutQuantityCannotBeRead() {
    assertThatThrownBy(() -> translate("{\"cart\": {\"items\": []}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the Uber Eats order has no id");
    assertThatThrownBy(
            () -> translate("{\"id\": \"uber-3\", \"cart\": {\"items\": [{\"id\": \"carne\"}]}}"))
        .isInstanceOfSatisfying(
            WebhookRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(400))
        .hasMessage("cart.items[].quantity must be a whole number");
  }

  @Test
  void aLongFirstNameIsClipped() {
    PartnerOrder order = translate(ORDER.replace("Lucía", "Lucía".repeat(20)));

    assertThat(order.customerName()).hasSize(80).startsWith("LucíaLucía").endsWith("…");
  }

  @Test
  void denialsUseUberEatsReasonCodes() {
    assertThat(UberEatsOrders.denyCode(DenyReason.ITEM_UNAVAILABLE)).isEqualTo("ITEM_AVAILABILITY");
    assertThat(UberEatsOrders.denyCode(DenyReason.STORE_PAUSED)).isEqualTo("STORE_CLOSED");
    assertThat(UberEatsOrders.denyCode(DenyReason.CANNOT_MAKE)).isEqualTo("MISSING_ITEM");
    assertThat(UberEatsOrders.denyCode(null)).isEqualTo("OTHER");
  }

  @Test
  void anOrderUberEatsReportsCanceledIsCancelledWhateverTheSpelling() {
    assertThat(UberEatsOrders.isCancelled(json(ORDER))).isFalse();
    assertThat(UberEatsOrders.isCancelled(json("{\"id\": \"x\", \"current_state\": \"CANCELED\"}")))
        .isTrue();
    assertThat(
            UberEatsOrders.isCancelled(json("{\"id\": \"x\", \"current_state\": \"cancelled\"}")))
        .isTrue();
    assertThat(UberEatsOrders.isCancelled(json("{\"id\": \"x\", \"current_state\": \"ACCEPTED\"}")))
        .isFalse();
    assertThat(UberEatsOrders.isCancelled(json("{\"id\": \"x\"}"))).isFalse();
  }
}
