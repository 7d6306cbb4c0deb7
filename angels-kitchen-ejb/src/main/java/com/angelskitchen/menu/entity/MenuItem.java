package com.angelskitchen.menu.entity;

import com.angelskitchen.money.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Something a guest can order. An 86'd item stays on the menu (and on the POS, greyed out) but
 * cannot be ordered until it is restored. When a manager counts its stock, each order takes from it
 * and a cancel gives back; at zero the item 86es itself, and a restock brings it back. An item may
 * ask the guest to choose in {@link ModifierGroup}s; one with a group of flavours is a bundle.
 */
@Entity
@Table(name = "menu_item")
@NamedQuery(name = MenuItem.BY_CODES, query = "SELECT i FROM MenuItem i WHERE i.code IN :codes")
@NamedQuery(
    name = MenuItem.ALL,
    query = "SELECT i FROM MenuItem i ORDER BY i.category.sortOrder, i.sortOrder, i.name")
public class MenuItem {

  public static final String BY_CODES = "MenuItem.byCodes";
  public static final String ALL = "MenuItem.all";

  @Id
  @SequenceGenerator(name = "menu_seq", sequenceName = "menu_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "menu_seq")
  private Long id;

  @Column(nullable = false, unique = true, updatable = false, length = 32)
  private String code;

  @Column(nullable = false, length = 80)
  private String name;

  /** What the kitchen screens print: short, no marketing. */
  @Column(name = "kitchen_name", nullable = false, length = 24)
  private String kitchenName;

  @Column(nullable = false, precision = 10, scale = 2)
  private Money price;

  @ManyToOne(optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private MenuCategory category;

  @Column(name = "prep_minutes", nullable = false)
  private int prepMinutes;

  @Column(nullable = false)
  private boolean available = true;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  /** How many are left, when counted; null when the kitchen does not count this item. */
  @Column(name = "stock")
  private Integer stock;

  /** At or below this many left the managers and the kitchen are warned; null for no warning. */
  @Column(name = "low_stock_at")
  private Integer lowStockAt;

  /** 86'd because the stock ran out (not by a manager): a restock brings it back. */
  @Column(name = "out_of_stock", nullable = false)
  private boolean outOfStock;

  @ElementCollection
  @CollectionTable(name = "menu_item_ingredient", joinColumns = @JoinColumn(name = "item_id"))
  @OrderColumn(name = "position")
  private List<RecipeIngredient> recipe = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "menu_item_extra",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "extra_id"))
  @OrderColumn(name = "position")
  private List<Extra> extras = new ArrayList<>();

  @ManyToMany
  @JoinTable(
      name = "menu_item_group",
      joinColumns = @JoinColumn(name = "item_id"),
      inverseJoinColumns = @JoinColumn(name = "group_id"))
  @OrderColumn(name = "position")
  private List<ModifierGroup> groups = new ArrayList<>();

  @Version private long version;

  protected MenuItem() {}

  public MenuItem(String code, Details details) {
    this.code = Objects.requireNonNull(code, "code");
    describe(details);
  }

