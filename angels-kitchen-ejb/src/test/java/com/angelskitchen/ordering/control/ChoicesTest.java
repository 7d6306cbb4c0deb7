package com.angelskitchen.ordering.control;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static com.angelskitchen.support.KitchenFixtures.humita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.ItemUnavailableException;
import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierChoice;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dozen, flavours mixed, with a sauce to choose: what the groups allow and what they refuse. */
class ChoicesTest {

  final MenuItem carne = carne();
  final MenuItem humita = humita();
  final ModifierGroup sabores =
      new ModifierGroup(
          "sabores",
          new ModifierGroup.Rules(
              "Sabores",
              12,
              12,
              true,
              List.of(
                  new ModifierChoice("carne", "Carne", Money.ZERO, carne),
                  new ModifierChoice("humita", "Humita", Money.of("150.00"), humita))));
  final ModifierGroup salsa =
      new ModifierGroup(
          "salsa",
          new ModifierGroup.Rules(
              "Salsa",
              1,
              1,
              false,
              List.of(
                  new ModifierChoice("criolla", "Criolla", Money.ZERO, null),
                  new ModifierChoice("chimi", "Chimichurri", Money.of("200.00"), null))));
  final MenuItem docena = docena();

  private MenuItem docena() {
    MenuItem item =
        new MenuItem(
            "docena",
            new MenuItem.Details(
                "Docena",
                "DOCENA",
                Money.of("19500.00"),
                new MenuCategory("docenas", "Docenas", 4),
                3,
                0,
                List.of(),
                List.of()));
    item.offer(List.of(sabores, salsa));
    return item;
  }

  private OrderLine.Draft draft(int quantity, PlaceOrder.Choice... choices) {
    return OrderAssembler.draft(
            List.of(
                PlaceOrder.Line.chosen(
                    "docena", quantity, List.of(), List.of(), null, List.of(choices))),
            Map.of("docena", docena))
        .get(0);
  }

  @Test
  void aMixedDozenKeepsItsChoicesAndMakesEachFlavourALineOfItsOwnAtNoPrice() {
    OrderLine.Draft dozen =
        draft(
            2,
            new PlaceOrder.Choice("sabores", "carne", 8),
            new PlaceOrder.Choice("sabores", "humita", 4),
            PlaceOrder.Choice.of("salsa", "chimi"));

    assertThat(docena.isBundle()).isTrue();
    assertThat(dozen.modifiers())
        .extracting(LineModifier::groupName, LineModifier::name, LineModifier::times)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sabores", "Carne", 8),
            org.assertj.core.groups.Tuple.tuple("Sabores", "Humita", 4),
            org.assertj.core.groups.Tuple.tuple("Salsa", "Chimichurri", 1));
    assertThat(dozen.parts())
        .extracting(p -> p.item().code(), OrderLine.Draft::quantity, OrderLine.Draft::unitPrice)
        .as("per dozen ordered: two dozens make 16 carne and 8 humita")
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("carne", 16, Money.ZERO),
            org.assertj.core.groups.Tuple.tuple("humita", 8, Money.ZERO));
    assertThat(dozen.modifiers().stream().map(LineModifier::charge).toList())
        .as("a dearer flavour costs its price each time it is chosen")
        .containsExactly(Money.ZERO, Money.of("600.00"), Money.of("200.00"));
    assertThat(dozen.allergens()).as("the flavours' allergens").contains(Allergen.GLUTEN);
  }

  @Test
  void aRequiredGroupCannotBeSkipped() {
    assertThatThrownBy(() -> draft(1, new PlaceOrder.Choice("sabores", "carne", 12)))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Docena: choose 1 in Salsa");
  }

  @Test
  void eachGroupIsFilledWithinItsLimits() {
    assertThatThrownBy(
            () ->
                draft(
                    1,
                    new PlaceOrder.Choice("sabores", "carne", 11),
                    PlaceOrder.Choice.of("salsa", "criolla")))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Docena: Sabores needs 12, 11 chosen");
    assertThatThrownBy(
            () ->
                draft(
                    1,
                    new PlaceOrder.Choice("sabores", "carne", 6),
                    new PlaceOrder.Choice("sabores", "carne", 7),
                    PlaceOrder.Choice.of("salsa", "criolla")))
        .as("the same flavour twice adds up")
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Docena: Sabores takes at most 12, 13");
    assertThatThrownBy(
            () ->
                draft(
                    1,
                    new PlaceOrder.Choice("sabores", "carne", 12),
                    new PlaceOrder.Choice("salsa", "criolla", 2)))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Docena: Criolla can be chosen once in Salsa");
    assertThatThrownBy(
            () ->
                draft(
                    1,
                    new PlaceOrder.Choice("sabores", "pizza", 12),
                    PlaceOrder.Choice.of("salsa", "criolla")))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Docena offers no choice 'pizza' in 'sabores'");
    assertThatThrownBy(
            () ->
                OrderAssembler.draft(
                    List.of(
                        PlaceOrder.Line.chosen(
                            "carne",
                            1,
                            List.of(),
                            List.of(),
                            null,
                            List.of(PlaceOrder.Choice.of("salsa", "criolla")))),
                    Map.of("carne", carne)))
        .as("an item without groups takes no choice")
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("Empanada de carne offers no choice 'criolla' in 'salsa'");
  }

  @Test
  void aFlavourThatIs86dCannotBeChosen() {
    humita.eightySix();
    assertThatThrownBy(
            () ->
                draft(
                    1,
                    new PlaceOrder.Choice("sabores", "humita", 12),
                    PlaceOrder.Choice.of("salsa", "criolla")))
        .isInstanceOf(ItemUnavailableException.class);
  }

  @Test
  void aGroupIsCheckedWhenItIsMade() {
    List<ModifierChoice> none = new ArrayList<>();
    assertThatThrownBy(() -> new ModifierGroup.Rules("Vacía", 0, 1, false, none))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ModifierGroup.Rules(
                    "Mezcla",
                    1,
                    1,
                    false,
                    List.of(
                        new ModifierChoice("carne", "Carne", Money.ZERO, carne),
                        new ModifierChoice("criolla", "Criolla", Money.ZERO, null))))
        .as("flavours and plain choices do not mix")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ModifierGroup.Rules(
                    "Tres distintas",
                    3,
                    3,
                    false,
                    List.of(new ModifierChoice("criolla", "Criolla", Money.ZERO, null))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
