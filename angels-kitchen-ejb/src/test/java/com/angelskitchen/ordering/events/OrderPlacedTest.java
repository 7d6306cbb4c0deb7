package com.angelskitchen.ordering.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderPlacedTest {

  final OrderPlaced cut =
      new OrderPlaced(
          7,
          70,
          LocalDate.of(2026, 11, 27),
          "012",
          "POS",
          "Ana",
          OffsetDateTime.parse("2026-11-27T20:15:00-03:00"),
          List.of(
              new OrderPlaced.Line(1, "Carne", 2, "fritura"),
              new OrderPlaced.Line(2, "Humita", 1, "horno"),
              new OrderPlaced.Line(3, "Pollo", 1, "fritura")));

  @Test
  void eachStationSeesOnlyItsOwnLines() {
    assertThat(cut.linesFor("fritura"))
        .extracting(OrderPlaced.Line::item)
        .containsExactly("Carne", "Pollo");
    assertThat(cut.linesFor("horno")).extracting(OrderPlaced.Line::item).containsExactly("Humita");
    assertThat(cut.linesFor("mostrador")).isEmpty();
  }

  @Test
  void isNamedForTheScreens() {
    assertThat(cut.type()).isEqualTo("OrderPlaced");
  }
}
