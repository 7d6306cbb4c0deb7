package com.angelskitchen.ordering.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.ordering.entity.OrderSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {

  static PlaceOrder.Line carne(int quantity) {
    return new PlaceOrder.Line("Empanada de carne", quantity, "fritura");
  }

  @Test
  void keepsAValidOrderWithTrimmedText() {
    PlaceOrder cut = new PlaceOrder(OrderSource.POS, "  Ana  ", List.of(carne(2)));

    assertThat(cut.customerName()).isEqualTo("Ana");
    assertThat(cut.lines()).containsExactly(carne(2));
  }

  @Test
  void blankCustomerNameMeansNone() {
    assertThat(new PlaceOrder(OrderSource.POS, "   ", List.of(carne(1))).customerName()).isNull();
  }

  @Test
  void refusesAnEmptyOrder() {
    assertThatThrownBy(() -> new PlaceOrder(OrderSource.POS, null, List.of()))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("an order needs at least one line");
    assertThatThrownBy(() -> new PlaceOrder(OrderSource.POS, null, null))
        .isInstanceOf(InvalidOrderException.class);
  }

  @Test
  void refusesTooManyLines() {
    List<PlaceOrder.Line> lines =
        new ArrayList<>(Collections.nCopies(PlaceOrder.MAX_LINES + 1, carne(1)));
    assertThatThrownBy(() -> new PlaceOrder(OrderSource.POS, null, lines))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageContaining("at most 100 lines");
  }

  @Test
  void quantityMustBeBetweenOneAndNinetyNine() {
    assertThat(carne(1).quantity()).isEqualTo(1);
    assertThat(carne(99).quantity()).isEqualTo(99);
    assertThatThrownBy(() -> carne(0))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("quantity of Empanada de carne must be between 1 and 99, was 0");
    assertThatThrownBy(() -> carne(100)).isInstanceOf(InvalidOrderException.class);
  }

  @Test
  void everyLineNeedsAnItemAndAStation() {
    assertThatThrownBy(() -> new PlaceOrder.Line(" ", 1, "fritura"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("every line needs an item");
    assertThatThrownBy(() -> new PlaceOrder.Line("Humita", 1, "Horno!"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageContaining("station of Humita");
  }

  @Test
  void refusesOverlongText() {
    String longName = "x".repeat(PlaceOrder.MAX_TEXT + 1);
    assertThatThrownBy(() -> new PlaceOrder(OrderSource.POS, longName, List.of(carne(1))))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("customer name is longer than 80 characters");
  }
}
