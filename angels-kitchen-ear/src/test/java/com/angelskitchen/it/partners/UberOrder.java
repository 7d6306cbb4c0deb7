package com.angelskitchen.it.partners;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An order as the Uber Eats API returns it (GET /v2/eats/order/{id}), built for one test. Items
 * carry the restaurant's menu code in {@code external_data}, as a menu uploaded by the restaurant
 * does; {@link #unknownItem} carries one the menu does not know.
 */
public final class UberOrder {

  final String id;
  final String eater;
  private final List<String> items = new ArrayList<>();
  private String instructions = "";
  private String state = "CREATED";

  public UberOrder(String id, String eater) {
    this.id = id;
    this.eater = eater;
  }

  /** An item with one extra added and one ingredient removed, all by menu code. */
  UberOrder item(String code, int quantity, String removed, String added) {
    items.add(
        """
        {"id": "uber-%1$s", "external_data": "%1$s", "title": "Uber title of %1$s", "quantity": %2$d,
         "selected_modifier_groups": [{"id": "extras", "title": "Extras",
            "selected_items": [%3$s], "removed_items": [%4$s]}],
         "special_instructions": "bien doraditas"}
        """
            .formatted(
                code,
                quantity,
                added == null
                    ? ""
                    : "{\"id\": \"uber-"
                        + added
                        + "\", \"external_data\": \""
                        + added
                        + "\", \"title\": \"Extra\", \"quantity\": 1}",
                removed == null
                    ? ""
                    : "{\"id\": \"uber-"
                        + removed
                        + "\", \"external_data\": \""
                        + removed
                        + "\", \"title\": \"Sin\", \"quantity\": 1}"));
    return this;
  }

  /**
   * An item with options chosen in modifier groups, each {@code {groupId, optionId, quantity}}: a
   * dozen's flavours and its sauce.
   */
  UberOrder chosen(String code, String title, String[]... options) {
    StringBuilder groups = new StringBuilder();
    java.util.Map<String, java.util.List<String>> byGroup = new java.util.LinkedHashMap<>();
    for (String[] option : options) {
      byGroup
          .computeIfAbsent(option[0], g -> new java.util.ArrayList<>())
          .add(
              "{\"id\": \"uber-%1$s\", \"external_data\": \"%1$s\", \"title\": \"%1$s\", \"quantity\": %2$s}"
                  .formatted(option[1], option[2]));
    }
    byGroup.forEach(
        (group, selected) -> {
          if (groups.length() > 0) {
            groups.append(",");
          }
          groups.append(
              "{\"id\": \"uber-group-%1$s\", \"external_data\": \"%1$s\", \"selected_items\": [%2$s]}"
                  .formatted(group, String.join(",", selected)));
        });
    items.add(
        """
        {"id": "uber-%1$s", "external_data": "%1$s", "title": "%2$s", "quantity": 1,
         "selected_modifier_groups": [%3$s]}
        """
            .formatted(code, title, groups));
    return this;
  }

  public UberOrder item(String code, int quantity) {
    return item(code, quantity, null, null);
  }

  /** An item whose id matches nothing on the menu and no mapping. */
  UberOrder unknownItem(String partnerId, String title, int quantity) {
    items.add(
        """
        {"id": "%s", "title": "%s", "quantity": %d,
         "selected_modifier_groups": [{"id": "salsas", "selected_items": [{"id": "salsa-x", "title": "Salsa criolla", "quantity": 1}]}]}
        """
            .formatted(partnerId, title, quantity));
    return this;
  }

  /** The order's current_state as Uber Eats reports it (CREATED, CANCELED, ...). */
  UberOrder state(String currentState) {
    this.state = currentState;
    return this;
  }

  UberOrder instructions(String text) {
    this.instructions = text;
    return this;
  }

  public String json() {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
    return """
        {"id": "%s", "display_id": "%s", "current_state": "%s", "type": "DELIVERY_BY_UBER",
         "store": {"id": "angels-kitchen-store"}, "eater": {"first_name": "%s"},
         "cart": {"items": [%s], "special_instructions": "%s"},
         "placed_at": "%s", "estimated_ready_for_pickup_at": "%s"}
        """
        .formatted(
            id,
            id.substring(0, 5).toUpperCase(),
            state,
            eater,
            String.join(",", items),
            instructions,
            now,
            now.plusMinutes(5));
  }
}
