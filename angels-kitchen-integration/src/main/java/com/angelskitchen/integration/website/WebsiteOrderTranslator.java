package com.angelskitchen.integration.website;

import com.angelskitchen.integration.intake.PartnerOrderTranslator;
import com.angelskitchen.ordering.boundary.InvalidOrderException;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.regex.Pattern;

/** Reads website payloads and maps them to {@link PlaceOrder} commands. */
@ApplicationScoped
public class WebsiteOrderTranslator implements PartnerOrderTranslator {

  static final String PARTNER = "website";
  private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String partner() {
    return PARTNER;
  }

  /** Parses and checks the payload; the event id is required. */
  WebsiteOrder read(String payload) {
    WebsiteOrder order;
    try {
      order = JSON.fromJson(payload, WebsiteOrder.class);
    } catch (JsonbException malformed) {
      throw new InvalidOrderException("the body is not a website order in JSON");
    }
    if (order == null) {
      throw new InvalidOrderException("the body is empty");
    }
    if (order.eventId() == null || !EVENT_ID.matcher(order.eventId()).matches()) {
      throw new InvalidOrderException("eventId is required: 1-64 letters, digits or ._:-");
    }
    return order;
  }

  @Override
  public PlaceOrder translate(String payload) {
    return toCommand(read(payload));
  }

  PlaceOrder toCommand(WebsiteOrder order) {
    if (order.lines() == null) {
      throw new InvalidOrderException("an order needs at least one line");
    }
    return new PlaceOrder(
        OrderSource.WEBSITE,
        fulfillment(order.fulfillment()),
        order.customerName(),
        order.note(),
        order.allergyAlert(),
        false,
        order.pickupAt(),
        order.lines().stream()
            .map(
                item -> {
                  if (item == null || item.quantity() == null) {
                    throw new InvalidOrderException("every line needs an item and a quantity");
                  }
                  return new PlaceOrder.Line(
                      item.item(), item.quantity(), item.remove(), item.add(), item.note());
                })
            .toList());
  }

  private static Fulfillment fulfillment(String value) {
    if (value == null) {
      return Fulfillment.TAKEOUT;
    }
    try {
      return Fulfillment.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      throw new InvalidOrderException("fulfillment is DINE_IN, TAKEOUT or DELIVERY, was " + value);
    }
  }
}
