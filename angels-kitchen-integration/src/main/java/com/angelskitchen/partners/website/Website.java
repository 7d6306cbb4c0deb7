package com.angelskitchen.partners.website;

import static com.angelskitchen.platform.JsonP.JSON;

import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerCommand;
import com.angelskitchen.partners.boundary.PartnerOrder;
import com.angelskitchen.partners.spi.Credentials;
import com.angelskitchen.partners.spi.JsonFields;
import com.angelskitchen.partners.spi.Partner;
import com.angelskitchen.partners.spi.PartnerAnswer;
import com.angelskitchen.partners.spi.PartnerHttp;
import com.angelskitchen.partners.spi.PartnerSettings;
import com.angelskitchen.partners.spi.RecordedEvent;
import com.angelskitchen.partners.spi.WebhookEvent;
import com.angelskitchen.partners.spi.WebhookRefusal;
import com.angelskitchen.partners.spi.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * The website as a {@link Partner}: {@code POST /partners/website/orders} with {@code
 * Authorization: Bearer <ak.partners.website.token>} and a body like
 *
 * <pre>{"eventId": "web-1001", "customerName": "Lucía", "fulfillment": "DELIVERY",
 *  "pickupAt": "2026-11-27T21:30:00-03:00", "note": "...", "allergyAlert": "...",
 *  "lines": [{"item": "carne", "quantity": 6, "remove": ["cebolla"], "add": ["extra-queso"],
 *             "note": "bien doradas"}]}</pre>
 *
 * The event id is the website's order id. {@code POST /partners/website/cancellations} cancels one
 * (see {@link Cancellation}), also before the order itself arrived. Status goes to {@code
 * ak.partners.website.status-url} when set.
 */
@ApplicationScoped
public class Website implements Partner {

