package com.angelskitchen.partners.doordash;

import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.spi.JsonFields;
import com.angelskitchen.partners.spi.WebhookRefusal;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a DoorDash order into a {@link PartnerOrder}: items from every category, matched by their
 * {@code merchant_supplied_id}; chosen options of an item's extras are additions or choices in a
 * group (with how many: a dozen's flavours); special instructions are notes; the estimated pickup
 * time and the guest's first name are kept.
 */
final class DoorDashOrders {

  private DoorDashOrders() {}

  static PartnerOrder translate(JsonObject order) {
    String id = JsonFields.requiredText(order, "id", "order.id");
    List<PartnerOrder.Line> lines = new ArrayList<>();
    for (JsonObject category : JsonFields.objects(order, "categories")) {
      for (JsonObject item : JsonFields.objects(category, "items")) {
        List<PartnerOrder.Modifier> added = new ArrayList<>();
        for (JsonObject extra : JsonFields.objects(item, "extras")) {
          String group = JsonFields.text(extra, "merchant_supplied_id");
          for (JsonObject option : JsonFields.objects(extra, "options")) {
            added.add(
                new PartnerOrder.Modifier(
                    JsonFields.text(option, "merchant_supplied_id"),
                    JsonFields.text(option, "name"),
                    group,
                    option.containsKey("quantity")
                        ? JsonFields.quantity(
                            option, "quantity", "order.categories[].items[].extras[].options[]")
                        : 1));
          }
        }
        lines.add(
            new PartnerOrder.Line(
                JsonFields.text(item, "merchant_supplied_id"),
                JsonFields.requiredText(item, "name", "order.categories[].items[].name"),
                JsonFields.quantity(item, "quantity", "order.categories[].items[].quantity"),
                List.of(),
                added,
                JsonFields.text(item, "special_instructions")));
      }
    }
    if (lines.isEmpty()) {
      throw WebhookRefusal.badRequest("order.categories[].items[] holds no item");
    }
    JsonObject consumer = JsonFields.object(order, "consumer");
    boolean pickup =
        JsonFields.flag(order, "is_pickup")
            || "pickup".equals(JsonFields.text(order, "fulfillment_type"));
    return new PartnerOrder(
        id,
        JsonFields.text(order, "delivery_short_code"),
        pickup ? Fulfillment.TAKEOUT : Fulfillment.DELIVERY,
        JsonFields.clipped(JsonFields.text(consumer, "first_name"), 80),
        JsonFields.clipped(JsonFields.text(order, "order_special_instructions"), 500),
        null,
        JsonFields.time(order, "estimated_pickup_time", "order.estimated_pickup_time"),
        lines);
  }
}
