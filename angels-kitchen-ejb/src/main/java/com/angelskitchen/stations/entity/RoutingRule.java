package com.angelskitchen.stations.entity;

import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * Sends an item, or every item of a category, to a station. An item may have rules to several
 * stations (then each prepares its part); item rules win over category rules, and items that no
 * rule names go to the default station.
 */
@Entity
@Table(name = "routing_rule")
// Read for every order, from the database: a rule changed on any server of a cluster applies to the
// very next order everywhere (EclipseLink's query results cache, used here before, is dropped only
// by changes made on its own server). Read-only: the shared objects themselves, for reading; never
// change them or point a new entity at them.
@NamedQuery(
    name = RoutingRule.ALL,
    query = "SELECT r FROM RoutingRule r ORDER BY r.id",
    hints = {@QueryHint(name = "eclipselink.read-only", value = "true")})
public class RoutingRule {

  public static final String ALL = "RoutingRule.all";

  @Id
  @SequenceGenerator(name = "menu_seq", sequenceName = "menu_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_seq")
  private Long id;

  @ManyToOne
  @JoinColumn(name = "item_id")
  private MenuItem item;

  @ManyToOne
  @JoinColumn(name = "category_id")
  private MenuCategory category;

  @ManyToOne(optional = false)
  @JoinColumn(name = "station_code", nullable = false)
  private Station station;

  protected RoutingRule() {}

  private RoutingRule(MenuItem item, MenuCategory category, Station station) {
    this.item = item;
    this.category = category;
    this.station = Objects.requireNonNull(station, "station");
  }

  public static RoutingRule forItem(MenuItem item, Station station) {
    return new RoutingRule(Objects.requireNonNull(item, "item"), null, station);
  }

  public static RoutingRule forCategory(MenuCategory category, Station station) {
    return new RoutingRule(null, Objects.requireNonNull(category, "category"), station);
  }

  public Long id() {
    return id;
  }

  /** The item this rule routes, or null for a category rule. */
  public MenuItem item() {
    return item;
  }

  /** The category this rule routes, or null for an item rule. */
  public MenuCategory category() {
    return category;
  }

  public Station station() {
    return station;
  }
}
