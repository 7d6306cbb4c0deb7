package com.angelskitchen.integration.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebsiteOrderTranslatorTest {

  final WebsiteOrderTranslator cut = new WebsiteOrderTranslator();

  @Test
  void translatesAWebsiteOrderIntoAWebsiteSourcedCommand() {
    PlaceOrder command =
        cut.translate(
            """
            {"eventId": "web-1001", "customerName": "Lucía", "fulfillment": "DELIVERY",
             "pickupAt": "2026-11-27T21:30:00-03:00",
             "lines": [{"item": "carne", "quantity": 6, "remove": ["cebolla"], "add": ["extra-queso"],
                        "note": "bien doradas"},
                       {"item": "flan", "quantity": 1}]}
            """);

    assertThat(command.source()).isEqualTo(OrderSource.WEBSITE);
    assertThat(command.fulfillment()).isEqualTo(Fulfillment.DELIVERY);
    assertThat(command.customerName()).isEqualTo("Lucía");
    assertThat(command.pickupAt()).isEqualTo(OffsetDateTime.parse("2026-11-27T21:30:00-03:00"));
    assertThat(command.lines())
        .containsExactly(
            new PlaceOrder.Line(
                "carne", 6, List.of("cebolla"), List.of("extra-queso"), "bien doradas"),
            PlaceOrder.Line.of("flan", 1));
  }

  @Test
  void refusesWhatIsNotJson() {
    assertThatThrownBy(() -> cut.translate("{\"eventId\": "))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("the body is not a website order in JSON");
  }

  @Test
  void requiresAnEventId() {
    assertThatThrownBy(() -> cut.translate("{\"lines\": []}"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("eventId is required");
    assertThatThrownBy(() -> cut.translate("{\"eventId\": \"a b\", \"lines\": []}"))
        .isInstanceOf(InvalidOrderException.class);
  }

  @Test
  void refusesAnUnknownFulfillment() {
    assertThatThrownBy(
            () ->
                cut.translate(
                    "{\"eventId\": \"w-1\", \"fulfillment\": \"DRONE\", \"lines\": [{\"item\": \"carne\", \"quantity\": 1}]}"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("fulfillment is DINE_IN, TAKEOUT or DELIVERY, was DRONE");
  }

  @Test
  void refusesMissingLinesAndQuantities() {
    assertThatThrownBy(() -> cut.translate("{\"eventId\": \"w-1\"}"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("an order needs at least one line");
    assertThatThrownBy(
            () -> cut.translate("{\"eventId\": \"w-1\", \"lines\": [{\"item\": \"carne\"}]}"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("every line needs an item and a quantity");
  }
}
