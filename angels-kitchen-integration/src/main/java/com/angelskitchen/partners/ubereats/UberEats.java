package com.angelskitchen.partners.ubereats;

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
import com.angelskitchen.partners.spi.WebhookRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import org.eclipse.microprofile.config.Config;

/**
 * Uber Eats as a {@link Partner}. Settings under {@code ak.partners.ubereats.}: {@code client-id},
 * {@code client-secret} (signs webhooks and obtains tokens), {@code store-id}, {@code api-url}
 * (default https://api.uber.com), {@code token-url} (default https://auth.uber.com/oauth/v2/token).
 */
@ApplicationScoped
public class UberEats implements Partner {

  static final String ID = "ubereats";
  static final String SIGNATURE = "x-uber-signature";

  @Inject Config config;

  @Inject UberEatsApi api;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String displayName() {
    return "Uber Eats";
  }

  @Override
  public OrderSource source() {
    return OrderSource.UBER_EATS;
  }

  @Override
  public boolean configured() {
    PartnerSettings settings = settings();
    return settings.get("client-id").isPresent() && settings.get("client-secret").isPresent();
  }

  @Override
  public int maxBodyBytes() {
    return 64 * 1024;
  }

  @Override
  public boolean authentic(WebhookRequest request) {
    String secret = settings().get("client-secret").orElse(null);
    if (secret == null) {
      return false;
    }
    return Credentials.matches(
        request.header(SIGNATURE), Credentials.hmacSha256Hex(secret, request.body()));
  }

  @Override
  public WebhookEvent read(WebhookRequest request) {
    JsonObject webhook = JsonFields.object(request.text(), "an Uber Eats webhook");
    String eventId = JsonFields.requiredText(webhook, "event_id", "event_id");
    String type = JsonFields.requiredText(webhook, "event_type", "event_type");
    String orderId = JsonFields.text(JsonFields.object(webhook, "meta"), "resource_id");
    if (type.startsWith("orders.") && (orderId == null || orderId.isBlank())) {
      throw com.angelskitchen.partners.spi.WebhookRefusal.badRequest(
          "meta.resource_id (the order id) is required for " + type);
    }
    return new WebhookEvent(eventId, type, orderId);
  }

  @Override
  public PartnerCommand interpret(RecordedEvent event) throws IOException {
    return switch (event.eventType()) {
      case "orders.notification" -> placeUnlessCancelled(event.partnerOrderId());
      case "orders.cancel", "orders.failure" ->
          new PartnerCommand.Cancel(event.partnerOrderId(), "cancelled on Uber Eats");
      default -> PartnerCommand.Ignore.notForTheKitchen("Uber Eats", event.eventType());
    };
  }

  /**
   * The order as Uber Eats has it now: a notification retried after the guest cancelled names an
   * order whose {@code current_state} is CANCELED; it is handled as the cancellation it is.
   */
  private PartnerCommand placeUnlessCancelled(String orderId) throws IOException {
    JsonObject order = api.order(settings(), orderId);
    if (UberEatsOrders.isCancelled(order)) {
      return new PartnerCommand.Cancel(orderId, "cancelled on Uber Eats before it was placed");
    }
    return new PartnerCommand.Place(UberEatsOrders.translate(order));
  }

  @Override
  public PartnerAnswer call(OutboundCall call) throws IOException {
    return api.call(settings(), call);
  }

  @Override
  public boolean takesMenus() {
    return true;
  }

  @Override
  public PartnerAnswer publish(PublishedMenu menu) throws IOException {
    return api.publish(settings(), menu);
  }

  private PartnerSettings settings() {
    return new PartnerSettings(config, ID);
  }
}
