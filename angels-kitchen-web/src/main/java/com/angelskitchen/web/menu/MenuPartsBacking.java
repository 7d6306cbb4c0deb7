package com.angelskitchen.web.menu;

import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.money.Money;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;

/**
 * Backs the Categories, Ingredients and Extras tabs of admin/menu.xhtml: the parts items are made
 * of. One small editor serves the three, since they differ only in a sort order (categories), a
 * price (extras) and allergens (ingredients and extras).
 */
@Named
@ViewScoped
public class MenuPartsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The allergens' names are the Texts keys {@code allergen.<ENUM>}. */
  private static final String ALLERGEN = "allergen.";

  /** Which part the editor is editing. */
  public enum Kind {
    CATEGORY,
    INGREDIENT,
    EXTRA
  }

  /** One row of a table: code, name and a detail column. */
  public record Row(String code, String name, String detail) implements Serializable {}

  /**
   * An ingredient's row: code, name, allergens and its counted stock (null when not counted),
   * whether it is out or low (the alert) and out.
   */
  public record IngredientRow(
      String code, String name, String detail, Integer stock, boolean stockAlert, boolean out)
      implements Serializable {}

  @EJB MenuCatalog catalog;

  @Inject StoreFormat format;

  private List<Row> categories = List.of();
  private List<IngredientRow> ingredients = List.of();
  private final Map<String, String> stockTyped = new HashMap<>();
  private List<Row> extras = List.of();

  private Kind kind = Kind.CATEGORY;
  private boolean creating;
  private String code;
  private String name;
  private int sortOrder;
  private BigDecimal price;
  private List<String> allergens = new ArrayList<>();

  @PostConstruct
  public void reload() {
    Texts texts = PageMessages.texts();
    categories =
        catalog.categories().stream()
            .map(c -> new Row(c.code(), c.name(), String.valueOf(c.sortOrder())))
            .toList();
    ingredients =
        catalog.ingredients().stream()
            .map(
                i ->
                    new IngredientRow(
                        i.code(),
                        i.name(),
                        labels(texts, i.allergens()),
                        i.stock().orElse(null),
                        i.stockAlert(),
                        i.isOut()))
            .toList();
    extras =
        catalog.extras().stream()
            .map(
                e ->
                    new Row(e.code(), e.name(), priceAndAllergens(texts, e.price(), e.allergens())))
            .toList();
  }

  /** The allergens' names in the screen's language: "gluten, dairy". */
  private static String labels(Texts texts, Set<Allergen> allergens) {
    return String.join(", ", allergens.stream().map(a -> texts.get(ALLERGEN + a.name())).toList());
  }

  private String priceAndAllergens(Texts texts, Money price, Set<Allergen> allergens) {
    String money = format.money(price.amount());
    return allergens.isEmpty() ? money : money + " · " + labels(texts, allergens);
  }

  public void startNew(Kind kind) {
    this.kind = kind;
    creating = true;
    code = null;
    name = null;
    sortOrder = categories.size() + 1;
    price = null;
    allergens = new ArrayList<>();
  }

  public void editCategory(String categoryCode) {
    catalog.categories().stream()
        .filter(c -> c.code().equals(categoryCode))
        .findFirst()
        .ifPresent(
            c -> {
              startEditing(Kind.CATEGORY, c.code(), c.name());
              sortOrder = c.sortOrder();
            });
  }

  public void editIngredient(String ingredientCode) {
    catalog.ingredients().stream()
        .filter(i -> i.code().equals(ingredientCode))
        .findFirst()
        .ifPresent(
            i -> {
              startEditing(Kind.INGREDIENT, i.code(), i.name());
              allergens = new ArrayList<>(i.allergens().stream().map(Enum::name).toList());
            });
  }

  public void editExtra(String extraCode) {
    catalog.extras().stream()
        .filter(e -> e.code().equals(extraCode))
        .findFirst()
        .ifPresent(
            e -> {
              startEditing(Kind.EXTRA, e.code(), e.name());
              price = e.price().amount();
              allergens = new ArrayList<>(e.allergens().stream().map(Enum::name).toList());
            });
  }

  private void startEditing(Kind kind, String code, String name) {
    this.kind = kind;
    this.creating = false;
    this.code = code;
    this.name = name;
    PrimeFaces.current().ajax().addCallbackParam("editing", true);
  }

  public void save() {
    String checkedCode = code == null ? null : code.strip();
    Set<Allergen> declared = EnumSet.noneOf(Allergen.class);
    allergens.forEach(a -> declared.add(Allergen.valueOf(a)));
    if (kind == Kind.EXTRA && price == null) {
      if (name == null || name.isBlank()) {
        PageMessages.error("menu.price.missingExtra");
      } else {
        PageMessages.error("menu.price.missing", name.strip());
      }
      return;
    }
    if (kind == Kind.EXTRA && !Amounts.isPrice(price)) {
      PageMessages.error("menu.price.range");
      return;
    }
    String what =
        switch (kind) {
          case CATEGORY -> "menu.attempt.saveCategory";
          case INGREDIENT -> "menu.attempt.saveIngredient";
          case EXTRA -> "menu.attempt.saveExtra";
        };
    boolean saved =
        PageMessages.attempt(
            what,
            () -> {
              switch (kind) {
                case CATEGORY -> catalog.putCategory(checkedCode, name, sortOrder);
                case INGREDIENT -> catalog.putIngredient(checkedCode, name, declared);
                case EXTRA ->
                    catalog.putExtra(
                        checkedCode, name, Amounts.money(price).orElseThrow(), declared);
              }
            });
    if (saved) {
      PageMessages.info("menu.saved", name.strip());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      reload();
    }
  }

  public Allergen[] getAllAllergens() {
    return Allergen.values();
  }

  public List<Row> getCategories() {
    return categories;
  }

  /**
   * Counts an ingredient's stock anew from the number typed in its row (blank: stop counting); at
   * zero every item made with it is 86'd, and a restock brings those items back.
   */
  public void restockIngredient(String ingredientCode) {
    String typed = stockTyped.getOrDefault(ingredientCode, "").strip();
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
    Integer lowAt = catalog.ingredient(ingredientCode).lowStockAt().orElse(null);
    PageMessages.attempt(
            "menu.attempt.restock", () -> catalog.restockIngredient(ingredientCode, count, lowAt))
        .ifPresent(
            ingredient ->
                PageMessages.info(
                    count == null ? "menu.stock.uncounted" : "menu.stock.counted",
                    ingredient.name(),
                    count == null ? 0 : count));
    stockTyped.remove(ingredientCode);
    reload();
  }

  /** What was typed in each ingredient row's stock field, by ingredient code. */
  public Map<String, String> getStockTyped() {
    return stockTyped;
  }

  public List<IngredientRow> getIngredients() {
    return ingredients;
  }

  public List<Row> getExtras() {
    return extras;
  }

  public Kind getKind() {
    return kind;
  }

  public String getTitle() {
    Texts texts = PageMessages.texts();
    return switch (kind) {
      case CATEGORY ->
          creating ? texts.get("menu.category.new") : texts.get("menu.category.edit", code);
      case INGREDIENT ->
          creating ? texts.get("menu.ingredient.new") : texts.get("menu.ingredient.edit", code);
      case EXTRA -> creating ? texts.get("menu.extra.new") : texts.get("menu.extra.edit", code);
    };
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

  public int getSortOrder() {
    return sortOrder;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public List<String> getAllergens() {
    return allergens;
  }

  public void setAllergens(List<String> allergens) {
    this.allergens = allergens == null ? new ArrayList<>() : allergens;
  }
}
