package com.angelskitchen.partners.doordash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.boundary.PartnerOrder.Modifier;
import com.angelskitchen.partners.spi.WebhookRefusal;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class DoorDashOrdersTest {

  static final String ORDER =
      """
      {
        "id": "dd-5b1e07",
        "delivery_short_code": "5B1E",
        "consumer": {"first_name": "Martín", "last_name": "G."},
        "is_pickup": false,
        "fulfillment_type": "dx_delivery",
        "order_special_instructions": "  sin servilletas  ",
        "estimated_pickup_time": "2026-11-28T21:40:00-03:00",
        "categories": [
          {
            "name": "Empanadas fritas",
            "items": [
              {
                "merchant_supplied_id": "carne",
                "name": "Empanada de carne",
                "quantity": 4,
                "special_instructions": "bien doradas",
                "extras": [
                  {"name": "Extras", "options": [
                    {"merchant_supplied_id": "extra-queso", "name": "Extra queso"},
                    {"name": "No onion"}
                  ]}
                ]
              }
            ]
          },
          {
            "name": "Empanadas al horno",
            "items": [{"name": "Empanada de humita", "quantity": 2}]
          }
        ]
      }
      """;

  static JsonObject json(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static PartnerOrder translate(String text) {
    return DoorDashOrders.translate(json(text));
  }

  static void assertRefused(ThrowingCallable translating, String reason) {
    assertThatThrownBy(translating)
        .isInstanceOfSatisfying(
            WebhookRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(400))
        .hasMessage(reason);
  }

  @Test
  void readsTheOrderForTheKitchen() {
    PartnerOrder order = translate(ORDER);

    assertThat(order.partnerOrderId()).isEqualTo("dd-5b1e07");
    assertThat(order.displayId()).isEqualTo("5B1E");
    assertThat(order.fulfillment()).isEqualTo(Fulfillment.DELIVERY);
    assertThat(order.customerName()).isEqualTo("Martín");
    assertThat(order.note()).isEqualTo("sin servilletas");
    assertThat(order.allergyAlert()).isNull();
    assertThat(order.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-28T21:40:00-03:00"));
  }

  @Test
  void takesItemsOfEveryCategoryWithTheirChosenOptionsAsAdditions() {
    PartnerOrder order = translate(ORDER);

    assertThat(order.lines())
        .containsExactly(
            new PartnerOrder.Line(
                "carne",
                "Empanada de carne",
                4,
                null,
                List.of(Modifier.of("extra-queso", "Extra queso"), Modifier.of(null, "No onion")),
                "bien doradas"),
            new PartnerOrder.Line(null, "Empanada de humita", 2, null, null, null));
  }

  @Test
  void aPickupIsTakeout() {
    assertThat(
            translate(ORDER.replace("\"is_pickup\": false", "\"is_pickup\": true")).fulfillment())
        .isEqualTo(Fulfillment.TAKEOUT);
    assertThat(translate(ORDER.replace("dx_delivery", "pickup")).fulfillment())
        .isEqualTo(Fulfillment.TAKEOUT);
  }

  @Test
  void anOrderWithoutItemsIsRefused() {
    assertRefused(
        () -> translate("{\"id\": \"dd-1\", \"categories\": [{\"items\": []}]}"),
        "order.categories[].items[] holds no item");
    assertRefused(
        () -> translate("{\"id\": \"dd-1\"}"), "order.categories[].items[] holds no item");
  }

  @Test
  void anOrderWithoutIdOrAnItemWithoutNameOrQuantityIsRefused() {
    assertRefused(
        () -> translate(ORDER.replace("\"id\": \"dd-5b1e07\",", "")), "order.id is required");
    assertRefused(
        () -> translate(ORDER.replace("\"name\": \"Empanada de humita\",", "")),
        "order.categories[].items[].name is required");
    assertRefused(
        () -> translate(ORDER.replace("\"quantity\": 2", "\"quantity\": \"2\"")),
        "order.categories[].items[].quantity must be a whole number");
  }

  @Test
  void aPickupTimeThatIsNotIsoIsRefused() {
    assertRefused(
        () -> translate(ORDER.replace("2026-11-28T21:40:00-03:00", "21:40")),
        "order.estimated_pickup_time is not an ISO-8601 time with offset: 21:40");
  }
}
