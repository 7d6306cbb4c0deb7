package com.angelskitchen.menu.boundary;

import com.angelskitchen.kitchenlog.control.KitchenLog;
import com.angelskitchen.menu.control.Stockroom;
import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.Codes;
import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.Ingredient;
import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierChoice;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.menu.events.ItemAvailabilityChanged;
import com.angelskitchen.menu.events.MenuChanged;
import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The menu: read by the POS, edited by managers. Every "put" creates the entry when its code is new
 * and replaces it otherwise, and answers whether it was created. Orders already placed keep the
 * names and prices they were placed with.
 */
@Stateless
public class MenuCatalog {

  @PersistenceContext EntityManager em;

  @Inject KitchenLog kitchenLog;

  @Inject Stockroom stockroom;

  public List<MenuCategory> categories() {
    return em.createQuery(
            "SELECT c FROM MenuCategory c ORDER BY c.sortOrder, c.name", MenuCategory.class)
        .getResultList();
  }

  public List<MenuItem> items() {
    return em.createNamedQuery(MenuItem.ALL, MenuItem.class).getResultList();
  }

  public List<Ingredient> ingredients() {
    return em.createQuery("SELECT i FROM Ingredient i ORDER BY i.name", Ingredient.class)
        .getResultList();
  }

  public List<Extra> extras() {
    return em.createQuery("SELECT e FROM Extra e ORDER BY e.name", Extra.class).getResultList();
  }

  public MenuItem item(String code) {
    return byCode(MenuItem.class, code)
        .orElseThrow(
            () ->
                new NotFoundException("menu.item-not-found", "no menu item '" + code + "'", code));
  }

  public boolean putCategory(String code, String name, int sortOrder) {
    requireCode(code);
    String checked = Texts.required("menu.category-name", "category name", name, 60);
    Optional<MenuCategory> existing = byCode(MenuCategory.class, code);
    existing.ifPresent(c -> c.rename(checked, sortOrder));
    existing.ifPresentOrElse(c -> {}, () -> em.persist(new MenuCategory(code, checked, sortOrder)));
    changed("category", code);
    return existing.isEmpty();
  }

  public boolean putIngredient(String code, String name, Set<Allergen> allergens) {
    requireCode(code);
    String checked = Texts.required("menu.ingredient-name", "ingredient name", name, 60);
    Optional<Ingredient> existing = byCode(Ingredient.class, code);
    existing.ifPresentOrElse(
        i -> i.describe(checked, allergens),
        () -> em.persist(new Ingredient(code, checked, allergens)));
    changed("ingredient", code);
    return existing.isEmpty();
  }

  public boolean putExtra(String code, String name, Money price, Set<Allergen> allergens) {
    requireCode(code);
    String checked = Texts.required("menu.extra-name", "extra name", name, 60);
    if (price == null) {
      throw new InvalidRequestException(
          "menu.extra.no-price", "the extra " + checked + " needs a price", checked);
    }
    Optional<Extra> existing = byCode(Extra.class, code);
    existing.ifPresentOrElse(
        e -> e.describe(checked, price, allergens),
        () -> em.persist(new Extra(code, checked, price, allergens)));
    changed("extra", code);
    return existing.isEmpty();
  }

