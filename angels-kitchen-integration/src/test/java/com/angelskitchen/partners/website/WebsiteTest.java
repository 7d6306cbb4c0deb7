package com.angelskitchen.partners.website;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebsiteTest {

  static final String ORDER =
      """
      {"eventId": "web-1001", "customerName": "Lucía", "fulfillment": "DELIVERY",
       "pickupAt": "2026-11-27T21:30:00-03:00", "note": "tocar timbre 3B",
       "allergyAlert": "celíaca: sin gluten",
       "lines": [{"item": "carne", "quantity": 6, "remove": ["cebolla"],
                  "add": ["extra-queso"], "note": "bien doradas"},
                 {"item": "humita", "quantity": 2}]}
      """;

  static PartnerOrder translate(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      return Website.translate(json);
    }
  }

  static void assertRefused(String text, String reason) {
    assertThatThrownBy(() -> translate(text))
        .isInstanceOfSatisfying(
            WebhookRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(400))
        .hasMessage(reason);
  }

  @Test
  void readsAValidOrderWithTheEventIdAsTheOrdersId() {
    PartnerOrder order = translate(ORDER);

    assertThat(order.partnerOrderId()).isEqualTo("web-1001");
    assertThat(order.displayId()).isEqualTo("web-1001");
    assertThat(order.fulfillment()).isEqualTo(Fulfillment.DELIVERY);
    assertThat(order.customerName()).isEqualTo("Lucía");
    assertThat(order.note()).isEqualTo("tocar timbre 3B");
    assertThat(order.allergyAlert()).isEqualTo("celíaca: sin gluten");
    assertThat(order.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T21:30:00-03:00"));
    assertThat(order.lines())
        .containsExactly(
            new PartnerOrder.Line(
                "carne",
                "carne",
                6,
                List.of(Modifier.of("cebolla", "cebolla")),
                List.of(Modifier.of("extra-queso", "extra-queso")),
                "bien doradas"),
            new PartnerOrder.Line("humita", "humita", 2, null, null, null));
  }

  @Test
  void withoutFulfillmentItIsTakeout() {
    assertThat(translate(ORDER.replace("\"fulfillment\": \"DELIVERY\",", "")).fulfillment())
        .isEqualTo(Fulfillment.TAKEOUT);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'\"eventId\": \"web-1001\",' | ''",
        "'\"eventId\": \"web-1001\",' | '\"eventId\": \"web 1001\",'",
        "'\"eventId\": \"web-1001\",' | '\"eventId\": true,'",
        "'\"eventId\": \"web-1001\",' | '\"eventId\": \"\",'"
      })
  void refusesAMissingOrMalformedEventId(String valid, String wrong) {
    assertRefused(ORDER.replace(valid, wrong), "eventId is required: 1-64 letters, digits or ._:-");
  }

  @Test
  void refusesAnEventIdLongerThanSixtyFour() {
    assertThat(translate(ORDER.replace("web-1001", "w".repeat(64))).partnerOrderId()).hasSize(64);
    assertRefused(
        ORDER.replace("web-1001", "w".repeat(65)),
        "eventId is required: 1-64 letters, digits or ._:-");
  }

  @Test
  void refusesAnOrderWithoutLines() {
    assertRefused("{\"eventId\": \"web-1002\", \"lines\": []}", "an order needs at least one line");
    assertRefused("{\"eventId\": \"web-1002\"}", "an order needs at least one line");
  }

  @ParameterizedTest
  @CsvSource({"0", "100", "-1"})
  void refusesAQuantityOutsideOneToNinetyNine(int quantity) {
    assertRefused(
        ORDER.replace("\"quantity\": 6", "\"quantity\": " + quantity),
        "quantity of carne must be between 1 and 99, was " + quantity);
  }

  @Test
  void refusesALineWithoutItemOrWholeQuantity() {
    assertRefused(
        ORDER.replace("\"item\": \"humita\", ", ""), "every line needs an item and a quantity");
    assertRefused(
        ORDER.replace("\"quantity\": 2", "\"quantity\": \"2\""),
        "every line needs an item and a quantity");
    assertRefused(
        ORDER.replace("\"quantity\": 2", "\"quantity\": 1.5"),
        "lines[].quantity must be a whole number");
  }

  @Test
  void refusesAnUnknownFulfillment() {
    assertRefused(
        ORDER.replace("\"DELIVERY\"", "\"DRONE\""),
        "fulfillment is DINE_IN, TAKEOUT or DELIVERY, was DRONE");
    assertRefused(
        ORDER.replace("\"DELIVERY\"", "\"delivery\""),
        "fulfillment is DINE_IN, TAKEOUT or DELIVERY, was delivery");
  }

  @Test
  void refusesAPickupTimeWithoutOffset() {
    assertRefused(
        ORDER.replace("2026-11-27T21:30:00-03:00", "2026-11-27T21:30:00"),
        "pickupAt is not an ISO-8601 time with offset: 2026-11-27T21:30:00");
  }

  @Test
  void refusesAQuantityBeyondAnInt() {
    assertThatThrownBy(
            () -> translate(ORDER.replace("\"quantity\": 6", "\"quantity\": 4294967297")))
        .isInstanceOf(WebhookRefusal.class);
  }

  @Test
  void refusesTextsLongerThanTheKitchenKeeps() {
    assertRefused(
        ORDER.replace("\"Lucía\"", "\"" + "L".repeat(81) + "\""),
        "customerName is longer than 80 characters");
    assertRefused(
        ORDER.replace("tocar timbre 3B", "t".repeat(501)), "note is longer than 500 characters");
  }

  static Website.Cancellation cancellation(String text) {
    try (var reader = Json.createReader(new StringReader(text))) {
      return Website.Cancellation.of(reader.readObject());
    }
  }

  @Test
  void readsACancellationByTheOrdersEventId() {
    Website.Cancellation cancel =
        cancellation("{\"eventId\": \"web-1001\", \"reason\": \"se arrepintió\"}");

    assertThat(cancel.eventId()).isEqualTo("web-1001");
    assertThat(cancel.reason()).isEqualTo("se arrepintió");
    assertThat(cancellation("{\"eventId\": \"web-1001\"}").reason()).isNull();
  }

  @Test
  void refusesACancellationWithoutAValidEventIdOrWithAnOverlongReason() {
    for (String text :
        List.of("{}", "{\"eventId\": \"web 1001\"}", "{\"eventId\": \"" + "w".repeat(65) + "\"}")) {
      assertThatThrownBy(() -> cancellation(text))
          .isInstanceOf(WebhookRefusal.class)
          .hasMessage("eventId is required: 1-64 letters, digits or ._:-");
    }
    assertThatThrownBy(
            () -> cancellation("{\"eventId\": \"web-1\", \"reason\": \"" + "r".repeat(201) + "\"}"))
        .isInstanceOf(WebhookRefusal.class)
        .hasMessage("reason is longer than 200 characters");
  }
}
