package com.angelskitchen.web.stations;

import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.stations.boundary.StationSetup;
import com.angelskitchen.stations.entity.RoutingRule;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.menu.MenuItemsBacking.Option;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs the Routing tab of admin/kitchen.xhtml: which station makes what. A category rule sends
 * every item of the category; an item rule overrides it for that item. New orders follow a change
 * at once; orders already in the kitchen keep their tickets.
 */
@Named
@ViewScoped
public class RoutingBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The two kinds of rule, as the page's switch names them. */
  static final String CATEGORY = "category";

  static final String ITEM = "item";

  @EJB StationSetup setup;

  @EJB MenuCatalog catalog;

  /** One rule in the table: {@code kind} is "item" or "category", as the page names it. */
  public record Row(long id, String kind, String name, String station) implements Serializable {}

  private List<Row> rules = List.of();
  private List<Option> categories = List.of();
  private List<Option> items = List.of();
  private List<Option> stations = List.of();

  private String kind = CATEGORY;
  private String category;
  private String item;
  private String station;

  @PostConstruct
  public void reload() {
    rules = setup.rules().stream().map(RoutingBacking::row).toList();
    categories = catalog.categories().stream().map(c -> new Option(c.code(), c.name())).toList();
    items = catalog.items().stream().map(i -> new Option(i.code(), i.name())).toList();
    stations = setup.stations().stream().map(s -> new Option(s.code(), s.name())).toList();
  }

  private static Row row(RoutingRule rule) {
    return rule.item() != null
        ? new Row(rule.id(), ITEM, rule.item().name(), rule.station().name())
        : new Row(rule.id(), CATEGORY, rule.category().name(), rule.station().name());
  }

  public void add() {
    if (station == null || station.isBlank()) {
      PageMessages.error("stations.missingStation");
      return;
    }
    boolean byItem = ITEM.equals(kind);
    String code = byItem ? item : category;
    if (code == null || code.isBlank()) {
      if (byItem) {
        PageMessages.error("stations.missingItem");
      } else {
        PageMessages.error("stations.missingCategory");
      }
      return;
    }
    if (PageMessages.attempt(
            "stations.attempt.addRule",
            () -> byItem ? setup.routeItem(code, station) : setup.routeCategory(code, station))
        .isPresent()) {
      PageMessages.info("stations.ruleAdded");
    }
    reload();
  }

  public void remove(long ruleId) {
    if (PageMessages.attempt("stations.attempt.removeRule", () -> setup.removeRule(ruleId))) {
      PageMessages.info("stations.ruleRemoved");
    }
    reload();
  }

  public List<Row> getRules() {
    return rules;
  }

  public List<Option> getCategories() {
    return categories;
  }

  public List<Option> getItems() {
    return items;
  }

  public List<Option> getStations() {
    return stations;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = ITEM.equals(kind) ? ITEM : CATEGORY;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getStation() {
    return station;
  }

  public void setStation(String station) {
    this.station = station;
  }
}
