package com.angelskitchen.ordering.control;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.ItemUnavailableException;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.ModifierKind;
import com.angelskitchen.ordering.entity.OrderLine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderAssemblerTest {

  final MenuItem carne = carne();
  final Map<String, MenuItem> menu = Map.of("carne", carne);

  static PlaceOrder.Line line(List<String> remove, List<String> add) {
    return new PlaceOrder.Line("carne", 2, remove, add, "bien dorada");
  }

  @Test
  void copiesNamesPricesModifiersAndAllergensFromTheMenu() {
    OrderLine.Draft draft =
        OrderAssembler.draft(List.of(line(List.of("huevo"), List.of("extra-queso"))), menu).get(0);

    assertThat(draft.itemName()).isEqualTo("Empanada de carne");
    assertThat(draft.kitchenName()).isEqualTo("CARNE");
    assertThat(draft.unitPrice()).isEqualTo(Money.of("1800.00"));
    assertThat(draft.quantity()).isEqualTo(2);
    assertThat(draft.note()).isEqualTo("bien dorada");
    assertThat(draft.modifiers())
        .extracting(LineModifier::kind, LineModifier::name, LineModifier::price)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ModifierKind.REMOVE, "Huevo", Money.ZERO),
            org.assertj.core.groups.Tuple.tuple(
                ModifierKind.ADD, "Extra queso", Money.of("350.00")));
    assertThat(draft.allergens()).containsExactlyInAnyOrder(Allergen.GLUTEN, Allergen.MILK);
  }

  @Test
  void refusesAnUnknownItem() {
    assertThatThrownBy(() -> OrderAssembler.draft(List.of(PlaceOrder.Line.of("pizza", 1)), menu))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("unknown item 'pizza'");
  }

  @Test
  void refusesAnEightySixedItem() {
    carne.eightySix();
    assertThatThrownBy(() -> OrderAssembler.draft(List.of(PlaceOrder.Line.of("carne", 1)), menu))
        .isInstanceOf(ItemUnavailableException.class)
        .hasMessage("Empanada de carne is 86'd (not available right now)");
  }

  @Test
  void refusesToRemoveWhatIsNotInTheRecipeOrCannotBeLeftOut() {
    assertThatThrownBy(
            () -> OrderAssembler.draft(List.of(line(List.of("pepino"), List.of())), menu))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Empanada de carne has no ingredient 'pepino' to remove");
    assertThatThrownBy(() -> OrderAssembler.draft(List.of(line(List.of("masa"), List.of())), menu))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Masa cannot be left out of Empanada de carne");
  }

  @Test
  void refusesAnExtraTheItemDoesNotOffer() {
    assertThatThrownBy(() -> OrderAssembler.draft(List.of(line(List.of(), List.of("bacon"))), menu))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Empanada de carne does not take the extra 'bacon'");
  }

  @Test
  void refusesTheSameModifierTwice() {
    assertThatThrownBy(
            () -> OrderAssembler.draft(List.of(line(List.of("huevo", "huevo"), List.of())), menu))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageContaining("removed twice");
  }
}
