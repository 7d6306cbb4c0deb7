package com.angelskitchen.menu.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A choice the guest makes for an item: "Salsa: elegí 1", "Sabores: elegí 12, se pueden repetir".
 * At least {@code min} and at most {@code max} choices in all; a group with a minimum is required
 * and the POS does not let the cashier skip it. Without repeats each choice is taken at most once.
 *
 * <p>When its choices are flavours (each names a menu item) the group fills a bundle: a dozen is
 * twelve flavour choices, and each flavour is made at its own station.
 */
@Entity
@Table(name = "modifier_group")
@NamedQuery(name = ModifierGroup.ALL, query = "SELECT g FROM ModifierGroup g ORDER BY g.name")
@NamedQuery(
    name = ModifierGroup.BY_CODES,
    query = "SELECT g FROM ModifierGroup g WHERE g.code IN :codes")
public class ModifierGroup {

  public static final String ALL = "ModifierGroup.all";
  public static final String BY_CODES = "ModifierGroup.byCodes";

  /** Most choices one group takes (two dozen is two lines). */
  public static final int MAX_CHOICES = 99;

  @Id
  @SequenceGenerator(name = "menu_seq", sequenceName = "menu_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(name = "min_choices", nullable = false)
  private int min;

  @Column(name = "max_choices", nullable = false)
  private int max;

  @Column(nullable = false)
  private boolean repeats;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "modifier_choice", joinColumns = @JoinColumn(name = "group_id"))
  @OrderColumn(name = "position")
  private List<ModifierChoice> choices = new ArrayList<>();

  @Version private long version;

  protected ModifierGroup() {}

  public ModifierGroup(String code, Rules rules) {
    this.code = Objects.requireNonNull(code, "code");
    describe(rules);
  }

  /** Everything about a group that a manager edits at once, checked on construction. */
  public record Rules(
      String name, int min, int max, boolean repeats, List<ModifierChoice> choices) {
    public Rules {
      Objects.requireNonNull(name, "name");
      choices = List.copyOf(choices);
      if (min < 0 || max < 1 || max > MAX_CHOICES || min > max) {
        throw new IllegalArgumentException(
            name + ": choose between min and max, 0 ≤ min ≤ max, 1 ≤ max ≤ " + MAX_CHOICES);
      }
      if (choices.isEmpty()) {
        throw new IllegalArgumentException(name + " offers no choice");
      }
      var codes = new HashSet<String>();
      choices.forEach(
          c -> {
            if (!codes.add(c.code())) {
              throw new IllegalArgumentException(name + " offers " + c.code() + " twice");
            }
          });
      long flavours = choices.stream().filter(c -> c.item().isPresent()).count();
      if (flavours != 0 && flavours != choices.size()) {
        throw new IllegalArgumentException(
            name + ": either every choice is a menu item (flavours) or none is");
      }
      if (!repeats && min > choices.size()) {
        throw new IllegalArgumentException(
            name + " asks for " + min + " different choices but offers " + choices.size());
      }
    }
  }

  public void describe(Rules rules) {
    name = rules.name();
    min = rules.min();
    max = rules.max();
    repeats = rules.repeats();
    choices.clear();
    choices.addAll(rules.choices());
  }

  public Optional<ModifierChoice> choice(String choiceCode) {
    return choices.stream().filter(c -> c.code().equals(choiceCode)).findFirst();
  }

  /** True when its choices are flavours: menu items the kitchen makes as parts of a bundle. */
  public boolean isFlavours() {
    return choices.stream().anyMatch(c -> c.item().isPresent());
  }

  /** True when the guest must choose at least once. */
  public boolean required() {
    return min > 0;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public int min() {
    return min;
  }

  public int max() {
    return max;
  }

  public boolean repeats() {
    return repeats;
  }

  public List<ModifierChoice> choices() {
    return Collections.unmodifiableList(choices);
  }
}
