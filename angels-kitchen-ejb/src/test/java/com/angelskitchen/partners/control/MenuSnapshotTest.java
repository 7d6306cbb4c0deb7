package com.angelskitchen.partners.control;

import static com.angelskitchen.support.KitchenFixtures.BEBIDAS;
import static com.angelskitchen.support.KitchenFixtures.FRITAS;
import static com.angelskitchen.support.KitchenFixtures.HORNO;
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
import com.angelskitchen.partners.boundary.MenuPublication;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.boundary.PublishedMenu;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MenuSnapshotTest {

  static final MenuCategory DOCENAS = new MenuCategory("docenas", "Docenas", 0);

  final MenuItem carne = carne();
  final MenuItem humita = humita();
  final MenuItem docena = docena(carne, humita);

  static MenuItem docena(MenuItem... flavours) {
    MenuItem docena =
        new MenuItem(
            "docena",
            new MenuItem.Details(
                "Docena de empanadas",
                "DOCENA",
                Money.of("19500.00"),
                DOCENAS,
                12,
                0,
                List.of(),
                List.of()));
    List<ModifierChoice> choices =
        java.util.Arrays.stream(flavours)
            .map(f -> new ModifierChoice(f.code(), f.name(), Money.ZERO, f))
            .toList();
    docena.offer(
        List.of(
            new ModifierGroup(
                "sabores-12", new ModifierGroup.Rules("Sabores", 12, 12, true, choices)),
            new ModifierGroup(
                "salsa",
                new ModifierGroup.Rules(
                    "Salsa",
                    0,
                    1,
                    false,
                    List.of(
                        new ModifierChoice("criolla", "Criolla", Money.ZERO, null),
                        new ModifierChoice("picante", "Picante", Money.of("250.50"), null))))));
    return docena;
  }

  PublishedMenu cut() {
    return MenuSnapshot.of(
        "Angel's Kitchen",
        "es-AR",
        List.of(DOCENAS, FRITAS, HORNO, BEBIDAS),
        List.of(docena, carne, humita),
        MenuPublication.hours());
  }

  @Test
  void categoriesWithItemsInMenuOrderAndEmptyOnesLeftOut() {
    assertThat(cut().categories())
        .extracting(PublishedMenu.Category::id)
        .containsExactly("docenas", "fritas", "horno");
    assertThat(cut().categories().get(1).items())
        .extracting(PublishedMenu.Item::id, PublishedMenu.Item::price)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("carne", Money.of("1800.00")));
  }

  @Test
  void aBundleListsItsFlavoursAsAGroupWithItsLimitsAndRepeats() {
    PublishedMenu.Item published = cut().categories().get(0).items().get(0);

    assertThat(published.bundle()).isTrue();
    PublishedMenu.Group flavours = published.groups().get(0);
    assertThat(flavours.id()).isEqualTo("sabores-12");
    assertThat(flavours.min()).isEqualTo(12);
    assertThat(flavours.max()).isEqualTo(12);
    assertThat(flavours.maxPerOption()).isEqualTo(12);
    assertThat(flavours.options())
        .extracting(PublishedMenu.Option::id)
        .containsExactly("sabores-12:carne", "sabores-12:humita");
    PublishedMenu.Group salsa = published.groups().get(1);
    assertThat(salsa.maxPerOption()).isEqualTo(1);
    assertThat(salsa.options().get(1).price()).isEqualTo(Money.of("250.50"));
  }

  @Test
  void removableIngredientsAndExtrasBecomeGroupsOfTheirOwn() {
    List<PublishedMenu.Group> groups = cut().categories().get(1).items().get(0).groups();

    assertThat(groups)
        .extracting(PublishedMenu.Group::id)
        .containsExactly("carne.sin", "carne.extras");
    assertThat(groups.get(0).options())
        .extracting(PublishedMenu.Option::id, PublishedMenu.Option::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("-cebolla", "Sin cebolla"),
            org.assertj.core.groups.Tuple.tuple("-huevo", "Sin huevo"));
    assertThat(groups.get(0).min()).isZero();
    assertThat(groups.get(0).max()).isEqualTo(2);
    assertThat(groups.get(1).options())
        .extracting(PublishedMenu.Option::id, PublishedMenu.Option::price)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("+extra-queso", Money.of("350.00")),
            org.assertj.core.groups.Tuple.tuple("+picante", Money.of("200.00")));
  }

  @Test
  void anEightySixedItemIsPublishedUnavailableAndSoIsItsFlavourInABundle() {
    humita.eightySix();

    PublishedMenu menu = cut();

    assertThat(menu.categories().get(2).items().get(0).available()).isFalse();
    assertThat(menu.categories().get(1).items().get(0).available()).isTrue();
    assertThat(menu.categories().get(0).items().get(0).groups().get(0).options())
        .extracting(PublishedMenu.Option::available)
        .containsExactly(true, false);
  }

  @Test
  void hoursAreForNowEveryDayAllDay() {
    assertThat(MenuPublication.hours())
        .hasSize(7)
        .allSatisfy(
            h -> {
              assertThat(h.opens()).isEqualTo(LocalTime.MIDNIGHT);
              assertThat(h.closes()).isEqualTo(LocalTime.of(23, 59, 59));
            })
        .extracting(PublishedMenu.Hours::day)
        .containsExactly(DayOfWeek.values());
  }

  @Test
  void anOrderCarryingThePublishedIdsMatchesTheMenuWithoutMappings() {
    PublishedMenu.Item published = cut().categories().get(1).items().get(0);
    String sinCebolla = published.groups().get(0).options().get(0).id();
    String picante = published.groups().get(1).options().get(1).id();
    PartnerMenuMatcher matcher = new PartnerMenuMatcher(Map.of(), Map.of("carne", carne)::get);

    PartnerMenuMatcher.Match match =
        matcher.match(
            new PartnerOrder(
                "dd-1",
                "1",
                Fulfillment.DELIVERY,
                "Lucía",
                null,
                null,
                null,
                List.of(
                    new PartnerOrder.Line(
                        published.id(),
                        published.name(),
                        2,
                        List.of(),
                        List.of(
                            PartnerOrder.Modifier.of(sinCebolla, "Sin cebolla"),
                            PartnerOrder.Modifier.of(picante, "Salsa picante")),
                        null))));

    assertThat(match.unmapped()).isEmpty();
    PlaceOrder.Line line = match.lines().get(0);
    assertThat(line.item()).isEqualTo("carne");
    assertThat(line.remove()).containsExactly("cebolla");
    assertThat(line.add()).containsExactly("picante");
    assertThat(line.note()).isNull();
  }
}
