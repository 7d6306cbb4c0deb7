package com.angelskitchen.menu.entity;

import com.angelskitchen.money.Money;
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

/** Something a guest may add to an item, at a price: "extra queso", "salsa picante". */
@Entity
@Table(name = "extra")
public class Extra {

  @Id
  @SequenceGenerator(name = "menu_seq", sequenceName = "menu_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(nullable = false, precision = 10, scale = 2)
  private Money price;

  @Convert(converter = AllergenSetConverter.class)
  @Column(nullable = false, length = 200)
  private Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);

  @Version private long version;

  protected Extra() {}

  public Extra(String code, String name, Money price, Set<Allergen> allergens) {
    this.code = Objects.requireNonNull(code, "code");
    describe(name, price, allergens);
  }

  public void describe(String name, Money price, Set<Allergen> allergens) {
    this.name = Objects.requireNonNull(name, "name");
    this.price = Objects.requireNonNull(price, "price");
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

  public Money price() {
    return price;
  }

  public Set<Allergen> allergens() {
    return Collections.unmodifiableSet(allergens);
  }
}
