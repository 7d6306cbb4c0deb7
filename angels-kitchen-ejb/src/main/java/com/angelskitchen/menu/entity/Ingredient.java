package com.angelskitchen.menu.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Something an item is made of, with the allergens it brings: queso → dairy. */
@Entity
@Table(name = "ingredient")
public class Ingredient {

  @Id
  @SequenceGenerator(name = "menu_seq", sequenceName = "menu_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Convert(converter = AllergenSetConverter.class)
  @Column(nullable = false, length = 200)
  private Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);

  @Version private long version;

  protected Ingredient() {}

  public Ingredient(String code, String name, Set<Allergen> allergens) {
    this.code = Objects.requireNonNull(code, "code");
    describe(name, allergens);
  }

  public void describe(String name, Set<Allergen> allergens) {
    this.name = Objects.requireNonNull(name, "name");
    this.allergens =
        allergens.isEmpty() ? EnumSet.noneOf(Allergen.class) : EnumSet.copyOf(allergens);
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

  public Set<Allergen> allergens() {
    return Collections.unmodifiableSet(allergens);
  }
}
