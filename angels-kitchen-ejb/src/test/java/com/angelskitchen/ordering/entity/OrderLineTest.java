package com.angelskitchen.ordering.entity;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.money.Money;
import com.angelskitchen.money.TaxRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderLineTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T21:05:00-03:00");

  @Test
  void anUnmappedDraftIsFlaggedFreeAndShownUnderThePartnersName() {
    String name = "Empanada árabe con limón aparte";

    OrderLine.Draft cut = OrderLine.Draft.unmapped(name, 3, "- Sin cebolla");

    assertThat(cut.unmapped()).isTrue();
    assertThat(cut.item()).isNull();
    assertThat(cut.itemName()).isEqualTo(name);
    assertThat(cut.kitchenName())
        .hasSize(OrderLine.Draft.KITCHEN_NAME_LENGTH)
        .isEqualTo("Empanada árabe con limón");
    assertThat(cut.unitPrice()).isEqualTo(Money.ZERO);
    assertThat(cut.quantity()).isEqualTo(3);
    assertThat(cut.note()).isEqualTo("- Sin cebolla");
    assertThat(cut.modifiers()).isEmpty();
    assertThat(cut.allergens()).isEmpty();
  }

  @Test
  void aShortPartnerNameIsTheKitchenNameAsItIs() {
    assertThat(OrderLine.Draft.unmapped("Empanada árabe", 1, null).kitchenName())
        .isEqualTo("Empanada árabe");
  }

  @Test
  void aDraftHasAMenuItemExactlyWhenItIsNotUnmapped() {
    MenuItem carne = carne();
    assertThatThrownBy(
            () ->
                new OrderLine.Draft(
                    carne,
                    "Empanada de carne",
                    "CARNE",
                    1,
                    carne.price(),
                    List.of(),
                    null,
                    Set.of(),
                    true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a line has a menu item exactly when it is not unmapped");
    assertThatThrownBy(
            () ->
                new OrderLine.Draft(
                    null,
                    "Empanada árabe",
                    "Empanada árabe",
                    1,
                    Money.ZERO,
                    List.of(),
                    null,
                    Set.of(),
                    false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnmappedLineAddsNothingToTheBill() {
    MenuItem carne = carne();
    OrderLine.Draft empanada =
        new OrderLine.Draft(
            carne,
            carne.name(),
            carne.kitchenName(),
            2,
            carne.price(),
            List.of(),
            null,
            Set.of(),
            false);
    KitchenOrder order =
        new KitchenOrder(
            new OrderNumber(LocalDate.of(2026, 11, 28), 7),
            new KitchenOrder.Header(
                OrderSource.UBER_EATS, Fulfillment.DELIVERY, "Lucía", null, null, false, null),
            List.of(empanada, OrderLine.Draft.unmapped("Empanada árabe", 2, null)),
            TaxRule.onTop("0"),
            NOW,
            null);

    OrderLine unmapped = order.lines().get(1);
    assertThat(unmapped.isUnmapped()).isTrue();
    assertThat(unmapped.item()).isNull();
    assertThat(unmapped.lineTotal()).isEqualTo(Money.ZERO);
    assertThat(order.lines().get(0).isUnmapped()).isFalse();
    assertThat(order.subtotal()).isEqualTo(Money.of("3600.00"));
  }
}
