package com.angelskitchen.ordering.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceOrderTest {

  static PlaceOrder order(String customerName, List<PlaceOrder.Line> lines) {
    return new PlaceOrder(OrderSource.POS, null, customerName, null, null, false, null, lines);
  }

  @Test
  void keepsAValidOrderWithTrimmedTextAndTakeoutByDefault() {
    PlaceOrder cut = order("  Ana  ", List.of(PlaceOrder.Line.of("carne", 2)));

    assertThat(cut.customerName()).isEqualTo("Ana");
    assertThat(cut.fulfillment()).isEqualTo(Fulfillment.TAKEOUT);
    assertThat(cut.lines()).containsExactly(PlaceOrder.Line.of("carne", 2));
  }

  @Test
  void blankTextMeansNone() {
    PlaceOrder cut =
        new PlaceOrder(
            OrderSource.POS,
            Fulfillment.DINE_IN,
            " ",
            "",
            "  ",
            true,
            null,
            List.of(PlaceOrder.Line.of("carne", 1)));
    assertThat(cut.customerName()).isNull();
    assertThat(cut.note()).isNull();
    assertThat(cut.allergyAlert()).isNull();
  }

  @Test
  void refusesAnEmptyOrder() {
    assertThatThrownBy(() -> order(null, List.of()))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("an order needs at least one line");
    assertThatThrownBy(() -> order(null, null)).isInstanceOf(InvalidOrderException.class);
  }

  @Test
  void refusesTooManyLines() {
    List<PlaceOrder.Line> lines =
        new ArrayList<>(
            Collections.nCopies(PlaceOrder.MAX_LINES + 1, PlaceOrder.Line.of("carne", 1)));
    assertThatThrownBy(() -> order(null, lines))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageContaining("at most 100 lines");
  }

  @Test
  void quantityMustBeBetweenOneAndNinetyNine() {
    assertThat(PlaceOrder.Line.of("carne", 1).quantity()).isEqualTo(1);
    assertThat(PlaceOrder.Line.of("carne", 99).quantity()).isEqualTo(99);
    assertThatThrownBy(() -> PlaceOrder.Line.of("carne", 0))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("quantity of carne must be between 1 and 99, was 0");
    assertThatThrownBy(() -> PlaceOrder.Line.of("carne", 100))
        .isInstanceOf(InvalidOrderException.class);
  }

  @Test
  void everyLineNeedsAnItemCode() {
    assertThatThrownBy(() -> PlaceOrder.Line.of(" ", 1))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("every line needs an item");
    assertThatThrownBy(() -> PlaceOrder.Line.of("<script>", 1))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("unknown item '<script>'");
  }

  @Test
  void modifiersAreCodes() {
    assertThatThrownBy(() -> new PlaceOrder.Line("carne", 1, List.of("Sin Cebolla"), null, null))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("carne: 'Sin Cebolla' is not a known ingredient to remove");
  }

  @Test
  void refusesOverlongText() {
    String longName = "x".repeat(PlaceOrder.MAX_NAME + 1);
    assertThatThrownBy(() -> order(longName, List.of(PlaceOrder.Line.of("carne", 1))))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("customer name is longer than 80 characters");
  }

  @Test
  void anUnmappedLineCarriesThePartnersNameAndNoMenuItem() {
    PlaceOrder.Line cut = PlaceOrder.Line.unmapped("  Empanada árabe ", 2, "- Sin cebolla");

    assertThat(cut.unmapped()).isEqualTo("Empanada árabe");
    assertThat(cut.item()).isNull();
    assertThat(cut.fromMenu()).isFalse();
    assertThat(cut.quantity()).isEqualTo(2);
    assertThat(cut.remove()).isEmpty();
    assertThat(cut.add()).isEmpty();
    assertThat(cut.note()).isEqualTo("- Sin cebolla");
    assertThat(PlaceOrder.Line.of("carne", 1).fromMenu()).isTrue();
  }

  @Test
  void aLineIsAMenuItemOrUnmappedNotBoth() {
    assertThatThrownBy(
            () -> new PlaceOrder.Line("carne", 1, List.of(), List.of(), null, "Empanada árabe"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("a line is either a menu item or unmapped, not both");
    assertThatThrownBy(() -> PlaceOrder.Line.unmapped(" ", 1, null))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("an unmapped line needs the partner's item name");
  }

  @Test
  void anUnmappedLineCarriesNoModifierCodesAndTheUsualQuantityRule() {
    assertThatThrownBy(
            () ->
                new PlaceOrder.Line(null, 1, List.of("cebolla"), List.of(), null, "Empanada árabe"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("an unmapped line carries its modifiers in its note, not as menu codes");
    assertThatThrownBy(
            () ->
                new PlaceOrder.Line(null, 1, null, List.of("extra-queso"), null, "Empanada árabe"))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("an unmapped line carries its modifiers in its note, not as menu codes");
    assertThatThrownBy(() -> PlaceOrder.Line.unmapped("Empanada árabe", 0, null))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("quantity of Empanada árabe must be between 1 and 99, was 0");
  }
}