  public boolean putItem(String code, ItemSpec spec) {
    requireCode(code);
    MenuCategory category =
        byCode(MenuCategory.class, spec.category())
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "menu.item.unknown-category",
                        "no menu category '" + spec.category() + "'",
                        spec.category()));
    List<RecipeIngredient> recipe =
        spec.recipe().stream()
            .map(
                line ->
                    new RecipeIngredient(
                        byCode(Ingredient.class, line.ingredient())
                            .orElseThrow(
                                () ->
                                    new InvalidRequestException(
                                        "menu.item.unknown-ingredient",
                                        "no ingredient '" + line.ingredient() + "'",
                                        line.ingredient())),
                        line.removable(),
                        line.quantity()))
            .toList();
    List<Extra> extras =
        spec.extras().stream()
            .map(
                extra ->
                    byCode(Extra.class, extra)
                        .orElseThrow(
                            () ->
                                new InvalidRequestException(
                                    "menu.item.unknown-extra", "no extra '" + extra + "'", extra)))
            .toList();
    MenuItem.Details details =
        new MenuItem.Details(
            spec.name(),
            spec.kitchenName(),
            spec.price(),
            category,
            spec.prepMinutes(),
            spec.sortOrder(),
            recipe,
            extras);
    List<ModifierGroup> groups =
        spec.groups() == null
            ? null
            : spec.groups().stream()
                .map(
                    group ->
                        byCode(ModifierGroup.class, group)
                            .orElseThrow(
                                () ->
                                    new InvalidRequestException(
                                        "menu.item.unknown-group",
                                        "no modifier group '" + group + "'",
                                        group)))
                .toList();
    Optional<MenuItem> existing = byCode(MenuItem.class, code);
    MenuItem item =
        existing.orElseGet(
            () -> {
              MenuItem made = new MenuItem(code, details);
              em.persist(made);
              return made;
            });
    existing.ifPresent(i -> i.describe(details));
    if (groups != null) {
      if (groups.stream()
          .flatMap(g -> g.choices().stream())
          .anyMatch(c -> c.item().filter(i -> i.code().equals(code)).isPresent())) {
        throw new InvalidRequestException(
            "menu.item.group-of-itself", code + " cannot be a flavour of itself", code);
      }
      item.offer(groups);
    }
    changed("item", code);
    return existing.isEmpty();
  }

  public List<ModifierGroup> groups() {
    return em.createNamedQuery(ModifierGroup.ALL, ModifierGroup.class).getResultList();
  }

  /**
   * Creates or replaces a modifier group. A flavour names a menu item; a bundle cannot be a flavour
   * (a dozen of dozens is not on any menu).
   */
  public boolean putGroup(String code, GroupSpec spec) {
    requireCode(code);
    List<ModifierChoice> choices =
        spec.choices().stream()
            .map(
                c ->
                    new ModifierChoice(
                        c.code(),
                        c.name().strip(),
                        c.price() == null ? Money.ZERO : c.price(),
                        c.item() == null ? null : flavour(c.item())))
            .toList();
    ModifierGroup.Rules rules =
        new ModifierGroup.Rules(spec.name(), spec.min(), spec.max(), spec.repeats(), choices);
    Optional<ModifierGroup> existing = byCode(ModifierGroup.class, code);
    existing.ifPresentOrElse(
        g -> g.describe(rules), () -> em.persist(new ModifierGroup(code, rules)));
    changed("group", code);
    return existing.isEmpty();
  }

  private MenuItem flavour(String code) {
    MenuItem flavour =
        byCode(MenuItem.class, code)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        "menu.group.unknown-flavour",
                        "no menu item '" + code + "' to be a flavour",
                        code));
    if (flavour.isBundle()) {
      throw new InvalidRequestException(
          "menu.group.bundle-as-flavour",
          flavour.name() + " is a bundle itself and cannot be a flavour",
          flavour.name());
    }
    return flavour;
  }

  /** 86es the item ({@code available} false) or restores it; the POS and screens are told. */
  public ItemAvailabilityChanged setAvailable(String code, boolean available) {
    MenuItem item = item(code);
    if (available) {
      item.restore();
    } else {
      item.eightySix();
    }
    return kitchenLog.record(
        sequence -> new ItemAvailabilityChanged(sequence, item.code(), item.name(), available),
        null);
  }

  /**
   * Counts an item's stock anew ({@code count} null: stop counting), under its row lock so that no
   * order takes from the old count meanwhile; zero 86es it, more brings back an item the stock had
   * 86'd, and the POS and screens are told.
   */
  public MenuItem restock(String code, Integer count, Integer lowAt) {
    MenuItem found = item(code);
    MenuItem item = em.find(MenuItem.class, found.id(), LockModeType.PESSIMISTIC_WRITE);
    boolean alertBefore = item.stockAlert();
    boolean availability = item.restock(count, lowAt);
    stockroom.announce(
        availability ? List.of(item) : List.of(),
        alertBefore || item.stockAlert() ? List.of(Stockroom.level(item)) : List.of());
    changed("item", code);
    return item;
  }

  public Ingredient ingredient(String code) {
    return byCode(Ingredient.class, code)
        .orElseThrow(
            () ->
                new NotFoundException(
                    "menu.ingredient-not-found", "no ingredient '" + code + "'", code));
  }

  /**
   * Counts an ingredient's stock anew ({@code count} null: stop counting), under its row lock: zero
   * 86es every item made with it, more brings back the items it had 86'd (not those a manager 86'd,
   * nor those still out of their own stock or of another ingredient). The POS, the partners and the
   * screens are told.
   */
  public Ingredient restockIngredient(String code, Integer count, Integer lowAt) {
    if (count != null && count < 0 || lowAt != null && lowAt < 0) {
      throw new InvalidRequestException("menu.stock-negative", "a stock is not negative");
    }
    Ingredient ingredient = stockroom.count(ingredient(code).id(), count, lowAt);
    changed("ingredient", code);
    return ingredient;
  }

  /** Every counted item and ingredient that is out or at or below its warning level. */
  public List<StockLevel> lowStock() {
    return stockroom.alerts();
  }

  /** Tells the POS screens, after commit, to redraw the menu. */
  private void changed(String what, String code) {
    kitchenLog.record(sequence -> new MenuChanged(sequence, what, code), null);
  }

  private <T> Optional<T> byCode(Class<T> type, String code) {
    return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.code = :code", type)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  private static void requireCode(String code) {
    if (!Codes.isCode(code)) {
      throw new InvalidRequestException(
          "menu.code-invalid",
          "a code is 1-32 lower-case letters, digits and dashes, starting with a letter or digit: "
              + code,
          code);
    }
  }
}
