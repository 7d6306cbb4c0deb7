package com.angelskitchen.stations.control;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.stations.entity.RoutingRule;
import com.angelskitchen.stations.entity.Station;
import java.util.Collection;
import java.util.List;

/**
 * The routing rules as a pure function: an item goes to the stations its item rules name; with no
 * item rule, to those its category's rules name; with neither, to the default station. Never
 * nowhere: without a default station an unrouted item is refused.
 */
public final class Routing {

  private Routing() {}

  public static List<Station> stationsFor(
      MenuItem item, Collection<RoutingRule> rules, Station defaultStation) {
    List<Station> byItem =
        rules.stream()
            .filter(r -> r.item() != null && r.item().code().equals(item.code()))
            .map(RoutingRule::station)
            .distinct()
            .toList();
    if (!byItem.isEmpty()) {
      return byItem;
    }
    List<Station> byCategory =
        rules.stream()
            .filter(r -> r.category() != null && r.category().code().equals(item.category().code()))
            .map(RoutingRule::station)
            .distinct()
            .toList();
    if (!byCategory.isEmpty()) {
      return byCategory;
    }
    if (defaultStation == null) {
      throw new NoStationException(item.name());
    }
    return List.of(defaultStation);
  }
}
