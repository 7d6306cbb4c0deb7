package com.angelskitchen.partners.doordash;

import static com.angelskitchen.platform.JsonP.JSON;

import com.angelskitchen.money.Money;
import com.angelskitchen.partners.boundary.PublishedMenu;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The body of the Marketplace Menu API's create (POST /api/v1/menus) and update (PATCH
 * /api/v1/menus/{menu_id}): the store ({@code merchant_supplied_id}, {@code provider_type}), its
 * {@code open_hours}, and the menu as categories of items, each item's choices as {@code extras}
 * holding {@code options}. Every {@code merchant_supplied_id} is the restaurant's own id, which
 * DoorDash gives back in orders.
 *
 * <p>Prices are in cents, VAT included. An extra's limits: {@code min_num_options} / {@code
 * max_num_options} count the different options chosen, {@code min/max_aggregate_options_quantity}
 * all of them together, {@code max_option_choice_quantity} how often one may be chosen (once, or up
 * to the group's max where choices repeat: a dozen of four flavours). An 86'd item or flavour is
 * sent inactive.
 */
final class DoorDashMenu {

  static final String MENU_ID = "angels-kitchen";
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm:ss");

  private DoorDashMenu() {}

  /**
   * @param store DoorDash's id of the store (the restaurant's own, its merchant_supplied_id)
   * @param providerType the integration's provider type, as DoorDash registered it
   * @param reference the request's reference, which DoorDash's menu status webhook names
   */
  static JsonObject payload(
      PublishedMenu menu, String store, String providerType, String reference) {
    JsonArrayBuilder categories = JSON.createArrayBuilder();
    int categoryOrder = 0;
    for (PublishedMenu.Category category : menu.categories()) {
      JsonArrayBuilder items = JSON.createArrayBuilder();
      int itemOrder = 0;
      for (PublishedMenu.Item item : category.items()) {
        items.add(item(item, itemOrder++));
      }
      categories.add(
          JSON.createObjectBuilder()
              .add("name", category.name())
              .add("subtitle", "")
              .add("merchant_supplied_id", category.id())
              .add("active", true)
              .add("sort_id", categoryOrder++)
              .add("items", items));
    }
    return JSON.createObjectBuilder()
        .add("reference", reference)
        .add(
            "store",
            JSON.createObjectBuilder()
                .add("merchant_supplied_id", store)
                .add("provider_type", providerType))
        .add("open_hours", hours(menu.hours()))
        .add("special_hours", JSON.createArrayBuilder())
        .add(
            "menu",
            JSON.createObjectBuilder()
                .add("name", menu.name())
                .add("subtitle", "")
                .add("merchant_supplied_id", MENU_ID)
                .add("active", true)
                .add("categories", categories))
        .build();
  }

  private static JsonObjectBuilder item(PublishedMenu.Item item, int order) {
    JsonArrayBuilder extras = JSON.createArrayBuilder();
    int extraOrder = 0;
    for (PublishedMenu.Group group : item.groups()) {
      extras.add(extra(group, extraOrder++));
    }
    return JSON.createObjectBuilder()
        .add("name", item.name())
        .add("description", item.description())
        .add("merchant_supplied_id", item.id())
        .add("active", item.available())
        .add("sort_id", order)
        .add("price", cents(item.price()))
        .add("extras", extras);
  }

  private static JsonObjectBuilder extra(PublishedMenu.Group group, int order) {
    JsonArrayBuilder options = JSON.createArrayBuilder();
    int optionOrder = 0;
    for (PublishedMenu.Option option : group.options()) {
      options.add(
          JSON.createObjectBuilder()
              .add("name", option.name())
              .add("description", "")
              .add("merchant_supplied_id", option.id())
              .add("active", option.available())
              .add("price", cents(option.price()))
              .add("default", false)
              .add("sort_id", optionOrder++)
              .add("extras", JSON.createArrayBuilder()));
    }
    int distinct = Math.min(group.max(), group.options().size());
    return JSON.createObjectBuilder()
        .add("name", group.name())
        .add("description", "")
        .add("merchant_supplied_id", group.id())
        .add("active", true)
        .add("sort_id", order)
        .add("min_num_options", group.repeats() ? Math.min(group.min(), 1) : group.min())
        .add("max_num_options", distinct)
        .add("num_free_options", 0)
        .add("min_option_choice_quantity", 1)
        .add("max_option_choice_quantity", group.maxPerOption())
        .add("min_aggregate_options_quantity", group.min())
        .add("max_aggregate_options_quantity", group.max())
        .add("options", options);
  }

  private static JsonArrayBuilder hours(List<PublishedMenu.Hours> hours) {
    JsonArrayBuilder open = JSON.createArrayBuilder();
    for (PublishedMenu.Hours h : hours) {
      open.add(
          JSON.createObjectBuilder()
              .add("day_index", h.day().name().substring(0, 3).toUpperCase(Locale.ROOT))
              .add("start_time", HOUR.format(h.opens()))
              .add("end_time", HOUR.format(h.closes())));
    }
    return open;
  }

  /** DoorDash prices are integers in the currency's minor unit: cents. */
  static int cents(Money money) {
    return money.amount().movePointRight(2).intValueExact();
  }
}
