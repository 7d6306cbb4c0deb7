package com.angelskitchen.web.kds;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.menu.events.StockLevelsChanged;
import com.angelskitchen.ordering.events.LineVoided;
import com.angelskitchen.ordering.events.OrderAddedTo;
import com.angelskitchen.ordering.events.OrderFired;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.stations.boundary.KitchenState;
import java.util.List;
import java.util.Optional;

/**
 * A station's screen: its own tickets, each with its order's header. It hears only the events that
 * concern the station, and of a new, fired or added-to order, or a voided line, only its own
 * ticket; and, like every kitchen screen, the changes of low stock for its banner.
 */
public record StationScreen(String station) implements ScreenModel {

  /** A ticket card: the order's header and the station's ticket. */
  public record Card(OrderHeader order, TicketView ticket) {}

  /**
   * A line of one of the station's tickets was voided: the ticket as it is now (the line struck
   * through), which line, and why.
   */
  public record VoidedLine(OrderHeader order, TicketView ticket, long orderLineId, String reason) {}

  /** The station's tickets, and what is out or running low (the low-stock banner). */
  public record Snapshot(
      String type, long sequence, List<Card> tickets, List<StockLevel> lowStock) {}

  @Override
  public Optional<Object> live(KitchenEvent event) {
    if (event instanceof StockLevelsChanged) {
      return Optional.of(event); // every station shows the low-stock banner
    }
    if (!event.stations().contains(station)) {
      return Optional.empty();
    }
    if (event instanceof OrderPlaced placed) {
      return placed.ticketFor(station).map(t -> new Card(placed.order(), t));
    }
    if (event instanceof OrderFired fired) {
      return fired.ticketFor(station).map(t -> new Card(fired.order(), t));
    }
    if (event instanceof OrderAddedTo added) {
      return added.ticketFor(station).map(t -> new Card(added.order(), t));
    }
    if (event instanceof LineVoided voided) {
      return voided
          .ticketFor(station)
          .map(t -> new VoidedLine(voided.order(), t, voided.orderLineId(), voided.reason()));
    }
    return Optional.of(event);
  }

  @Override
  public Snapshot snapshot(long sequence, KitchenState kitchen) {
    return new Snapshot(
        "Snapshot",
        sequence,
        kitchen.stationTickets(station).stream().map(t -> new Card(t.order(), t.ticket())).toList(),
        kitchen.lowStock());
  }
}
