package com.angelskitchen.web.menu;

import com.angelskitchen.menu.boundary.ItemSpec;
import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.menu.entity.RecipeIngredient;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Backs the Items tab of admin/menu.xhtml: the items with their price and availability, 86 and
 * restore with one tap, and the item editor (name, price, category, recipe, extras, groups).
 */
@Named
@ViewScoped
public class MenuItemsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB MenuCatalog catalog;

  @Inject StoreFormat format;

  private List<Row> items = List.of();
  private final Map<String, String> stockTyped = new HashMap<>();
  private List<Option> categories = List.of();
  private List<Option> ingredients = List.of();
  private List<Option> extras = List.of();
  private List<Option> groups = List.of();

  private boolean creating;
  private String code;
  private String name;
  private String kitchenName;
  private BigDecimal price;
  private String category;
  private int prepMinutes = 8;
  private int sortOrder;
  private List<String> recipe = new ArrayList<>();

  /**
   * Units of each ingredient one item uses, as loaded (set through the API): kept when the item is
   * saved here, 1 for an ingredient added here.
   */
  private final Map<String, Integer> units = new HashMap<>();

  private List<String> removable = new ArrayList<>();
  private List<String> itemExtras = new ArrayList<>();
  private List<String> itemGroups = new ArrayList<>();

  /** One item in the table; the page writes the price the store's way. */
  public record Row(
      String code,
      String name,
      String category,
      BigDecimal price,
      boolean available,
      String recipe,
      String extras,
      String groups,
      Integer stock,
      boolean lowOnStock,
      boolean outOfStock)
      implements Serializable {}

  /** A choice in a select: code and label. */
  public record Option(String code, String label) implements Serializable {}

  @PostConstruct
  public void reload() {
    items = catalog.items().stream().map(this::row).toList();
    categories = catalog.categories().stream().map(c -> new Option(c.code(), c.name())).toList();
    ingredients = catalog.ingredients().stream().map(i -> new Option(i.code(), i.name())).toList();
    extras =
        catalog.extras().stream()
            .map(
                e -> new Option(e.code(), e.name() + " (" + format.money(e.price().amount()) + ")"))
            .toList();
    groups =
        catalog.groups().stream()
            .map(g -> new Option(g.code(), g.name() + " (" + g.code() + ")"))
            .toList();
  }

  private Row row(MenuItem item) {
    return new Row(
        item.code(),
        item.name(),
        item.category().name(),
        item.price().amount(),
        item.available(),
        String.join(
            ", ",
            item.recipe().stream()
                .map(
                    r ->
                        (r.removable()
                                ? r.ingredient().name()
                                : PageMessages.texts()
                                    .get("menu.recipe.fixed", r.ingredient().name()))
                            + (r.quantity() > 1 ? " ×" + r.quantity() : ""))
                .toList()),
        String.join(", ", item.extras().stream().map(Extra::name).toList()),
        String.join(", ", item.groups().stream().map(ModifierGroup::name).toList()),
        item.stock().orElse(null),
        item.isLowOnStock(),
        item.isOutOfStock());
  }

  /**
   * Counts an item's stock anew from the number typed in its row (blank: stop counting); at zero it
   * is 86'd, and a restock brings back an item the stock had 86'd.
   */
  public void restock(String itemCode) {
    String typed = stockTyped.getOrDefault(itemCode, "").strip();
    Integer count;
    try {
      count = typed.isEmpty() ? null : Integer.valueOf(typed);
    } catch (NumberFormatException notANumber) {
      PageMessages.error("menu.stock.unreadable", typed);
      return;
    }
    if (count != null && (count < 0 || count > 100_000)) {
      PageMessages.error("menu.stock.unreadable", typed);
      return;
    }
    MenuItem before = catalog.item(itemCode);
    Integer lowAt = before.lowStockAt().orElse(null);
    PageMessages.attempt("menu.attempt.restock", () -> catalog.restock(itemCode, count, lowAt))
        .ifPresent(
            item ->
                PageMessages.info(
                    count == null ? "menu.stock.uncounted" : "menu.stock.counted",
                    item.name(),
                    count == null ? 0 : count));
    stockTyped.remove(itemCode);
    reload();
  }

  /** What was typed in each row's stock field, by item code. */
  public Map<String, String> getStockTyped() {
    return stockTyped;
  }

  /** 86es the item or restores it; the POS greys it out (or back) at once. */
  public void setAvailable(String itemCode, boolean available) {
    PageMessages.attempt(
            available ? "menu.attempt.restore" : "menu.attempt.eightySix",
            () -> catalog.setAvailable(itemCode, available))
        .ifPresent(
            changed -> {
              if (available) {
                PageMessages.info("menu.restored", changed.itemName());
              } else {
                PageMessages.info("menu.eightySixed", changed.itemName());
              }
            });
    reload();
  }

  public void startNew() {
    creating = true;
    code = null;
    name = null;
    kitchenName = null;
    price = null;
    category = categories.isEmpty() ? null : categories.get(0).code();
    prepMinutes = 8;
    sortOrder = items.size() + 1;
    recipe = new ArrayList<>();
    removable = new ArrayList<>();
    itemExtras = new ArrayList<>();
    itemGroups = new ArrayList<>();
    units.clear();
  }

  public void edit(String itemCode) {
    PageMessages.attempt("menu.attempt.open", () -> catalog.item(itemCode)).ifPresent(this::load);
  }

  private void load(MenuItem item) {
    creating = false;
    code = item.code();
    name = item.name();
    kitchenName = item.kitchenName();
    price = item.price().amount();
    category = item.category().code();
    prepMinutes = item.prepMinutes();
    sortOrder = item.sortOrder();
    recipe = new ArrayList<>(item.recipe().stream().map(r -> r.ingredient().code()).toList());
    units.clear();
    item.recipe().forEach(r -> units.put(r.ingredient().code(), r.quantity()));
    removable =
        new ArrayList<>(
            item.recipe().stream()
                .filter(RecipeIngredient::removable)
                .map(r -> r.ingredient().code())
                .toList());
    itemExtras = new ArrayList<>(item.extras().stream().map(Extra::code).toList());
    itemGroups = new ArrayList<>(item.groups().stream().map(ModifierGroup::code).toList());
    PrimeFaces.current().ajax().addCallbackParam("editing", true);
  }

  public void save() {
    if (price == null) {
      if (name == null || name.isBlank()) {
        PageMessages.error("menu.price.missingItem");
      } else {
        PageMessages.error("menu.price.missing", name.strip());
      }
      return;
    }
    var money = Amounts.money(price);
    if (money.isEmpty()) {
      PageMessages.error("menu.price.range");
      return;
    }
    boolean saved =
        PageMessages.attempt(
            "menu.attempt.saveItem",
            () -> {
              ItemSpec spec =
                  new ItemSpec(
                      name,
                      kitchenName,
                      money.get(),
                      category,
                      prepMinutes,
                      sortOrder,
                      recipe.stream()
                          .map(
                              i ->
                                  new ItemSpec.RecipeLine(
                                      i, removable.contains(i), units.getOrDefault(i, 1)))
                          .toList(),
                      itemExtras,
                      itemGroups);
              catalog.putItem(code == null ? null : code.strip(), spec);
            });
    if (saved) {
      PageMessages.info("menu.saved", name.strip());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      reload();
    }
  }

  public List<Row> getItems() {
    return items;
  }

  public List<Option> getCategories() {
    return categories;
  }

  public List<Option> getIngredients() {
    return ingredients;
  }

  public List<Option> getExtras() {
    return extras;
  }

  /** The editor's title: a new item, or the one being edited. */
  public String getTitle() {
    return creating
        ? PageMessages.texts().get("menu.item.new")
        : PageMessages.texts().get("menu.item.edit", name);
  }

  public boolean isCreating() {
    return creating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getKitchenName() {
    return kitchenName;
  }

  public void setKitchenName(String kitchenName) {
    this.kitchenName = kitchenName;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public int getPrepMinutes() {
    return prepMinutes;
  }

  public void setPrepMinutes(int prepMinutes) {
    this.prepMinutes = prepMinutes;
  }

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public List<String> getRecipe() {
    return recipe;
  }

  public void setRecipe(List<String> recipe) {
    this.recipe = recipe == null ? new ArrayList<>() : recipe;
  }

  public List<String> getRemovable() {
    return removable;
  }

  public void setRemovable(List<String> removable) {
    this.removable = removable == null ? new ArrayList<>() : removable;
  }

  public List<Option> getGroups() {
    return groups;
  }

  /** The groups the item asks for; the POS asks them in the order listed. */
  public List<String> getItemGroups() {
    return itemGroups;
  }

  public void setItemGroups(List<String> itemGroups) {
    this.itemGroups = itemGroups == null ? new ArrayList<>() : itemGroups;
  }

  public List<String> getItemExtras() {
    return itemExtras;
  }

  public void setItemExtras(List<String> itemExtras) {
    this.itemExtras = itemExtras == null ? new ArrayList<>() : itemExtras;
  }
}
