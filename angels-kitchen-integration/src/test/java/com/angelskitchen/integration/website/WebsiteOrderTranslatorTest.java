package com.angelskitchen.integration.website;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.OrderSource;
import org.junit.jupiter.api.Test;

class WebsiteOrderTranslatorTest {

  final WebsiteOrderTranslator cut = new WebsiteOrderTranslator();

  @Test
  void translatesAWebsiteOrderIntoAWebsiteSourcedCommand() {
    PlaceOrder command =
        cut.translate(
            """
            {"eventId": "web-1001", "customerName": "Lucía",
             "lines": [{"item": "Empanada de carne", "quantity": 6, "station": "fritura"},
                       {"item": "Flan", "quantity": 1, "station": "mostrador"}]}
            """);

    assertThat(command.source()).isEqualTo(OrderSource.WEBSITE);
    assertThat(command.customerName()).isEqualTo("Lucía");
    assertThat(command.lines())
        .containsExactly(
            new PlaceOrder.Line("Empanada de carne", 6, "fritura"),
            new PlaceOrder.Line("Flan", 1, "mostrador"));
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
  void refusesMissingLinesAndQuantities() {
    assertThatThrownBy(() -> cut.translate("{\"eventId\": \"w-1\"}"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("an order needs at least one line");
    assertThatThrownBy(
            () ->
                cut.translate(
                    "{\"eventId\": \"w-1\", \"lines\": [{\"item\": \"Carne\", \"station\": \"fritura\"}]}"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("every line needs an item and a quantity");
  }
}
