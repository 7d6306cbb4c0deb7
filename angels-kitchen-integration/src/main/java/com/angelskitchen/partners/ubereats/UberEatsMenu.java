package com.angelskitchen.partners.ubereats;

import static com.angelskitchen.platform.JsonP.JSON;

import com.angelskitchen.money.Money;
import com.angelskitchen.partners.boundary.PublishedMenu;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of the Menu API's Upload Menu (PUT /v2/eats/stores/{store_id}/menus), which replaces the
 * store's whole menu: one menu whose {@code service_availability} is the store's hours, its
 * categories, and flat lists of items and modifier groups that refer to each other by id.
 *
 * <p>An item's id and {@code external_data} are the restaurant's own id for it, which Uber Eats
 * gives back in orders. Prices are in cents, VAT included. A group's {@code quantity_info} carries
 * its min and max; its options are items of their own, each with a quantity and price override for
 * that group (at most once, or up to the group's max where choices repeat: twelve flavours of
 * four). An 86'd item or flavour is suspended for a day (lifted sooner when it is back).
 */
final class UberEatsMenu {

  static final String MENU_ID = "angels-kitchen";
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
  private static final Duration SUSPENSION = Duration.ofDays(1);

  private UberEatsMenu() {}

  static JsonObject payload(PublishedMenu menu, Instant now) {
    String language = menu.language().toLowerCase(Locale.ROOT).replace('-', '_');
    JsonArrayBuilder categories = JSON.createArrayBuilder();
    JsonArrayBuilder categoryIds = JSON.createArrayBuilder();
    Map<String, JsonObjectBuilder> items = new LinkedHashMap<>();
    Map<String, JsonObjectBuilder> groups = new LinkedHashMap<>();
    Map<String, OptionItem> options = new LinkedHashMap<>();
    for (PublishedMenu.Category category : menu.categories()) {
      JsonArrayBuilder entities = JSON.createArrayBuilder();
      for (PublishedMenu.Item item : category.items()) {
        entities.add(JSON.createObjectBuilder().add("id", item.id()).add("type", "ITEM"));
        JsonArrayBuilder groupIds = JSON.createArrayBuilder();
        for (PublishedMenu.Group group : item.groups()) {
          groupIds.add(group.id());
          groups.computeIfAbsent(group.id(), id -> group(group, language));
          for (PublishedMenu.Option option : group.options()) {
            options.computeIfAbsent(option.id(), id -> new OptionItem(option)).in(group);
          }
        }
        JsonObjectBuilder entry =
            JSON.createObjectBuilder()
                .add("id", item.id())
                .add("external_data", item.id())
                .add("title", text(item.name(), language))
                .add("price_info", JSON.createObjectBuilder().add("price", cents(item.price())))
                .add("modifier_group_ids", JSON.createObjectBuilder().add("ids", groupIds));
        if (!item.description().isEmpty()) {
          entry.add("description", text(item.description(), language));
        }
        if (!item.available()) {
          entry.add("suspension_info", suspended(now));
        }
        items.put(item.id(), entry);
      }
      categories.add(
          JSON.createObjectBuilder()
              .add("id", category.id())
              .add("title", text(category.name(), language))
              .add("entities", entities));
      categoryIds.add(category.id());
    }
    options.forEach((id, option) -> items.putIfAbsent("option " + id, option.entry(language, now)));
    JsonArrayBuilder itemList = JSON.createArrayBuilder();
    items.values().forEach(itemList::add);
    JsonArrayBuilder groupList = JSON.createArrayBuilder();
    groups.values().forEach(groupList::add);
    return JSON.createObjectBuilder()
        .add(
            "menus",
            JSON.createArrayBuilder()
                .add(
                    JSON.createObjectBuilder()
                        .add("id", MENU_ID)
                        .add("title", text(menu.name(), language))
                        .add("service_availability", availability(menu.hours()))
                        .add("category_ids", categoryIds)))
        .add("categories", categories)
        .add("items", itemList)
        .add("modifier_groups", groupList)
        .build();
  }

  /** An option as an item of its own, with its price and quantity in each group offering it. */
  private static final class OptionItem {
    private final PublishedMenu.Option option;
    private final JsonArrayBuilder prices = JSON.createArrayBuilder();
    private final JsonArrayBuilder quantities = JSON.createArrayBuilder();

    OptionItem(PublishedMenu.Option option) {
      this.option = option;
    }

    void in(PublishedMenu.Group group) {
      prices.add(
          JSON.createObjectBuilder()
              .add("context_type", "MODIFIER_GROUP")
              .add("context_value", group.id())
              .add("price", cents(option.price())));
      quantities.add(
          JSON.createObjectBuilder()
              .add("context_type", "MODIFIER_GROUP")
              .add("context_value", group.id())
              .add(
                  "quantity",
                  JSON.createObjectBuilder()
                      .add("min_permitted", 0)
                      .add("max_permitted", group.maxPerOption())));
    }

    JsonObjectBuilder entry(String language, Instant now) {
      JsonObjectBuilder entry =
          JSON.createObjectBuilder()
              .add("id", option.id())
              .add("external_data", option.id())
              .add("title", text(option.name(), language))
              .add(
                  "price_info",
                  JSON.createObjectBuilder()
                      .add("price", cents(option.price()))
                      .add("overrides", prices))
              .add("quantity_info", JSON.createObjectBuilder().add("overrides", quantities));
      if (!option.available()) {
        entry.add("suspension_info", suspended(now));
      }
      return entry;
    }
  }

  private static JsonObjectBuilder group(PublishedMenu.Group group, String language) {
    JsonArrayBuilder options = JSON.createArrayBuilder();
    group
        .options()
        .forEach(
            o -> options.add(JSON.createObjectBuilder().add("id", o.id()).add("type", "ITEM")));
    return JSON.createObjectBuilder()
        .add("id", group.id())
        .add("title", text(group.name(), language))
        .add(
            "quantity_info",
            JSON.createObjectBuilder()
                .add(
                    "quantity",
                    JSON.createObjectBuilder()
                        .add("min_permitted", group.min())
                        .add("max_permitted", group.max())))
        .add("modifier_options", options);
  }

  private static JsonArrayBuilder availability(List<PublishedMenu.Hours> hours) {
    Map<String, JsonArrayBuilder> days = new LinkedHashMap<>();
    for (PublishedMenu.Hours open : hours) {
      days.computeIfAbsent(
              open.day().name().toLowerCase(Locale.ROOT), d -> JSON.createArrayBuilder())
          .add(
              JSON.createObjectBuilder()
                  .add("start_time", HOUR.format(open.opens()))
                  .add("end_time", HOUR.format(open.closes())));
    }
    JsonArrayBuilder availability = JSON.createArrayBuilder();
    days.forEach(
        (day, periods) ->
            availability.add(
                JSON.createObjectBuilder().add("day_of_week", day).add("time_periods", periods)));
    return availability;
  }

  private static JsonObjectBuilder suspended(Instant now) {
    return JSON.createObjectBuilder()
        .add(
            "suspension",
            JSON.createObjectBuilder()
                .add("suspend_until", now.plus(SUSPENSION).getEpochSecond())
                .add("reason", "86'd in the kitchen"));
  }

  private static JsonObjectBuilder text(String text, String language) {
    return JSON.createObjectBuilder()
        .add("translations", JSON.createObjectBuilder().add(language, text));
  }

  /** Uber Eats prices are integers in the currency's minor unit: cents. */
  static int cents(Money money) {
    return money.amount().movePointRight(2).intValueExact();
  }
}
