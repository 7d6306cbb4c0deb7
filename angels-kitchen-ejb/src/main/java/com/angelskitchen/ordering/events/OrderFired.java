package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** A held order's fire time came: its tickets now appear on their stations. */
public record OrderFired(
    long sequence, OrderHeader order, OffsetDateTime firedAt, List<TicketView> tickets)
    implements KitchenEvent {

  public OrderFired {
    tickets = List.copyOf(tickets);
  }

  @Override
  public List<String> stations() {
    return tickets.stream().map(TicketView::station).toList();
  }

  public Optional<TicketView> ticketFor(String station) {
    return tickets.stream().filter(t -> t.station().equals(station)).findFirst();
  }
}
