package com.angelskitchen.menu.control;

import com.angelskitchen.kitchenlog.control.KitchenLog;
import com.angelskitchen.menu.entity.Ingredient;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.menu.events.StockLevelsChanged;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where orders take counted items and ingredients from and give them back, in the caller's
 * transaction.
 *
 * <p>Only counted rows are locked, always in one order: first the ingredients, lowest id first,
 * then the items, lowest id first (the counted items of the order and the items made with an
 * ingredient that ran out or came back). Every transaction that locks stock rows follows that
 * order, so two tills racing for the last masa disc queue behind each other, never crosswise: one
 * sells it, the other is refused, and nobody deadlocks.
 *
 * <p>An item whose own stock runs out 86es itself, and so does every item made with an ingredient
 * that runs out; a cancel or a restock brings them back (not an item a manager 86'd). The POS, the
 * partners and every screen are told like for a manager's 86 ({@link ItemAvailabilityChanged}), and
 * the kitchen screens' low-stock banners hear every change of a low level ({@link
 * StockLevelsChanged}).
 */
@Dependent
public class Stockroom {

  @PersistenceContext EntityManager em;

  @Inject KitchenLog kitchenLog;

  /**
   * How many of an item's units in an order left an ingredient out (a REMOVE modifier, "sin
   * cebolla"): those take none of it.
   */
  public record LeftOut(long itemId, String ingredientCode) {}

  /**
   * Takes the quantities (by item id) of the counted items among them, and of the counted
   * ingredients their recipes use.
   *
   * @throws com.angelskitchen.menu.entity.OutOfStockException when fewer of an item are left
   * @throws com.angelskitchen.menu.entity.IngredientOutOfStockException when fewer units of an
   *     ingredient are left than the items use
   */
  public void take(Map<Long, Integer> quantities) {
    take(quantities, Map.of());
  }

  /** Like {@link #take(Map)}, the ingredients guests left out not taken. */
  public void take(Map<Long, Integer> quantities, Map<LeftOut, Integer> leftOut) {
    change(quantities, leftOut, true);
  }

  /** Gives the quantities (by item id) back to the counted items and ingredients among them. */
  public void giveBack(Map<Long, Integer> quantities) {
    giveBack(quantities, Map.of());
  }

  /** Like {@link #giveBack(Map)}, the ingredients guests left out not given back. */
  public void giveBack(Map<Long, Integer> quantities, Map<LeftOut, Integer> leftOut) {
    change(quantities, leftOut, false);
  }

  /**
   * What these quantities would run short of, read without locks: the name of the first counted
   * item or ingredient with fewer left than they take, or empty when all are covered. For callers
   * that must answer "no" rather than fail (a partner's order is denied, not retried forever);
   * {@link #take} still decides under the locks.
   */
  public Optional<String> shortage(Map<Long, Integer> quantities, Map<LeftOut, Integer> leftOut) {
    Map<Long, Integer> units = new TreeMap<>();
    for (Map.Entry<Long, Integer> entry : new TreeMap<>(quantities).entrySet()) {
      MenuItem item = em.find(MenuItem.class, entry.getKey());
      if (item == null) {
        continue;
      }
      if (item.stock().filter(left -> left < entry.getValue()).isPresent()) {
        return Optional.of(item.name());
      }
      for (RecipeIngredient line : item.recipe()) {
        if (line.ingredient().stock().isPresent()) {
          int made =
              entry.getValue()
                  - leftOut.getOrDefault(new LeftOut(entry.getKey(), line.ingredient().code()), 0);
          if (made > 0) {
            units.merge(line.ingredient().id(), made * line.quantity(), Integer::sum);
          }
        }
      }
    }
    for (Map.Entry<Long, Integer> entry : units.entrySet()) {
      Ingredient ingredient = em.find(Ingredient.class, entry.getKey());
      if (ingredient.stock().filter(left -> left < entry.getValue()).isPresent()) {
        return Optional.of(ingredient.name());
      }
    }
    return Optional.empty();
  }

  /**
   * Counts an ingredient's stock anew ({@code count} null: stop counting) under its row lock: zero
   * 86es every item made with it, more brings back the items it had 86'd.
   */
  public Ingredient count(long ingredientId, Integer count, Integer lowAt) {
    Ingredient ingredient = em.find(Ingredient.class, ingredientId, LockModeType.PESSIMISTIC_WRITE);
    boolean alertBefore = ingredient.stockAlert();
    Ingredient.StockChange change = ingredient.restock(count, lowAt);
    List<MenuItem> changed = new ArrayList<>();
    if (change != Ingredient.StockChange.NONE) {
      em.flush(); // see change(): the items' refresh must read the new count
      for (MenuItem item : lockedItems(madeWith(Set.of(ingredientId)))) {
        boolean availability =
            change == Ingredient.StockChange.RAN_OUT
                ? item.ingredientRanOut()
                : item.ingredientsBack(this::isOut);
        if (availability) {
          changed.add(item);
        }
      }
    }
    announce(
        changed, alertBefore || ingredient.stockAlert() ? List.of(level(ingredient)) : List.of());
    return ingredient;
  }

  /** Tells the screens (and, through the POS, the partners) what changed, after commit. */
  public void announce(Collection<MenuItem> availabilityChanged, List<StockLevel> levels) {
    availabilityChanged.stream()
        .sorted(Comparator.comparing(MenuItem::id))
        .forEach(
            item ->
                kitchenLog.record(
                    sequence ->
                        new ItemAvailabilityChanged(
                            sequence, item.code(), item.name(), item.available()),
                    null));
    if (!levels.isEmpty()) {
      kitchenLog.record(sequence -> new StockLevelsChanged(sequence, levels), null);
    }
  }

