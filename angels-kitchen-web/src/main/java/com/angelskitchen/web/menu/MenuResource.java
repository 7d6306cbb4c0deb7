package com.angelskitchen.web.menu;

import com.angelskitchen.menu.boundary.GroupSpec;
import com.angelskitchen.menu.boundary.ItemSpec;
import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.Ingredient;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.web.rest.ApiErrors;
import com.angelskitchen.web.security.AllowedRoles;
import com.angelskitchen.web.security.Roles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The menu: {@code GET /api/menu} for the POS, and idempotent {@code PUT}s by code for managers
 * (201 when created, 200 when replaced). {@code PUT /api/menu/items/{code}/availability} 86es or
 * restores an item.
 */
@ApplicationScoped
@Tag(name = "Menu")
@AllowedRoles(Roles.MANAGER)
@Path("menu")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MenuResource {

  @EJB MenuCatalog catalog;

  /** The whole menu by category, 86'd items included (marked unavailable). */
  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Operation(summary = "The whole menu by category, 86'd items included")
  public MenuView menu() {
    List<MenuItem> items = catalog.items();
    return new MenuView(
        catalog.categories().stream()
            .map(
                c ->
                    new MenuView.Category(
                        c.code(),
                        c.name(),
                        items.stream()
                            .filter(i -> i.category().code().equals(c.code()))
                            .map(ItemView::of)
                            .toList()))
            .toList());
  }

  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("items/{code}")
  public ItemView item(@PathParam("code") String code) {
    return ItemView.of(catalog.item(code));
  }

  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("ingredients")
  public List<IngredientView> ingredients() {
    return catalog.ingredients().stream().map(IngredientView::of).toList();
  }

  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("extras")
  public List<ExtraView> extras() {
    return catalog.extras().stream().map(ExtraView::of).toList();
  }

  @PUT
  @Path("categories/{code}")
  public Response putCategory(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid CategoryRequest request) {
    return created(catalog.putCategory(code, request.name, request.sortOrder));
  }

  @PUT
  @Path("ingredients/{code}")
  public Response putIngredient(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid IngredientRequest request) {
    return created(catalog.putIngredient(code, request.name, allergens(request.allergens)));
  }

  @PUT
  @Path("extras/{code}")
  public Response putExtra(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid ExtraRequest request) {
    return created(
        catalog.putExtra(
            code, request.name, new Money(request.price), allergens(request.allergens)));
  }

  @PUT
  @Path("items/{code}")
  public Response putItem(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid ItemRequest request) {
    return created(
        catalog.putItem(
            code,
            new ItemSpec(
                request.name,
                request.kitchenName,
                new Money(request.price),
                request.category,
                request.prepMinutes,
                request.sortOrder,
                request.recipe == null
                    ? List.of()
                    : request.recipe.stream()
                        .map(
                            r ->
                                r == null
                                    ? null
                                    : new ItemSpec.RecipeLine(
                                        r.ingredient,
                                        r.removable,
                                        r.quantity == null ? 1 : r.quantity))
                        .toList(),
                request.extras,
                request.groups)));
  }

  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("groups")
  @Operation(summary = "The modifier groups: sauces to pick, the flavours of a dozen")
  public List<GroupView> groups() {
    return catalog.groups().stream().map(GroupView::of).toList();
  }

  /**
   * Creates or replaces a modifier group: {@code {"name":"Salsa","min":1,"max":1,"repeats":false,
   * "choices":[{"code":"criolla","name":"Criolla","price":0}]}}; a choice with an {@code item} is a
   * flavour (the item offering the group is a bundle).
   */
  @PUT
  @Path("groups/{code}")
  @Operation(summary = "Create or replace a modifier group (201 created, 200 replaced)")
  public Response putGroup(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid GroupRequest request) {
    return created(
        catalog.putGroup(
            code,
            new GroupSpec(
                request.name,
                request.min,
                request.max,
                request.repeats,
                request.choices == null
                    ? null
                    : request.choices.stream()
                        .map(
                            c ->
                                c == null
                                    ? null
                                    : new GroupSpec.ChoiceSpec(
                                        c.code,
                                        c.name,
                                        c.price == null ? Money.ZERO : new Money(c.price),
                                        c.item))
                        .toList())));
  }

  /** {@code {"available": false}} 86es the item; {@code true} restores it. */
  @AllowedRoles({Roles.COOK, Roles.MANAGER})
  @PUT
  @Path("items/{code}/availability")
  @Operation(summary = "86 (available=false) or restore an item")
  public ItemView availability(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid AvailabilityRequest request) {
    catalog.setAvailable(code, request.available);
    return ItemView.of(catalog.item(code));
  }

  /**
   * Counts an item's stock anew: {@code {"count": 24, "lowAt": 6}}; {@code {"count": null}} stops
   * counting. Each order takes from it, a cancel gives back; at zero the item 86es itself, and a
   * restock brings it back.
   */
  @AllowedRoles({Roles.COOK, Roles.MANAGER})
  @PUT
  @Path("items/{code}/stock")
  @Operation(summary = "Count an item's stock (null stops counting); at zero it is 86'd by itself")
  public ItemView stock(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid StockRequest request) {
    catalog.restock(code, request.count, request.lowAt);
    return ItemView.of(catalog.item(code));
  }

  /**
   * Counts an ingredient's stock anew: {@code {"count": 40, "lowAt": 10}}; {@code {"count": null}}
   * stops counting. Each item ordered takes its recipe's quantity of it, a cancel gives back; an
   * order it cannot cover is refused, at zero every item made with it is 86'd by itself, and a
   * restock brings them back.
   */
  @AllowedRoles({Roles.COOK, Roles.MANAGER})
  @PUT
  @Path("ingredients/{code}/stock")
  @Operation(
      summary =
          "Count an ingredient's stock (null stops counting); at zero every item made with it is"
              + " 86'd by itself")
  public IngredientView ingredientStock(
      @PathParam("code") String code,
      @NotNull(message = ApiErrors.NO_BODY) @Valid StockRequest request) {
    return IngredientView.of(catalog.restockIngredient(code, request.count, request.lowAt));
  }

  /** Every counted item and ingredient that is out or at or below its warning level. */
  @AllowedRoles({Roles.CASHIER, Roles.COOK, Roles.EXPO})
  @GET
  @Path("low-stock")
  @Operation(summary = "The counted items and ingredients that are out or low")
  public List<StockLevel> lowStock() {
    return catalog.lowStock();
  }

  private static Response created(boolean created) {
    return Response.status(created ? Response.Status.CREATED : Response.Status.OK).build();
  }

  private static Set<Allergen> allergens(List<Allergen> allergens) {
    if (allergens == null || allergens.isEmpty()) {
      return Set.of();
    }
    if (allergens.contains(null)) {
      throw new InvalidRequestException(
          "menu.allergens-invalid",
          "allergens are names of the 14 EU allergens, e.g. GLUTEN, MILK, EGGS");
    }
    return EnumSet.copyOf(allergens);
  }

  /** A category. */
  public static class CategoryRequest {
    @NotBlank
    @Size(max = 60)
    public String name;

    public int sortOrder;
  }

  /** An ingredient and its allergens (names of the 14 EU allergens, e.g. GLUTEN, MILK). */
  public static class IngredientRequest {
    @NotBlank
    @Size(max = 60)
    public String name;

    public List<Allergen> allergens;
  }

  /** An extra, its price and its allergens. */
  public static class ExtraRequest {
    @NotBlank
    @Size(max = 60)
    public String name;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    public BigDecimal price;

    public List<Allergen> allergens;
  }

  /** A menu item. */
  public static class ItemRequest {
    @NotBlank
    @Size(max = 80)
    public String name;

    @Size(max = 24)
    public String kitchenName;

    @NotNull
    @DecimalMin("0.00")
    @Digits(integer = 8, fraction = 2)
    public BigDecimal price;

    @NotBlank public String category;

    @Min(1)
    @Max(240)
    public int prepMinutes;

    public int sortOrder;
    @Valid public List<RecipeLine> recipe;
    public List<String> extras;

    /** Codes of the modifier groups it asks for, in order; left out: its groups stay. */
    public List<String> groups;

    /**
     * An ingredient of the recipe, whether a guest may leave it out, and how many units of it one
     * item takes from a counted stock (default 1).
     */
    public static class RecipeLine {
      @NotBlank public String ingredient;
      public boolean removable;

      @Min(1)
      @Max(100)
      public Integer quantity;
    }
  }

  /** A modifier group: choose from {@code min} to {@code max} of its choices. */
  public static class GroupRequest {
    @NotBlank
    @jakarta.validation.constraints.Size(max = 60)
    public String name;

    @jakarta.validation.constraints.Min(0)
    @jakarta.validation.constraints.Max(99)
    public int min;

    @jakarta.validation.constraints.Min(1)
    @jakarta.validation.constraints.Max(99)
    public int max;

    public boolean repeats;

    @jakarta.validation.constraints.Size(min = 1, max = 40)
    @Valid
    public List<ChoiceRequest> choices;

    /** One choice; {@code item} names the menu item of a flavour. */
    public static class ChoiceRequest {
      @NotBlank public String code;

      @NotBlank
      @jakarta.validation.constraints.Size(max = 60)
      public String name;

      @jakarta.validation.constraints.DecimalMin("0.00")
      @jakarta.validation.constraints.Digits(integer = 8, fraction = 2)
      public BigDecimal price;

      public String item;
    }
  }

  /** 86 ({@code false}) or restore ({@code true}). */
  public static class AvailabilityRequest {
    @NotNull public Boolean available;
  }

  /** How many of an item or ingredient are left (null: not counted), and when to warn. */
  public static class StockRequest {
    @jakarta.validation.constraints.Min(0)
    @jakarta.validation.constraints.Max(100_000)
    public Integer count;

    @jakarta.validation.constraints.Min(0)
    @jakarta.validation.constraints.Max(100_000)
    public Integer lowAt;
  }

  /** The menu by category. */
  public record MenuView(List<Category> categories) {
    /** A category and its items. */
    public record Category(String code, String name, List<ItemView> items) {}
  }

  /** An item as the POS shows it. */
  public record ItemView(
      String code,
      String name,
      String kitchenName,
      String category,
      BigDecimal price,
      int prepMinutes,
      boolean available,
      List<RecipeView> recipe,
      List<ExtraView> extras,
      List<String> allergens,
      Integer stock,
      Integer lowStockAt,
      boolean lowOnStock,
      boolean outOfStock,
      boolean outOfIngredient,
      List<GroupView> groups,
      boolean bundle) {

    static ItemView of(MenuItem item) {
      return new ItemView(
          item.code(),
          item.name(),
          item.kitchenName(),
          item.category().code(),
          item.price().amount(),
          item.prepMinutes(),
          item.available(),
          item.recipe().stream()
              .map(
                  r ->
                      new RecipeView(
                          r.ingredient().code(),
                          r.ingredient().name(),
                          r.removable(),
                          names(r.ingredient().allergens()),
                          r.quantity()))
              .toList(),
          item.extras().stream().map(ExtraView::of).toList(),
          names(item.allergensWith(List.of(), List.of())),
          item.stock().orElse(null),
          item.lowStockAt().orElse(null),
          item.isLowOnStock(),
          item.isOutOfStock(),
          item.isOutOfIngredient(),
          item.groups().stream().map(GroupView::of).toList(),
          item.isBundle());
    }
  }

  /** A modifier group as the POS asks it; {@code required} when at least one must be chosen. */
  public record GroupView(
      String code,
      String name,
      int min,
      int max,
      boolean repeats,
      boolean required,
      List<ChoiceView> choices) {
    static GroupView of(ModifierGroup group) {
      return new GroupView(
          group.code(),
          group.name(),
          group.min(),
          group.max(),
          group.repeats(),
          group.required(),
          group.choices().stream()
              .map(
                  c ->
                      new ChoiceView(
                          c.code(),
                          c.name(),
                          c.price().amount(),
                          c.item().map(MenuItem::code).orElse(null),
                          c.available()))
              .toList());
    }
  }

  /** A choice of a group; {@code item} is the menu item of a flavour. */
  public record ChoiceView(
      String code, String name, BigDecimal price, String item, boolean available) {}

  /** An ingredient of a recipe, and how many units of it one item uses. */
  public record RecipeView(
      String code, String name, boolean removable, List<String> allergens, int quantity) {}

  /** An ingredient, with its stock when counted. */
  public record IngredientView(
      String code,
      String name,
      List<String> allergens,
      Integer stock,
      Integer lowStockAt,
      boolean lowOnStock,
      boolean out) {
    static IngredientView of(Ingredient ingredient) {
      return new IngredientView(
          ingredient.code(),
          ingredient.name(),
          names(ingredient.allergens()),
          ingredient.stock().orElse(null),
          ingredient.lowStockAt().orElse(null),
          ingredient.stockAlert(),
          ingredient.isOut());
    }
  }

  /** An extra. */
  public record ExtraView(String code, String name, BigDecimal price, List<String> allergens) {
    static ExtraView of(Extra extra) {
      return new ExtraView(
          extra.code(), extra.name(), extra.price().amount(), names(extra.allergens()));
    }
  }

  static List<String> names(Set<Allergen> allergens) {
    return allergens.stream().sorted().map(Enum::name).toList();
  }
}
