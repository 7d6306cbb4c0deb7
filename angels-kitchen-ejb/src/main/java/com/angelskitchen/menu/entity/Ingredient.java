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
import java.util.Optional;
import java.util.Set;

/**
 * Something an item is made of, with the allergens it brings: queso → dairy. When a manager counts
 * its stock (masa discs, carne filling), each item ordered takes its recipe's quantity from it and
 * a cancel gives it back; the order that would take more than is left is refused, and at zero every
 * item made with it is 86'd (see {@link MenuItem#ingredientRanOut}).
 */
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

  /** How many units are left, when counted; null when the kitchen does not count it. */
  @Column(name = "stock")
  private Integer stock;

  /** At or below this many left the managers and the kitchen are warned; null for no warning. */
  @Column(name = "low_stock_at")
  private Integer lowStockAt;

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

  /** What a change of the counted stock did to the items made with this ingredient. */
  public enum StockChange {
    /** The stock reached zero: its items are 86'd. */
    RAN_OUT,
    /** The stock was at zero (or counted) and is no longer empty: its items may come back. */
    CAME_BACK,
    /** Nothing the items notice. */
    NONE
  }

  /**
   * Takes {@code units} from a counted stock.
   *
   * @return {@link StockChange#RAN_OUT} when this took the last ones
   * @throws IngredientOutOfStockException when fewer are left
   */
  public StockChange take(int units) {
    if (stock == null || units <= 0) {
      return StockChange.NONE;
    }
    if (stock < units) {
      throw new IngredientOutOfStockException(this, stock);
    }
    stock -= units;
    return stock == 0 ? StockChange.RAN_OUT : StockChange.NONE;
  }

  /**
   * Gives {@code units} back to a counted stock (an order cancelled, a line voided).
   *
   * @return {@link StockChange#CAME_BACK} when the stock was empty
   */
  public StockChange giveBack(int units) {
    if (stock == null || units <= 0) {
      return StockChange.NONE;
    }
    return restock(stock + units, lowStockAt);
  }

  /**
   * Counts the stock anew ({@code null}: stop counting).
   *
   * @return {@link StockChange#RAN_OUT} when counted to zero, {@link StockChange#CAME_BACK} when it
   *     was empty and no longer is (or is no longer counted)
   */
  public StockChange restock(Integer count, Integer lowAt) {
    if (count != null && count < 0 || lowAt != null && lowAt < 0) {
      throw new IllegalArgumentException("a stock is not negative");
    }
    boolean wasOut = isOut();
    stock = count;
    lowStockAt = lowAt;
    if (isOut()) {
      return StockChange.RAN_OUT;
    }
    return wasOut ? StockChange.CAME_BACK : StockChange.NONE;
  }

  /** How many units are left, when counted. */
  public Optional<Integer> stock() {
    return Optional.ofNullable(stock);
  }

  public Optional<Integer> lowStockAt() {
    return Optional.ofNullable(lowStockAt);
  }

  /** True when counted and none are left: no item made with it can be sold. */
  public boolean isOut() {
    return stock != null && stock == 0;
  }

  /** True when counted and at or below the warning level. */
  public boolean isLowOnStock() {
    return stock != null && lowStockAt != null && stock <= lowStockAt;
  }

  /** True when counted and out or at or below the warning level: the kitchen should restock. */
  public boolean stockAlert() {
    return isOut() || isLowOnStock();
  }
}
