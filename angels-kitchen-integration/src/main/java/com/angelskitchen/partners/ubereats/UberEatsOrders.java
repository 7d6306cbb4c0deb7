package com.angelskitchen.partners.ubereats;

import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.partners.boundary.DenyReason;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.spi.JsonFields;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an Uber Eats order (GET /v2/eats/order/{id}) into a {@link PartnerOrder}. An item's id for
 * matching is its {@code external_data} (the restaurant's own code, set when the menu was uploaded)
 * or else Uber's id; chosen modifier options are additions or choices (with their group and
 * quantity: a dozen's flavours), {@code removed_items} removals; the guest's instructions become
 * notes and allergy requests the order's allergy alert.
 */
final class UberEatsOrders {

  private UberEatsOrders() {}

  static PartnerOrder translate(JsonObject order) {
    String id = JsonFields.text(order, "id");
    if (id == null) {
      throw new IllegalArgumentException("the Uber Eats order has no id");
    }
    JsonObject cart = JsonFields.object(order, "cart");
    List<PartnerOrder.Line> lines = new ArrayList<>();
    Set<String> allergies = new LinkedHashSet<>();
    for (JsonObject item : JsonFields.objects(cart, "items")) {
      List<PartnerOrder.Modifier> added = new ArrayList<>();
      List<PartnerOrder.Modifier> removed = new ArrayList<>();
      for (JsonObject group : JsonFields.objects(item, "selected_modifier_groups")) {
        String groupId = partnerId(group);
        JsonFields.objects(group, "selected_items").forEach(o -> added.add(chosen(o, groupId)));
        JsonFields.objects(group, "removed_items").forEach(o -> removed.add(modifier(o)));
      }
      for (JsonObject request : JsonFields.objects(item, "special_requests")) {
        JsonObject allergy = JsonFields.object(request, "allergy");
        allergies.addAll(JsonFields.texts(allergy, "allergens_to_exclude"));
        String instructions = JsonFields.text(allergy, "allergy_instructions");
        if (instructions != null && !instructions.isBlank()) {
          allergies.add(instructions.strip());
        }
      }
      lines.add(
          new PartnerOrder.Line(
              partnerId(item),
              JsonFields.text(item, "title"),
              JsonFields.quantity(item, "quantity", "cart.items[].quantity"),
              removed,
              added,
              JsonFields.text(item, "special_instructions")));
    }
    JsonObject eater = JsonFields.object(order, "eater");
    return new PartnerOrder(
        id,
        JsonFields.text(order, "display_id"),
        fulfillment(JsonFields.text(order, "type")),
        JsonFields.clipped(JsonFields.text(eater, "first_name"), 80),
        JsonFields.clipped(JsonFields.text(cart, "special_instructions"), 500),
        allergies.isEmpty() ? null : JsonFields.clipped(String.join(", ", allergies), 200),
        JsonFields.time(order, "estimated_ready_for_pickup_at", "estimated_ready_for_pickup_at"),
        lines);
  }

  /** Uber Eats spells it CANCELED; anything else (CREATED, ACCEPTED, ...) is still an order. */
  static boolean isCancelled(JsonObject order) {
    String state = JsonFields.text(order, "current_state");
    return state != null
        && ("CANCELED".equalsIgnoreCase(state) || "CANCELLED".equalsIgnoreCase(state));
  }

  static String denyCode(DenyReason reason) {
    if (reason == null) {
      return "OTHER";
    }
    return switch (reason) {
      case ITEM_UNAVAILABLE -> "ITEM_AVAILABILITY";
      case STORE_PAUSED, STORE_CLOSED -> "STORE_CLOSED";
      case CANNOT_MAKE -> "MISSING_ITEM";
      case DECLINED -> "CAPACITY";
    };
  }

  /** A selected option: in its group, as many times as the guest took it (a dozen's flavours). */
  private static PartnerOrder.Modifier chosen(JsonObject option, String groupId) {
    int times =
        option.containsKey("quantity")
            ? JsonFields.quantity(option, "quantity", "selected_items[].quantity")
            : 1;
    return new PartnerOrder.Modifier(
        partnerId(option), JsonFields.text(option, "title"), groupId, times);
  }

  private static PartnerOrder.Modifier modifier(JsonObject option) {
    return PartnerOrder.Modifier.of(partnerId(option), JsonFields.text(option, "title"));
  }

  private static String partnerId(JsonObject entry) {
    String external = JsonFields.text(entry, "external_data");
    return external != null && !external.isBlank()
        ? external.strip()
        : JsonFields.text(entry, "id");
  }

  private static Fulfillment fulfillment(String type) {
    if (type == null) {
      return Fulfillment.DELIVERY;
    }
    return switch (type) {
      case "PICK_UP" -> Fulfillment.TAKEOUT;
      case "DINE_IN" -> Fulfillment.DINE_IN;
      default -> Fulfillment.DELIVERY;
    };
  }
}
