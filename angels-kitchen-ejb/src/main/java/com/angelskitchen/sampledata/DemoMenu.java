package com.angelskitchen.sampledata;

import static com.angelskitchen.menu.entity.Allergen.EGGS;
import static com.angelskitchen.menu.entity.Allergen.GLUTEN;
import static com.angelskitchen.menu.entity.Allergen.MILK;
import static com.angelskitchen.menu.entity.Allergen.MUSTARD;

import com.angelskitchen.checkout.boundary.Discounts;
import com.angelskitchen.checkout.entity.DiscountReason;
import com.angelskitchen.menu.boundary.GroupSpec;
import com.angelskitchen.menu.boundary.GroupSpec.ChoiceSpec;
import com.angelskitchen.menu.boundary.ItemSpec;
import com.angelskitchen.menu.boundary.ItemSpec.RecipeLine;
import com.angelskitchen.menu.boundary.MenuCatalog;
import com.angelskitchen.menu.entity.Allergen;
import com.angelskitchen.menu.entity.Extra;
import com.angelskitchen.menu.entity.Ingredient;
import com.angelskitchen.menu.entity.MenuCategory;
import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.menu.entity.ModifierGroup;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.platform.persistence.StartUpLock;
import com.angelskitchen.stations.boundary.StationSetup;
import com.angelskitchen.stations.entity.Station;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The demo kitchen: three stations (Fritura, Horno, Mostrador as the default), fried and baked
 * empanadas, sides, drinks and desserts, with recipes, extras, allergens and routing rules, and the
 * dozen and half dozen with their flavours and sauce.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoMenu {

  private static final Logger LOG = Logger.getLogger(DemoMenu.class.getName());

  @EJB StartUpLock startUp;

  @Inject KitchenSettings settings;

  @EJB MenuCatalog catalog;

  @EJB StationSetup setup;

  @EJB Discounts discounts;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW) // one transaction: see StartUpLock
  void load() {
    if (!settings.demoMode()) {
      return;
    }
    startUp.hold();
    stations();
    Set<String> categories = codes(catalog.categories().stream().map(MenuCategory::code));
    category(categories, "empanadas-fritas", "Empanadas fritas", 1);
    category(categories, "empanadas-horno", "Empanadas al horno", 2);
    category(categories, "acompanamientos", "Acompañamientos", 3);
    category(categories, "bebidas", "Bebidas", 4);
    category(categories, "postres", "Postres", 5);
    category(categories, "docenas", "Docenas", 6);
    ingredients();
    extras();
    items();
    bundles();
    rules();
    discountReasons();
    LOG.info("Demo menu in place: " + catalog.items().size() + " items");
  }

  /** The reasons an Argentine empanada shop gives discounts for. */
  private void discountReasons() {
    Set<String> existing = codes(discounts.reasons().stream().map(DiscountReason::code));
    String[][] reasons = {
      {"personal", "Comida del personal"},
      {"promocion", "Promoción"},
      {"reclamo", "Reclamo del cliente"},
      {"cortesia", "Cortesía de la casa"}
    };
    for (int i = 0; i < reasons.length; i++) {
      if (!existing.contains(reasons[i][0])) {
        discounts.keepReason(reasons[i][0], reasons[i][1], i + 1);
      }
    }
  }

  private void stations() {
    Set<String> existing = codes(setup.stations().stream().map(Station::code));
    if (!existing.contains("fritura")) {
      setup.putStation("fritura", new Station.Settings("Fritura", 1, 5, 8), false);
    }
    if (!existing.contains("horno")) {
      setup.putStation("horno", new Station.Settings("Horno", 2, 5, 8), false);
    }
    if (!existing.contains("mostrador")) {
      setup.putStation("mostrador", new Station.Settings("Mostrador", 3, 3, 6), true);
    }
  }

  private void category(Set<String> existing, String code, String name, int sortOrder) {
    if (!existing.contains(code)) {
      catalog.putCategory(code, name, sortOrder);
    }
  }

  private void ingredients() {
    Set<String> existing = codes(catalog.ingredients().stream().map(Ingredient::code));
    Object[][] ingredients = {
      {"masa", "Masa", Set.of(GLUTEN)},
      {"carne", "Carne picada", Set.of()},
      {"carne-cuchillo", "Carne cortada a cuchillo", Set.of()},
      {"cebolla", "Cebolla", Set.of()},
      {"verdeo", "Cebolla de verdeo", Set.of()},
      {"huevo", "Huevo duro", Set.of(EGGS)},
      {"aceitunas", "Aceitunas", Set.of()},
      {"comino", "Comino", Set.of()},
      {"papa", "Papa", Set.of()},
      {"pollo", "Pollo", Set.of()},
      {"morron", "Morrón", Set.of()},
      {"jamon", "Jamón cocido", Set.of()},
      {"queso", "Queso", Set.of(MILK)},
      {"mozzarella", "Mozzarella", Set.of(MILK)},
      {"choclo", "Choclo", Set.of()},
      {"salsa-blanca", "Salsa blanca", Set.of(MILK, GLUTEN)},
      {"tomate", "Tomate", Set.of()},
      {"albahaca", "Albahaca", Set.of()},
      {"acelga", "Acelga", Set.of()},
      {"lechuga", "Lechuga", Set.of()},
      {"dulce-de-leche", "Dulce de leche", Set.of(MILK)},
      {"cebada", "Malta de cebada", Set.of(GLUTEN)},
    };
    for (Object[] i : ingredients) {
      if (!existing.contains((String) i[0])) {
        catalog.putIngredient((String) i[0], (String) i[1], allergens(i[2]));
      }
    }
  }

  private void extras() {
    Set<String> existing = codes(catalog.extras().stream().map(Extra::code));
    Object[][] extras = {
      {"extra-queso", "Extra queso", "350.00", Set.of(MILK)},
      {"salsa-picante", "Salsa picante", "200.00", Set.of()},
      {"chimichurri", "Chimichurri", "200.00", Set.of()},
      {"extra-huevo", "Extra huevo", "300.00", Set.of(EGGS)},
      {"extra-aceitunas", "Extra aceitunas", "200.00", Set.of()},
      {"mayonesa", "Mayonesa", "150.00", Set.of(EGGS, MUSTARD)},
    };
    for (Object[] e : extras) {
      if (!existing.contains((String) e[0])) {
        catalog.putExtra((String) e[0], (String) e[1], Money.of((String) e[2]), allergens(e[3]));
      }
    }
  }

  private void items() {
    Set<String> existing = codes(catalog.items().stream().map(MenuItem::code));
    item(
        existing,
        "carne",
        "Empanada de carne",
        "CARNE",
        "1800.00",
        "empanadas-fritas",
        8,
        recipe("masa", "carne", "-cebolla", "-huevo", "-aceitunas", "-comino"),
        List.of("extra-queso", "salsa-picante", "extra-huevo"));
    item(
        existing,
        "pollo",
        "Empanada de pollo",
        "POLLO",
        "1800.00",
        "empanadas-fritas",
        8,
        recipe("masa", "pollo", "-cebolla", "-morron"),
        List.of("extra-queso", "salsa-picante"));
    item(
        existing,
        "jamon-queso",
        "Empanada de jamón y queso",
        "JAMON QUESO",
        "1800.00",
        "empanadas-fritas",
        6,
        recipe("masa", "-jamon", "-queso"),
        List.of("extra-queso"));
    item(
        existing,
        "carne-cuchillo",
        "Empanada de carne cortada a cuchillo",
        "CUCHILLO",
        "2100.00",
        "empanadas-fritas",
        9,
        recipe("masa", "carne-cuchillo", "-cebolla", "-papa", "-verdeo"),
        List.of("salsa-picante", "chimichurri"));
    item(
        existing,
        "humita",
        "Empanada de humita",
        "HUMITA",
        "1800.00",
        "empanadas-horno",
        12,
        recipe("masa", "choclo", "-salsa-blanca", "-queso", "-cebolla"),
        List.of("extra-queso"));
    item(
        existing,
        "caprese",
        "Empanada caprese",
        "CAPRESE",
        "1900.00",
        "empanadas-horno",
        12,
        recipe("masa", "mozzarella", "-tomate", "-albahaca"),
        List.of("extra-queso", "extra-aceitunas"));
    item(
        existing,
        "verdura",
        "Empanada de verdura",
        "VERDURA",
        "1800.00",
        "empanadas-horno",
        12,
        recipe("masa", "acelga", "-cebolla", "-salsa-blanca", "-queso"),
        List.of("extra-queso"));
    item(
        existing,
        "cebolla-queso",
        "Empanada de cebolla y queso",
        "CEBOLLA QUESO",
        "1800.00",
        "empanadas-horno",
        12,
        recipe("masa", "cebolla", "queso", "mozzarella"),
        List.of());
    item(
        existing,
        "carne-horno",
        "Empanada de carne al horno",
        "CARNE HORNO",
        "1800.00",
        "empanadas-horno",
        14,
        recipe("masa", "carne", "-cebolla", "-huevo", "-aceitunas"),
        List.of("extra-queso", "extra-huevo"));
    item(
        existing,
        "papas-fritas",
        "Papas fritas",
        "PAPAS",
        "2500.00",
        "acompanamientos",
        7,
        recipe("papa"),
        List.of("mayonesa", "extra-queso"));
    item(
        existing,
        "ensalada",
        "Ensalada mixta",
        "ENSALADA",
        "2800.00",
        "acompanamientos",
        5,
        recipe("lechuga", "-tomate", "-cebolla"),
        List.of());
    item(
        existing,
        "gaseosa",
        "Gaseosa 500 ml",
        "GASEOSA",
        "1500.00",
        "bebidas",
        1,
        recipe(),
        List.of());
    item(
        existing,
        "agua",
        "Agua mineral 500 ml",
        "AGUA",
        "1200.00",
        "bebidas",
        1,
        recipe(),
        List.of());
    item(
        existing,
        "cerveza",
        "Cerveza artesanal",
        "CERVEZA",
        "3200.00",
        "bebidas",
        1,
        recipe("cebada"),
        List.of());
    item(
        existing,
        "flan",
        "Flan con dulce de leche",
        "FLAN",
        "2600.00",
        "postres",
        2,
        recipe("-dulce-de-leche"),
        List.of());
  }

  /**
   * The dozen and half dozen, any flavours mixed (cortada a cuchillo costs a little more), each
   * with a sauce to choose: the counter boxes them, each flavour is made at its own station.
   */
  private void bundles() {
    Set<String> groups = codes(catalog.groups().stream().map(ModifierGroup::code));
    List<ChoiceSpec> flavours =
        catalog.items().stream()
            .filter(i -> i.category().code().startsWith("empanadas-"))
            .map(
                i ->
                    new ChoiceSpec(
                        i.code(),
                        flavourName(i.name()),
                        Money.of(i.code().equals("carne-cuchillo") ? "300.00" : "0.00"),
                        i.code()))
            .toList();
    if (!groups.contains("sabores-docena")) {
      catalog.putGroup("sabores-docena", new GroupSpec("Sabores", 12, 12, true, flavours));
    }
    if (!groups.contains("sabores-media")) {
      catalog.putGroup("sabores-media", new GroupSpec("Sabores", 6, 6, true, flavours));
    }
    if (!groups.contains("salsa")) {
      catalog.putGroup(
          "salsa",
          new GroupSpec(
              "Salsa",
              1,
              1,
              false,
              List.of(
                  new ChoiceSpec("criolla", "Criolla", Money.ZERO, null),
                  new ChoiceSpec("picante", "Picante", Money.ZERO, null),
                  new ChoiceSpec("chimichurri", "Chimichurri", Money.of("200.00"), null))));
    }
    Set<String> existing = codes(catalog.items().stream().map(MenuItem::code));
    bundle(existing, "docena", "Docena de empanadas", "DOCENA", "19500.00", "sabores-docena");
    bundle(existing, "media-docena", "Media docena", "MEDIA DOCENA", "10500.00", "sabores-media");
  }

  /** "Empanada de carne" is "Carne" among the flavours of a dozen. */
  private static String flavourName(String itemName) {
    String flavour = itemName.replaceFirst("^Empanada (de )?", "");
    return Character.toUpperCase(flavour.charAt(0)) + flavour.substring(1);
  }

  private void bundle(
      Set<String> existing,
      String code,
      String name,
      String kitchenName,
      String price,
      String flavours) {
    if (!existing.contains(code)) {
      catalog.putItem(
          code,
          new ItemSpec(
              name,
              kitchenName,
              Money.of(price),
              "docenas",
              3,
              0,
              List.of(),
              List.of(),
              List.of(flavours, "salsa")));
    }
  }

  private void rules() {
    if (!setup.rules().isEmpty()) {
      return;
    }
    setup.routeCategory("empanadas-fritas", "fritura");
    setup.routeCategory("empanadas-horno", "horno");
    setup.routeCategory("acompanamientos", "mostrador");
    setup.routeCategory("postres", "mostrador");
    // Papas fritas are a side, but they come out of the fryer.
    setup.routeItem("papas-fritas", "fritura");
  }

  private void item(
      Set<String> existing,
      String code,
      String name,
      String kitchenName,
      String price,
      String category,
      int prepMinutes,
      List<RecipeLine> recipe,
      List<String> extras) {
    if (!existing.contains(code)) {
      catalog.putItem(
          code,
          new ItemSpec(
              name, kitchenName, Money.of(price), category, prepMinutes, 0, recipe, extras));
    }
  }

  /** Ingredient codes; a leading "-" marks one the guest may leave out. */
  private static List<RecipeLine> recipe(String... ingredients) {
    return Arrays.stream(ingredients)
        .map(
            i ->
                i.startsWith("-") ? new RecipeLine(i.substring(1), true) : new RecipeLine(i, false))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Set<Allergen> allergens(Object set) {
    return (Set<Allergen>) set;
  }

  private static Set<String> codes(java.util.stream.Stream<String> codes) {
    return codes.collect(Collectors.toSet());
  }
}
