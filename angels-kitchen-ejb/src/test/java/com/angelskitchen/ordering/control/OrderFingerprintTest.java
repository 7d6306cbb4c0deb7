package com.angelskitchen.ordering.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFingerprintTest {

  static final OffsetDateTime NOON_BUENOS_AIRES = OffsetDateTime.parse("2026-12-05T12:00-03:00");

  final PlaceOrder cut =
      order(
          Fulfillment.DINE_IN,
          "Lucía",
          NOON_BUENOS_AIRES,
          new PlaceOrder.Line("carne", 2, List.of("cebolla"), List.of("extra-queso"), "dorada"));

  static PlaceOrder order(
      Fulfillment fulfillment, String name, OffsetDateTime pickupAt, PlaceOrder.Line... lines) {
    return new PlaceOrder(
        OrderSource.POS, fulfillment, name, "mesa 4", null, false, pickupAt, List.of(lines));
  }

  @Test
  void isTheSha256OfTheCanonicalFormInHex() {
    assertThat(OrderFingerprint.of(cut)).matches("[0-9a-f]{64}");
    assertThat(OrderFingerprint.of(cut)).isEqualTo(OrderFingerprint.of(cut));
  }

  @Test
  void theCanonicalFormListsEveryFieldInAFixedOrderWithNullsForWhatIsMissing() {
    assertThat(OrderFingerprint.canonical(cut))
        .isEqualTo(
            "{\"v\":\"v1\",\"source\":\"POS\",\"fulfillment\":\"DINE_IN\","
                + "\"customerName\":\"Lucía\",\"note\":\"mesa 4\",\"allergyAlert\":null,"
                + "\"rush\":false,\"pickupAt\":\"2026-12-05T15:00:00Z\",\"lines\":[{"
                + "\"item\":\"carne\",\"unmapped\":null,\"quantity\":2,\"remove\":[\"cebolla\"],"
                + "\"add\":[\"extra-queso\"],\"note\":\"dorada\"}]}");
  }

  @Test
  void theSameOrderAsTheKitchenUnderstandsItHasTheSameFingerprint() {
    PlaceOrder sameButSpelledDifferently =
        new PlaceOrder(
            OrderSource.POS,
            Fulfillment.DINE_IN,
            "  Lucía ",
            "mesa 4",
            "   ",
            false,
            OffsetDateTime.parse("2026-12-05T15:00Z"),
            List.of(
                new PlaceOrder.Line(
                    "carne", 2, List.of("cebolla"), List.of("extra-queso"), " dorada ")));

    assertThat(OrderFingerprint.of(sameButSpelledDifferently)).isEqualTo(OrderFingerprint.of(cut));
  }

  @Test
  void takeoutByDefaultIsTheSameAsTakeoutSaid() {
    PlaceOrder.Line line = PlaceOrder.Line.of("carne", 1);

    assertThat(OrderFingerprint.of(order(null, null, null, line)))
        .isEqualTo(OrderFingerprint.of(order(Fulfillment.TAKEOUT, null, null, line)));
  }

  @Test
  void anyDifferenceTheKitchenWouldSeeChangesIt() {
    PlaceOrder.Line carne =
        new PlaceOrder.Line("carne", 2, List.of("cebolla"), List.of("extra-queso"), "dorada");
    List<PlaceOrder> others =
        List.of(
            order(Fulfillment.TAKEOUT, "Lucía", NOON_BUENOS_AIRES, carne),
            order(Fulfillment.DINE_IN, "Lucia", NOON_BUENOS_AIRES, carne),
            order(Fulfillment.DINE_IN, "Lucía", NOON_BUENOS_AIRES.plusMinutes(15), carne),
            order(Fulfillment.DINE_IN, "Lucía", null, carne),
            order(
                Fulfillment.DINE_IN,
                "Lucía",
                NOON_BUENOS_AIRES,
                new PlaceOrder.Line(
                    "carne", 3, List.of("cebolla"), List.of("extra-queso"), "dorada")),
            order(
                Fulfillment.DINE_IN,
                "Lucía",
                NOON_BUENOS_AIRES,
                new PlaceOrder.Line("carne", 2, List.of(), List.of("extra-queso"), "dorada")),
            order(
                Fulfillment.DINE_IN,
                "Lucía",
                NOON_BUENOS_AIRES,
                new PlaceOrder.Line("carne", 2, List.of("cebolla"), List.of("extra-queso"), null)),
            order(
                Fulfillment.DINE_IN,
                "Lucía",
                NOON_BUENOS_AIRES,
                carne,
                PlaceOrder.Line.of("humita", 1)),
            new PlaceOrder(
                OrderSource.POS,
                Fulfillment.DINE_IN,
                "Lucía",
                "mesa 4",
                null,
                true,
                NOON_BUENOS_AIRES,
                List.of(carne)));

    assertThat(others)
        .extracting(OrderFingerprint::of)
        .doesNotContain(OrderFingerprint.of(cut))
        .doesNotHaveDuplicates();
  }

  @Test
  void textThatLooksLikeJsonCannotForgeAnotherOrder() {
    PlaceOrder.Line line = PlaceOrder.Line.of("carne", 1);
    PlaceOrder sneaky = order(null, "Ana\",\"note\":\"x", null, line);
    PlaceOrder plain = order(null, "Ana", null, line);

    assertThat(OrderFingerprint.of(sneaky)).isNotEqualTo(OrderFingerprint.of(plain));
    assertThat(OrderFingerprint.canonical(sneaky)).contains("\"Ana\\\",\\\"note\\\":\\\"x\"");
  }
}
