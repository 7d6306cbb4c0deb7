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

  @EJB StationSetup setup;

  @EJB MenuCatalog catalog;

  /** One rule in the table. */
  public record Row(long id, String what, String name, String station) implements Serializable {}

  private List<Row> rules = List.of();
  private List<Option> categories = List.of();
  private List<Option> items = List.of();
  private List<Option> stations = List.of();

  private String kind = "category";
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
        ? new Row(rule.id(), "Item", rule.item().name(), rule.station().name())
        : new Row(rule.id(), "Category", rule.category().name(), rule.station().name());
  }

  public void add() {
    if (station == null || station.isBlank()) {
      PageMessages.error("Choose the station that makes it.");
      return;
    }
    boolean byItem = "item".equals(kind);
    String code = byItem ? item : category;
    if (code == null || code.isBlank()) {
      PageMessages.error(byItem ? "Choose an item." : "Choose a category.");
      return;
    }
    if (PageMessages.attempt(
            "add the rule",
            () -> byItem ? setup.routeItem(code, station) : setup.routeCategory(code, station))
        .isPresent()) {
      PageMessages.info("Rule added: new orders follow it.");
    }
    reload();
  }

  public void remove(long ruleId) {
    if (PageMessages.attempt("remove the rule", () -> setup.removeRule(ruleId))) {
      PageMessages.info("Rule removed.");
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
    this.kind = "item".equals(kind) ? "item" : "category";
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
