package com.angelskitchen.stations.control;

import static com.angelskitchen.support.KitchenFixtures.FRITAS;
import static com.angelskitchen.support.KitchenFixtures.FRITURA;
import static com.angelskitchen.support.KitchenFixtures.HORNO;
import static com.angelskitchen.support.KitchenFixtures.HORNO_STATION;
import static com.angelskitchen.support.KitchenFixtures.MOSTRADOR;
import static com.angelskitchen.support.KitchenFixtures.carne;
import static com.angelskitchen.support.KitchenFixtures.gaseosa;
import static com.angelskitchen.support.KitchenFixtures.humita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.stations.entity.RoutingRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingTest {

  final List<RoutingRule> categoryRules =
      List.of(
          RoutingRule.forCategory(FRITAS, FRITURA), RoutingRule.forCategory(HORNO, HORNO_STATION));

  @Test
  void anItemGoesWhereItsCategoryGoes() {
    assertThat(Routing.stationsFor(carne(), categoryRules, MOSTRADOR)).containsExactly(FRITURA);
    assertThat(Routing.stationsFor(humita(), categoryRules, MOSTRADOR))
        .containsExactly(HORNO_STATION);
  }

  @Test
  void anItemRuleWinsOverItsCategory() {
    MenuItem carne = carne();
    List<RoutingRule> rules =
        List.of(
            RoutingRule.forCategory(FRITAS, FRITURA), RoutingRule.forItem(carne, HORNO_STATION));

    assertThat(Routing.stationsFor(carne, rules, MOSTRADOR)).containsExactly(HORNO_STATION);
  }

  @Test
  void anItemCanGoToSeveralStations() {
    MenuItem carne = carne();
    List<RoutingRule> rules =
        List.of(RoutingRule.forItem(carne, FRITURA), RoutingRule.forItem(carne, MOSTRADOR));

    assertThat(Routing.stationsFor(carne, rules, null)).containsExactly(FRITURA, MOSTRADOR);
  }

  @Test
  void anItemNoRuleNamesGoesToTheDefaultStation() {
    assertThat(Routing.stationsFor(gaseosa(), categoryRules, MOSTRADOR)).containsExactly(MOSTRADOR);
  }

  @Test
  void neverNowhere() {
    assertThatThrownBy(() -> Routing.stationsFor(gaseosa(), categoryRules, null))
        .isInstanceOf(NoStationException.class)
        .hasMessageContaining("no station prepares Gaseosa");
  }
}