  /** Every counted item and ingredient that is out or low, ingredients first, by name. */
  public List<StockLevel> alerts() {
    Stream<StockLevel> ingredients =
        em.createQuery(
                "SELECT i FROM Ingredient i WHERE i.stock IS NOT NULL ORDER BY i.name",
                Ingredient.class)
            .getResultStream()
            .filter(Ingredient::stockAlert)
            .map(Stockroom::level);
    Stream<StockLevel> items =
        em.createQuery(
                "SELECT i FROM MenuItem i WHERE i.stock IS NOT NULL ORDER BY i.name",
                MenuItem.class)
            .getResultStream()
            .filter(MenuItem::stockAlert)
            .map(Stockroom::level);
    return Stream.concat(ingredients, items).toList();
  }

  public static StockLevel level(MenuItem item) {
    return new StockLevel(
        StockLevel.ITEM,
        item.code(),
        item.name(),
        item.stock().orElse(null),
        item.lowStockAt().orElse(null),
        item.stockAlert());
  }

  public static StockLevel level(Ingredient ingredient) {
    return new StockLevel(
        StockLevel.INGREDIENT,
        ingredient.code(),
        ingredient.name(),
        ingredient.stock().orElse(null),
        ingredient.lowStockAt().orElse(null),
        ingredient.stockAlert());
  }

  private void change(Map<Long, Integer> quantities, Map<LeftOut, Integer> leftOut, boolean take) {
    // What the order uses of each counted item and ingredient, read without locks.
    TreeMap<Long, Integer> countedItems = new TreeMap<>();
    TreeMap<Long, Integer> units = new TreeMap<>();
    new TreeMap<>(quantities)
        .forEach(
            (id, quantity) -> {
              MenuItem known = em.find(MenuItem.class, id);
              if (known == null) {
                return;
              }
              if (known.stock().isPresent()) {
                countedItems.put(id, quantity);
              }
              for (RecipeIngredient line : known.recipe()) {
                Ingredient ingredient = line.ingredient();
                if (ingredient.stock().isEmpty()) {
                  continue;
                }
                int made = quantity - leftOut.getOrDefault(new LeftOut(id, ingredient.code()), 0);
                if (made > 0) {
                  units.merge(ingredient.id(), made * line.quantity(), Integer::sum);
                }
              }
            });
    if (countedItems.isEmpty() && units.isEmpty()) {
      return;
    }

    // The ingredients first, in id order.
    List<StockLevel> levels = new ArrayList<>();
    Set<Long> ranOut = new TreeSet<>();
    Set<Long> cameBack = new TreeSet<>();
    units.forEach(
        (id, n) -> {
          Ingredient ingredient = em.find(Ingredient.class, id, LockModeType.PESSIMISTIC_WRITE);
          boolean alertBefore = ingredient.stockAlert();
          Ingredient.StockChange change = take ? ingredient.take(n) : ingredient.giveBack(n);
          if (change == Ingredient.StockChange.RAN_OUT) {
            ranOut.add(id);
          } else if (change == Ingredient.StockChange.CAME_BACK) {
            cameBack.add(id);
          }
          if (alertBefore || ingredient.stockAlert()) {
            levels.add(level(ingredient));
          }
        });

    // Written before the items are locked: locking an item refreshes it from the database, and
    // with it the ingredients of its recipe, which must then read what this order left.
    em.flush();
    // Then the items, in id order: the counted ones ordered and those the ingredients concern.
    Set<Long> concerned = new TreeSet<>(countedItems.keySet());
    concerned.addAll(madeWith(ranOut));
    concerned.addAll(madeWith(cameBack));
    List<MenuItem> changed = new ArrayList<>();
    for (MenuItem item : lockedItems(concerned)) {
      boolean availability = false;
      Integer quantity = countedItems.get(item.id());
      if (quantity != null && item.stock().isPresent()) {
        boolean alertBefore = item.stockAlert();
        availability = take ? item.take(quantity) : item.giveBack(quantity);
        if (alertBefore || item.stockAlert()) {
          levels.add(level(item));
        }
      }
      if (uses(item, ranOut)) {
        availability |= item.ingredientRanOut();
      }
      if (uses(item, cameBack)) {
        availability |= item.ingredientsBack(this::isOut);
      }
      if (availability) {
        changed.add(item);
      }
    }
    announce(changed, levels);
  }

  /** Whether an ingredient is out, as this transaction has it now (its own managed copy). */
  private boolean isOut(Ingredient ingredient) {
    Ingredient mine = em.find(Ingredient.class, ingredient.id());
    return mine != null && mine.isOut();
  }

  private static boolean uses(MenuItem item, Set<Long> ingredientIds) {
    return !ingredientIds.isEmpty()
        && item.recipe().stream().anyMatch(r -> ingredientIds.contains(r.ingredient().id()));
  }

  /** The ids of the items whose recipes use any of these ingredients. */
  private List<Long> madeWith(Set<Long> ingredientIds) {
    if (ingredientIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT i.id FROM MenuItem i JOIN i.recipe r"
                + " WHERE r.ingredient.id IN :ingredients",
            Long.class)
        .setParameter("ingredients", ingredientIds)
        .getResultList();
  }

  /** The items, each locked in turn, lowest id first. */
  private List<MenuItem> lockedItems(Collection<Long> ids) {
    return new TreeSet<>(ids)
        .stream().map(id -> em.find(MenuItem.class, id, LockModeType.PESSIMISTIC_WRITE)).toList();
  }
}
