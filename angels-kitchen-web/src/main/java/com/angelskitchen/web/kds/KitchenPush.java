package com.angelskitchen.web.kds;

import com.angelskitchen.kitchen.events.KitchenEvent;
import com.angelskitchen.kitchen.events.TicketView;
import com.angelskitchen.ordering.events.OrderFired;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.OrderPlaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Turns committed kitchen events into screen messages. Observes after success only: a rolled-back
 * change is never shown. A station receives the events that concern it; for a new or fired order
 * that is the order's header and its own ticket, never another station's lines.
 */
@ApplicationScoped
public class KitchenPush {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject StationScreens screens;

  /** The message a screen receives: the event type, its log sequence and its data. */
  public record ScreenMessage(String type, long sequence, Object data) {}

  /** What a station sees of a new or fired order: the header and its own ticket. */
  public record StationTicket(OrderHeader order, TicketView ticket) {}

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) KitchenEvent event) {
    for (String station : new LinkedHashSet<>(event.stations())) {
      Object data = forStation(event, station);
      screens.sendToStation(
          station, JSON.toJson(new ScreenMessage(event.type(), event.sequence(), data)));
    }
  }

  private static Object forStation(KitchenEvent event, String station) {
    if (event instanceof OrderPlaced placed) {
      return ticketFor(placed.order(), placed.ticketFor(station));
    }
    if (event instanceof OrderFired fired) {
      return ticketFor(fired.order(), fired.ticketFor(station));
    }
    return event;
  }

  private static Object ticketFor(OrderHeader order, Optional<TicketView> ticket) {
    return new StationTicket(order, ticket.orElseThrow());
  }
}
