package com.angelskitchen.partners.doordash;

import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.partners.boundary.OutboundCall;
import com.angelskitchen.partners.boundary.PartnerCommand;
import com.angelskitchen.partners.boundary.PublishedMenu;
import com.angelskitchen.partners.spi.Credentials;
import com.angelskitchen.partners.spi.JsonFields;
import com.angelskitchen.partners.spi.Partner;
import com.angelskitchen.partners.spi.PartnerAnswer;
import com.angelskitchen.partners.spi.PartnerSettings;
import com.angelskitchen.partners.spi.RecordedEvent;
import com.angelskitchen.partners.spi.WebhookEvent;
import com.angelskitchen.partners.spi.WebhookRefusal;
import com.angelskitchen.partners.spi.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;

/**
 * DoorDash Marketplace as a {@link Partner}: {@code POST /partners/doordash/orders} for new orders,
 * {@code POST /partners/doordash/cancellations} for cancellations. An order event's id is
 * DoorDash's order id with the event type (DoorDash sends no event id). Settings under {@code
 * ak.partners.doordash.}: {@code webhook-token}, {@code developer-id}, {@code key-id}, {@code
 * signing-secret}, {@code store-id}, {@code api-url} (default
 * https://openapi.doordash.com/marketplace).
 */
@ApplicationScoped
public class DoorDash implements Partner {

  static final String ID = "doordash";
  static final String CANCEL = "OrderCancel";

  @Inject Config config;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "DoorDash";
  }

  @Override
  public OrderSource source() {
    return OrderSource.DOORDASH;
  }

  @Override
  public boolean configured() {
    return settings().get("webhook-token").isPresent();
  }

  /** DoorDash confirms asynchronously: the order is taken (202) and confirmed with a PATCH. */
  @Override
  public int acknowledgedStatus() {
    return 202;
  }

  @Override
  public boolean authentic(WebhookRequest request) {
    return Credentials.matches(
        Credentials.bearer(request.header("authorization")),
        settings().get("webhook-token").orElse(null));
  }

  @Override
  public WebhookEvent read(WebhookRequest request) {
    return switch (request.path()) {
      case "/orders", "" -> readOrder(request);
      case "/cancellations" -> readCancellation(request);
      default ->
          throw new WebhookRefusal(
              404, "DoorDash webhooks go to /partners/doordash/orders or /cancellations");
    };
  }

  private static WebhookEvent readOrder(WebhookRequest request) {
    JsonObject body = JsonFields.object(request.text(), "a DoorDash order event");
    JsonObject event = JsonFields.object(body, "event");
    String type = JsonFields.requiredText(event, "type", "event.type");
    JsonObject order = JsonFields.object(body, "order");
    String orderId = JsonFields.requiredText(order, "id", "order.id");
    if ("OrderCreate".equals(type)) {
      DoorDashOrders.translate(order); // refuses a malformed order now, not in the queue
    }
    return new WebhookEvent(orderId + ":" + type, type, orderId);
  }

  private static WebhookEvent readCancellation(WebhookRequest request) {
    JsonObject body = JsonFields.object(request.text(), "a DoorDash cancellation");
    String orderId = JsonFields.requiredText(body, "external_order_id", "external_order_id");
    return new WebhookEvent(orderId + ":" + CANCEL, CANCEL, orderId);
  }

  @Override
  public PartnerCommand interpret(RecordedEvent event) {
    if (CANCEL.equals(event.eventType())) {
      return new PartnerCommand.Cancel(event.partnerOrderId(), "cancelled on DoorDash");
    }
    if ("OrderCreate".equals(event.eventType())) {
      JsonObject body = JsonFields.object(event.payload(), "a DoorDash order event");
      return new PartnerCommand.Place(DoorDashOrders.translate(JsonFields.object(body, "order")));
    }
    return PartnerCommand.Ignore.notForTheKitchen("DoorDash", event.eventType());
  }

  @Override
  public PartnerAnswer call(OutboundCall call) throws IOException {
    return DoorDashApi.call(settings(), call);
  }

  @Override
  public boolean takesMenus() {
    return true;
  }

  @Override
  public PartnerAnswer publish(PublishedMenu menu) throws IOException {
    return DoorDashApi.publish(settings(), menu);
  }

  private PartnerSettings settings() {
    return new PartnerSettings(config, ID);
  }
}
