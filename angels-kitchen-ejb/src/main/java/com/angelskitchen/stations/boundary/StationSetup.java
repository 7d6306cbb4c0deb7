package com.angelskitchen.stations.boundary;

import com.angelskitchen.menu.entity.Codes;
import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.stations.entity.RoutingRule;
import com.angelskitchen.stations.entity.Station;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Stations and routing rules, as a manager sets them up. Changes apply to the next order placed;
 * orders already in the kitchen keep the tickets they were routed to.
 */
@Stateless
public class StationSetup {

  @PersistenceContext EntityManager em;

  public List<Station> stations() {
    return em.createNamedQuery(Station.ALL, Station.class).getResultList();
  }

  public Station station(String code) {
    Station station = em.find(Station.class, code);
    if (station == null) {
      throw new NotFoundException("stations.station-not-found", "no station '" + code + "'", code);
    }
    return station;
  }

  /**
   * Creates or changes a station. Making it the default takes the default away from any other:
   * there is at most one.
   *
   * @return true when the station was created
   */
  public boolean putStation(String code, Station.Settings settings, boolean makeDefault) {
    if (!Codes.isCode(code)) {
      throw new InvalidRequestException(
          "stations.code-invalid",
          "a station code is lower-case letters, digits and dashes: " + code,
          code);
    }
    Station station = em.find(Station.class, code);
    boolean created = station == null;
    if (created) {
      station = new Station(code, settings);
      em.persist(station);
    } else {
      station.configure(settings);
    }
    if (makeDefault && !station.isDefault()) {
      em.createNamedQuery(Station.DEFAULT, Station.class)
          .getResultList()
          .forEach(Station::clearDefault);
      em.flush();
      station.makeDefault();
    } else if (!makeDefault && station.isDefault()) {
      station.clearDefault();
    }
    return created;
  }

  /** Every rule, read-only (shared cached objects): for reading, not for changing. */
  public List<RoutingRule> rules() {
    return em.createNamedQuery(RoutingRule.ALL, RoutingRule.class).getResultList();
  }

  /** Routes an item to a station (in addition to any other station it already goes to). */
  public RoutingRule routeItem(String itemCode, String stationCode) {
    MenuItem item =
        em.createNamedQuery(MenuItem.BY_CODES, MenuItem.class)
            .setParameter("codes", List.of(itemCode))
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "menu.item-not-found", "no menu item '" + itemCode + "'", itemCode));
    Station station = station(stationCode);
    boolean exists =
        rules().stream()
            .anyMatch(
                r ->
                    r.item() != null && r.item().code().equals(itemCode) && r.station() == station);
    if (exists) {
      throw new SetupException(
          "stations.item-already-routed",
          item.name() + " already goes to " + station.name(),
          item.name(),
          station.name());
    }
    RoutingRule rule = RoutingRule.forItem(item, station);
    em.persist(rule);
    return rule;
  }

  /** Routes every item of a category to a station, unless an item rule says otherwise. */
  public RoutingRule routeCategory(String categoryCode, String stationCode) {
    MenuCategory category =
        em.createQuery("SELECT c FROM MenuCategory c WHERE c.code = :code", MenuCategory.class)
            .setParameter("code", categoryCode)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "menu.category-not-found",
                        "no menu category '" + categoryCode + "'",
                        categoryCode));
    Station station = station(stationCode);
    boolean exists =
        rules().stream()
            .anyMatch(
                r ->
                    r.category() != null
                        && r.category().code().equals(categoryCode)
                        && r.station() == station);
    if (exists) {
      throw new SetupException(
          "stations.category-already-routed",
          category.name() + " already goes to " + station.name(),
          category.name(),
          station.name());
    }
    RoutingRule rule = RoutingRule.forCategory(category, station);
    em.persist(rule);
    return rule;
  }

  public void removeRule(long ruleId) {
    RoutingRule rule = em.find(RoutingRule.class, ruleId);
    if (rule == null) {
      throw new NotFoundException("stations.rule-not-found", "no routing rule " + ruleId, ruleId);
    }
    em.remove(rule);
  }

  /** A setup request that contradicts the current setup. */
  public static class SetupException extends KitchenException {
    private static final long serialVersionUID = 1L;

    public SetupException(String code, String message, java.io.Serializable... arguments) {
      super(Kind.CONFLICT, code, message, arguments);
    }
  }
}
