package com.angelskitchen.web.kds;

import com.angelskitchen.ordering.events.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns committed kitchen events into screen messages. Observes after success only: a rolled-back
 * order is never shown. Each station gets only its own lines.
 */
@ApplicationScoped
public class KitchenPush {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject StationScreens screens;

  /** The message a screen receives: the event type, its log sequence and the event itself. */
  public record ScreenMessage(String type, long sequence, Object data) {}

  void orderPlaced(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderPlaced placed) {
    Set<String> stations = new LinkedHashSet<>();
    placed.lines().forEach(line -> stations.add(line.station()));
    for (String station : stations) {
      OrderPlaced forStation =
          new OrderPlaced(
              placed.sequence(),
              placed.orderId(),
              placed.businessDay(),
              placed.orderNumber(),
              placed.source(),
              placed.customerName(),
              placed.placedAt(),
              placed.linesFor(station));
      screens.sendToStation(
          station, JSON.toJson(new ScreenMessage(placed.type(), placed.sequence(), forStation)));
    }
  }
}
