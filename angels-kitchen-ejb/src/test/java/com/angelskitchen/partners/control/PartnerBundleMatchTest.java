package com.angelskitchen.partners.control;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static com.angelskitchen.support.KitchenFixtures.humita;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierChoice;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.boundary.PartnerOrder.Modifier;
import com.angelskitchen.partners.control.PartnerMenuMatcher.Key;
import com.angelskitchen.partners.entity.MappingKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A partner's dozen: its options are the flavours with how many of each, and the sauce. Matched to
 * the dozen's groups whichever ids the partner uses; one that does not fill the groups is flagged,
 * never dropped.
 */
class PartnerBundleMatchTest {

  final MenuItem carne = carne();
  final MenuItem humita = humita();
  final MenuItem docena = docena();
  final Map<String, MenuItem> menu = Map.of("carne", carne, "humita", humita, "docena", docena);

  final PartnerMenuMatcher cut =
      new PartnerMenuMatcher(
          Map.of(new Key(MappingKind.CHOICE, "dd-criolla"), "salsa:criolla"), menu::get);

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
    item.offer(
        List.of(
            new ModifierGroup(
                "sabores",
                new ModifierGroup.Rules(
                    "Sabores",
                    12,
                    12,
                    true,
                    List.of(
                        new ModifierChoice("carne", "Carne", Money.ZERO, carne),
                        new ModifierChoice("humita", "Humita", Money.ZERO, humita)))),
            new ModifierGroup(
                "salsa",
                new ModifierGroup.Rules(
                    "Salsa",
                    1,
                    1,
                    false,
                    List.of(new ModifierChoice("criolla", "Criolla", Money.ZERO, null))))));
    return item;
  }

  static PartnerOrder order(List<Modifier> options) {
    return new PartnerOrder(
        "uber-d12",
        "D12",
        Fulfillment.DELIVERY,
        "Lucía",
        null,
        null,
        null,
        List.of(new PartnerOrder.Line("docena", "Docena", 1, List.of(), options, null)));
  }

  @Test
  void theFlavoursAndTheSauceBecomeTheDozensChoicesWhicheverIdsThePartnerUses() {
    PartnerMenuMatcher.Match match =
        cut.match(
            order(
                List.of(
                    new Modifier("sabores:carne", "Carne", "uber-group-sabores", 5),
                    new Modifier("humita", "Humita", "sabores", 7),
                    new Modifier("dd-criolla", "Criolla", null, 1))));

    assertThat(match.unmapped()).isEmpty();
    PlaceOrder.Line line = match.lines().get(0);
    assertThat(line.item()).isEqualTo("docena");
    assertThat(line.choices())
        .containsExactly(
            new PlaceOrder.Choice("sabores", "carne", 5),
            new PlaceOrder.Choice("sabores", "humita", 7),
            new PlaceOrder.Choice("salsa", "criolla", 1));
    assertThat(line.note()).isNull();
  }

  @Test
  void aDozenWhoseFlavoursCannotAllBeMatchedIsFlaggedWithEveryChoiceInItsNote() {
    PartnerMenuMatcher.Match match =
        cut.match(
            order(
                List.of(
                    new Modifier("sabores:carne", "Carne", null, 6),
                    new Modifier("uber-opt-9", "Pollo al verdeo", null, 6),
                    new Modifier("salsa:criolla", "Criolla", null, 1))));

    assertThat(match.unmapped()).containsExactly("Docena");
    PlaceOrder.Line line = match.lines().get(0);
    assertThat(line.fromMenu()).as("flagged for the kitchen").isFalse();
    assertThat(line.note()).contains("+ Carne ×6", "+ Pollo al verdeo ×6", "+ Criolla");
  }

  @Test
  void an86dFlavourDeniesTheOrderLikeAn86dItem() {
    humita.eightySix();
    PartnerMenuMatcher.Match match =
        cut.match(
            order(
                List.of(
                    new Modifier("sabores:humita", "Humita", null, 12),
                    new Modifier("salsa:criolla", "Criolla", null, 1))));

    assertThat(match.unavailable()).containsExactly(humita);
  }
}