  /** Everything about an item that a manager edits at once. */
  public record Details(
      String name,
      String kitchenName,
      Money price,
      MenuCategory category,
      int prepMinutes,
      int sortOrder,
      List<RecipeIngredient> recipe,
      List<Extra> extras) {

    public Details {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kitchenName, "kitchenName");
      Objects.requireNonNull(price, "price");
      Objects.requireNonNull(category, "category");
      if (prepMinutes < 1) {
        throw new IllegalArgumentException("prep time is at least one minute");
      }
      recipe = List.copyOf(recipe);
      extras = List.copyOf(extras);
    }
  }

  public void describe(Details details) {
    name = details.name();
    kitchenName = details.kitchenName();
    price = details.price();
    category = details.category();
    prepMinutes = details.prepMinutes();
    sortOrder = details.sortOrder();
    recipe.clear();
    recipe.addAll(details.recipe());
    extras.clear();
    extras.addAll(details.extras());
  }

  /**
   * 86 the item: it can no longer be ordered. A manager's 86 stays until a manager restores it: no
   * restock (of the item or of an ingredient) brings it back.
   */
  public void eightySix() {
    available = false;
    outOfStock = false;
    outOfIngredient = false;
  }

  public void restore() {
    available = true;
    outOfStock = false;
    outOfIngredient = false;
  }

  /**
   * Takes {@code quantity} from a counted stock; the last one 86es the item.
   *
   * @return true when this 86'd the item
   * @throws OutOfStockException when fewer are left
   */
  public boolean take(int quantity) {
    if (stock == null) {
      return false;
    }
    if (stock < quantity) {
      throw new OutOfStockException(this, stock);
    }
    stock -= quantity;
    return stock == 0 && stockRanOut();
  }

  /**
   * Gives {@code quantity} back to a counted stock (an order cancelled, a line voided).
   *
   * @return true when this brought back an item the stock had 86'd
   */
  public boolean giveBack(int quantity) {
    if (stock == null) {
      return false;
    }
    return restock(stock + quantity, lowStockAt);
  }

  /**
   * Counts the stock anew ({@code null}: stop counting); zero 86es the item, and more brings back
   * an item the stock had 86'd (not one a manager 86'd).
   *
   * @return true when its availability changed
   */
  public boolean restock(Integer count, Integer lowAt) {
    if (count != null && count < 0 || lowAt != null && lowAt < 0) {
      throw new IllegalArgumentException("a stock is not negative");
    }
    stock = count;
    lowStockAt = lowAt;
    if (count != null && count == 0) {
      return stockRanOut();
    }
    if (outOfStock) {
      outOfStock = false;
      available = !outOfIngredient;
      return available;
    }
    return false;
  }

  /** How many are left, when counted. */
  public Optional<Integer> stock() {
    return Optional.ofNullable(stock);
  }

  public Optional<Integer> lowStockAt() {
    return Optional.ofNullable(lowStockAt);
  }

  /** True when counted and at or below the warning level. */
  public boolean isLowOnStock() {
    return stock != null && lowStockAt != null && stock <= lowStockAt;
  }

  /** True when 86'd because the stock ran out. */
  public boolean isOutOfStock() {
    return outOfStock;
  }

  public Optional<RecipeIngredient> recipeIngredient(String ingredientCode) {
    return recipe.stream().filter(r -> r.ingredient().code().equals(ingredientCode)).findFirst();
  }

  public Optional<Extra> extra(String extraCode) {
    return extras.stream().filter(e -> e.code().equals(extraCode)).findFirst();
  }

  /**
   * The allergens of this item as served: those of its ingredients, minus the ingredients left out,
   * plus those of the extras added. "Sin queso" really drops dairy, unless something else still
   * brings it.
   */
  public Set<Allergen> allergensWith(
      Collection<String> removedIngredientCodes, Collection<Extra> added) {
    EnumSet<Allergen> allergens = EnumSet.noneOf(Allergen.class);
    recipe.stream()
        .map(RecipeIngredient::ingredient)
        .filter(ingredient -> !removedIngredientCodes.contains(ingredient.code()))
        .forEach(ingredient -> allergens.addAll(ingredient.allergens()));
    added.forEach(extra -> allergens.addAll(extra.allergens()));
    return allergens;
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

  public String kitchenName() {
    return kitchenName;
  }

  public Money price() {
    return price;
  }

  public MenuCategory category() {
    return category;
  }

  public int prepMinutes() {
    return prepMinutes;
  }

  public boolean available() {
    return available;
  }

  public int sortOrder() {
    return sortOrder;
  }

  public List<RecipeIngredient> recipe() {
    return Collections.unmodifiableList(recipe);
  }

  public List<Extra> extras() {
    return Collections.unmodifiableList(extras);
  }

  /** The choices the guest makes for this item, in the order the POS asks them. */
  public List<ModifierGroup> groups() {
    return Collections.unmodifiableList(groups);
  }

  /** Offers these groups, in this order (none: a plain item). */
  public void offer(List<ModifierGroup> offered) {
    groups.clear();
    groups.addAll(offered);
  }

  public Optional<ModifierGroup> group(String groupCode) {
    return groups.stream().filter(g -> g.code().equals(groupCode)).findFirst();
  }

  /** True when a group of flavours fills it: a dozen, a half dozen. */
  public boolean isBundle() {
    return groups.stream().anyMatch(ModifierGroup::isFlavours);
  }

  /**
   * 86'd because a counted ingredient of its recipe ran out: restocking it brings the item back.
   */
  @Column(name = "out_of_ingredient", nullable = false)
  private boolean outOfIngredient;

  /**
   * The item's own stock ran out: 86 it, unless a manager 86'd it already; one already out for an
   * ingredient stays out until both are back.
   */
  private boolean stockRanOut() {
    if (available) {
      available = false;
      outOfStock = true;
      return true;
    }
    if (outOfIngredient) {
      outOfStock = true;
    }
    return false;
  }

  /**
   * A counted ingredient of its recipe ran out: 86 it, unless a manager 86'd it already (then it
   * stays a manager's 86).
   *
   * @return true when this 86'd the item
   */
  public boolean ingredientRanOut() {
    if (available) {
      available = false;
      outOfIngredient = true;
      return true;
    }
    if (outOfStock) {
      outOfIngredient = true;
    }
    return false;
  }

  /**
   * An ingredient of its recipe was restocked: an item the ingredients had 86'd comes back once
   * none of its counted ingredients is out, unless its own stock is out too.
   *
   * @return true when this brought the item back
   */
  public boolean ingredientsBack() {
    return ingredientsBack(Ingredient::isOut);
  }

  /**
   * Like {@link #ingredientsBack()}, asking {@code isOut} whether each ingredient is out (the
   * stockroom asks the copies it changed and holds locked, not whatever copy the recipe reached).
   */
  public boolean ingredientsBack(java.util.function.Predicate<Ingredient> isOut) {
    if (!outOfIngredient || recipe.stream().anyMatch(r -> isOut.test(r.ingredient()))) {
      return false;
    }
    outOfIngredient = false;
    if (outOfStock) {
      return false;
    }
    available = true;
    return true;
  }

  /** True when 86'd because a counted ingredient ran out. */
  public boolean isOutOfIngredient() {
    return outOfIngredient;
  }

  /** True when counted and out or at or below the warning level: the kitchen should restock. */
  public boolean stockAlert() {
    return stock != null && (stock == 0 || isLowOnStock());
  }
}