  static final String ID = "website";
  static final OrderSource SOURCE = OrderSource.WEBSITE;
  static final String ORDER = "order";
  static final String CANCEL = "cancel";
  private static final Pattern EVENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  @Inject Config config;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Website";
  }

  @Override
  public OrderSource source() {
    return SOURCE;
  }

  @Override
  public boolean configured() {
    return settings().get("token").isPresent();
  }

  @Override
  public int maxBodyBytes() {
    return 64 * 1024;
  }

  @Override
  public int acknowledgedStatus() {
    return 202;
  }

  @Override
  public boolean authentic(WebhookRequest request) {
    return Credentials.matches(
        Credentials.bearer(request.header("authorization")), settings().get("token").orElse(null));
  }

  @Override
  public WebhookEvent read(WebhookRequest request) {
    boolean cancellation = "/cancellations".equals(request.path());
    if (!"/orders".equals(request.path()) && !cancellation) {
      throw new WebhookRefusal(
          404, "website orders go to /partners/website/orders, cancellations to /cancellations");
    }
    String contentType = request.header("content-type");
    if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
      throw new WebhookRefusal(415, "send application/json");
    }
    if (cancellation) {
      Cancellation cancel =
          Cancellation.of(JsonFields.object(request.text(), "a website cancellation"));
      return new WebhookEvent(cancel.eventId() + ":" + CANCEL, CANCEL, cancel.eventId());
    }
    PartnerOrder order = translate(JsonFields.object(request.text(), "a website order"));
    return new WebhookEvent(order.partnerOrderId(), ORDER, order.partnerOrderId());
  }

  @Override
  public PartnerCommand interpret(RecordedEvent event) {
    if (CANCEL.equals(event.eventType())) {
      Cancellation cancel =
          Cancellation.of(JsonFields.object(event.payload(), "a website cancellation"));
      return new PartnerCommand.Cancel(
          cancel.eventId(), cancel.reason() == null ? "cancelled on the website" : cancel.reason());
    }
    return new PartnerCommand.Place(
        translate(JsonFields.object(event.payload(), "a website order")));
  }

  /**
   * {@code POST /partners/website/cancellations} with {@code {"eventId": "web-1001", "reason":
   * "..."}}: the website's order id and, optionally, why (up to 200 characters).
   */
  record Cancellation(String eventId, String reason) {

    static Cancellation of(JsonObject json) {
      String eventId = JsonFields.text(json, "eventId");
      if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
        throw WebhookRefusal.badRequest("eventId is required: 1-64 letters, digits or ._:-");
      }
      return new Cancellation(eventId, atMost(json, "reason", 200));
    }
  }

  @Override
  public PartnerAnswer call(OutboundCall call) throws IOException {
    var url = settings().get("status-url");
    if (url.isEmpty()) {
      return new PartnerAnswer(204, "no ak.partners.website.status-url configured: nothing sent");
    }
    JsonObjectBuilder body = JSON.createObjectBuilder().add("status", call.action().name());
    if (call.partnerOrderId() != null) {
      body.add("eventId", call.partnerOrderId());
    }
    if (call.orderNumber() != null) {
      body.add("orderNumber", call.orderNumber());
    }
    if (call.explanation() != null) {
      body.add("reason", call.explanation());
    }
    if (call.item() != null) {
      body.add("item", call.item());
    }
    if (call.minutes() != null) {
      body.add("minutes", call.minutes());
    }
    return PartnerHttp.send(
        "POST",
        java.net.URI.create(url.get()),
        Map.of("Authorization", "Bearer " + settings().get("token", "")),
        body.build().toString());
  }

  /** Checks the payload: a malformed order is refused at the webhook, before it is recorded. */
  static PartnerOrder translate(JsonObject json) {
    String eventId = JsonFields.text(json, "eventId");
    if (eventId == null || !EVENT_ID.matcher(eventId).matches()) {
      throw WebhookRefusal.badRequest("eventId is required: 1-64 letters, digits or ._:-");
    }
    List<JsonObject> items = JsonFields.objects(json, "lines");
    if (items.isEmpty()) {
      throw WebhookRefusal.badRequest("an order needs at least one line");
    }
    List<PartnerOrder.Line> lines = new ArrayList<>();
    for (JsonObject item : items) {
      String code = JsonFields.text(item, "item");
      if (code == null || !(item.get("quantity") instanceof jakarta.json.JsonNumber)) {
        throw WebhookRefusal.badRequest("every line needs an item and a quantity");
      }
      int quantity = JsonFields.quantity(item, "quantity", "lines[].quantity");
      if (quantity < 1 || quantity > 99) {
        throw WebhookRefusal.badRequest(
            "quantity of " + code + " must be between 1 and 99, was " + quantity);
      }
      lines.add(
          new PartnerOrder.Line(
              code,
              code,
              quantity,
              JsonFields.texts(item, "remove").stream()
                  .map(c -> PartnerOrder.Modifier.of(c, c))
                  .toList(),
              JsonFields.texts(item, "add").stream()
                  .map(c -> PartnerOrder.Modifier.of(c, c))
                  .toList(),
              JsonFields.text(item, "note")));
    }
    return new PartnerOrder(
        eventId,
        eventId,
        fulfillment(JsonFields.text(json, "fulfillment")),
        atMost(json, "customerName", 80),
        atMost(json, "note", 500),
        atMost(json, "allergyAlert", 200),
        JsonFields.time(json, "pickupAt", "pickupAt"),
        lines);
  }

  /** Our own website is refused, not clipped: its form should have kept to the limits. */
  private static String atMost(JsonObject json, String field, int max) {
    String value = JsonFields.text(json, field);
    if (value != null && value.strip().length() > max) {
      throw WebhookRefusal.badRequest(field + " is longer than " + max + " characters");
    }
    return value;
  }

  private static Fulfillment fulfillment(String value) {
    if (value == null) {
      return Fulfillment.TAKEOUT;
    }
    try {
      return Fulfillment.valueOf(value);
    } catch (IllegalArgumentException unknown) {
      throw WebhookRefusal.badRequest("fulfillment is DINE_IN, TAKEOUT or DELIVERY, was " + value);
    }
  }

  private PartnerSettings settings() {
    return new PartnerSettings(config, ID);
  }
}
