package com.angelskitchen.partners.control;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static com.angelskitchen.support.KitchenFixtures.humita;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.boundary.PartnerOrder.Modifier;
import com.angelskitchen.partners.control.PartnerMenuMatcher.Key;
import com.angelskitchen.partners.entity.MappingKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartnerMenuMatcherTest {

  final MenuItem carne = carne();
  final MenuItem humita = humita();
  final Map<String, MenuItem> menu = Map.of("carne", carne, "humita", humita);

  final PartnerMenuMatcher cut =
      new PartnerMenuMatcher(
          Map.of(
              new Key(MappingKind.ITEM, "uber-emp-carne"), "carne",
              new Key(MappingKind.REMOVE, "uber-sin-cebolla"), "cebolla",
              new Key(MappingKind.REMOVE, "dd-no-onion"), "cebolla",
              new Key(MappingKind.ADD, "uber-queso"), "extra-queso"),
          menu::get);

  static PartnerOrder.Line line(
      String partnerItemId,
      String name,
      int quantity,
      List<Modifier> removed,
      List<Modifier> added,
      String instructions) {
    return new PartnerOrder.Line(partnerItemId, name, quantity, removed, added, instructions);
  }

  static PartnerOrder.Line line(String partnerItemId, String name, int quantity) {
    return line(partnerItemId, name, quantity, List.of(), List.of(), null);
  }

  static PartnerOrder order(PartnerOrder.Line... lines) {
    return new PartnerOrder(
        "uber-7f3a", "7F3A", Fulfillment.DELIVERY, "Lucía", null, null, null, List.of(lines));
  }

  PlaceOrder.Line onlyLine(PartnerOrder.Line line) {
    List<PlaceOrder.Line> lines = cut.match(order(line)).lines();
    assertThat(lines).hasSize(1);
    return lines.get(0);
  }

  @Test
  void anItemWhosePartnerIdIsOurCodeMatchesWithoutAMapping() {
    PartnerMenuMatcher.Match match = cut.match(order(line("humita", "Humita", 2)));

    assertThat(match.lines()).containsExactly(PlaceOrder.Line.of("humita", 2));
    assertThat(match.unmapped()).isEmpty();
    assertThat(match.unavailable()).isEmpty();
  }

  @Test
  void anItemMatchesThroughItsMappingAndLinesKeepThePartnersOrder() {
    PartnerMenuMatcher.Match match =
        cut.match(
            order(line("uber-emp-carne", "Empanada de carne (12 u.)", 3), line("humita", null, 1)));

    assertThat(match.lines())
        .containsExactly(PlaceOrder.Line.of("carne", 3), PlaceOrder.Line.of("humita", 1));
  }

  @Test
  void aRemovedModifierNamingARemovableIngredientBecomesARemoval() {
    PlaceOrder.Line placed =
        onlyLine(
            line(
                "uber-emp-carne",
                "Empanada de carne",
                2,
                List.of(Modifier.of("uber-sin-cebolla", "Sin cebolla"), Modifier.of("huevo", null)),
                List.of(),
                null));

    assertThat(placed.remove()).as("one mapped, one direct").containsExactly("cebolla", "huevo");
    assertThat(placed.add()).isEmpty();
    assertThat(placed.note()).isNull();
  }

  @Test
  void aRemovalTheRecipeCannotTakeStaysAsTextForTheCook() {
    PlaceOrder.Line placed =
        onlyLine(
            line(
                "carne",
                "Empanada de carne",
                1,
                List.of(Modifier.of("masa", "Sin masa"), Modifier.of("uber-sin-sal", "Sin sal")),
                List.of(),
                "  bien doradas "));

    assertThat(placed.remove()).as("masa is not removable, sin sal is unknown").isEmpty();
    assertThat(placed.note()).isEqualTo("bien doradas · - Sin masa, - Sin sal");
  }

  @Test
  void aChosenExtraBecomesAnAddition() {
    PlaceOrder.Line placed =
        onlyLine(
            line(
                "carne",
                "Empanada de carne",
                1,
                List.of(),
                List.of(
                    Modifier.of("uber-queso", "Extra queso"), Modifier.of("picante", "Picante")),
                null));

    assertThat(placed.add()).as("one mapped, one direct").containsExactly("extra-queso", "picante");
    assertThat(placed.remove()).isEmpty();
    assertThat(placed.note()).isNull();
  }

  @Test
  void aChosenNoOnionOptionMappedAsARemovalLeavesTheOnionOut() {
    PlaceOrder.Line placed =
        onlyLine(
            line(
                "carne",
                "Empanada de carne",
                1,
                List.of(),
                List.of(Modifier.of("dd-no-onion", "No onion")),
                null));

    assertThat(placed.remove()).containsExactly("cebolla");
    assertThat(placed.add()).isEmpty();
    assertThat(placed.note()).isNull();
  }

  @Test
  void aChosenRemovalOptionForAnIngredientTheItemDoesNotHaveStaysAsText() {
    PlaceOrder.Line placed =
        onlyLine(
            line(
                "humita",
                "Humita",
                1,
                List.of(),
                List.of(Modifier.of("dd-no-onion", "No onion")),
                null));

    assertThat(placed.remove()).as("humita has no onion").isEmpty();
    assertThat(placed.note()).isEqualTo("+ No onion");
  }

  @Test
  void anUnknownOptionStaysInTheNoteUnderItsNameOrElseItsId() {
    PlaceOrder.Line placed =
        onlyLine(
            line(
                "carne",
                "Empanada de carne",
                1,
                List.of(),
                List.of(Modifier.of("uber-chimi", "Chimichurri"), Modifier.of("uber-4471", null)),
                null));

    assertThat(placed.add()).isEmpty();
    assertThat(placed.note()).isEqualTo("+ Chimichurri, + uber-4471");
  }

  @Test
  void anItemMatchingNothingReachesTheKitchenUnmappedWithItsModifiersInTheNote() {
    PartnerMenuMatcher.Match match =
        cut.match(
            order(
                line(
                    "uber-999",
                    "Empanada árabe",
                    2,
                    List.of(Modifier.of("uber-sin-cebolla", "Sin cebolla")),
                    List.of(Modifier.of("uber-limon", "Limón aparte")),
                    "cortadas al medio"),
                line("uber-1000", "  ", 1)));

    assertThat(match.lines())
        .containsExactly(
            PlaceOrder.Line.unmapped(
                "Empanada árabe", 2, "cortadas al medio · - Sin cebolla, + Limón aparte"),
            PlaceOrder.Line.unmapped("uber-1000", 1, null));
    assertThat(match.lines())
        .allSatisfy(
            placed -> {
              assertThat(placed.item()).isNull();
              assertThat(placed.fromMenu()).isFalse();
              assertThat(placed.remove()).isEmpty();
              assertThat(placed.add()).isEmpty();
            });
    assertThat(match.unmapped())
        .as("a blank name falls back to the partner's id")
        .containsExactly("Empanada árabe", "uber-1000");
  }

  @Test
  void anEightySixedItemIsListedOnceAsUnavailable() {
    carne.eightySix();

    PartnerMenuMatcher.Match match =
        cut.match(
            order(
                line("uber-emp-carne", "Empanada de carne", 2),
                line("humita", "Humita", 1),
                line("carne", "Empanada de carne", 1)));

    assertThat(match.unavailable()).containsExactly(carne);
    assertThat(match.lines()).hasSize(3);
  }

  @Test
  void aLongNoteIsClippedToWhatALineHolds() {
    String instructions = "x".repeat(PlaceOrder.MAX_LINE_NOTE + 50);

    PlaceOrder.Line matched =
        onlyLine(
            line(
                "carne",
                "Empanada de carne",
                1,
                List.of(),
                List.of(Modifier.of("uber-chimi", "Chimichurri")),
                instructions));
    PlaceOrder.Line unmapped =
        onlyLine(line("uber-999", "Empanada árabe", 1, null, null, instructions));

    assertThat(List.of(matched.note(), unmapped.note()))
        .allSatisfy(
            note -> {
              assertThat(note).hasSize(PlaceOrder.MAX_LINE_NOTE);
              assertThat(note).startsWith("xxxx").endsWith("x…");
            });
  }

  @Test
  void anUnmappedItemWithALongTitleStillReachesTheKitchen() {
    String title = "Empanada de carne cortada a cuchillo, receta de la abuela, " + "x".repeat(40);

    PartnerMenuMatcher.Match match = cut.match(order(line("uber-999", title, 1)));

    assertThat(match.lines())
        .singleElement()
        .satisfies(
            placed -> {
              assertThat(placed.fromMenu()).isFalse();
              assertThat(placed.unmapped())
                  .startsWith("Empanada de carne cortada a cuchillo")
                  .hasSizeLessThanOrEqualTo(PlaceOrder.MAX_NAME);
            });
    assertThat(match.unmapped()).hasSize(1);
  }
}
