package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.util.List;
import java.util.Optional;

/**
 * Lines were added to an order already sent (round {@code addOn}): each station that makes part of
 * them gets an ADD-ON ticket under the same order number. A held order's add-on tickets wait for it
 * to fire. {@code status} is the order's status after the change (a ready order is back in the
 * kitchen).
 */
public record OrderAddedTo(
    long sequence, OrderHeader order, String status, int addOn, List<TicketView> tickets)
    implements KitchenEvent {

  public OrderAddedTo {
    tickets = List.copyOf(tickets);
  }

  public boolean held() {
    return "HELD".equals(status);
  }

  @Override
  public List<String> stations() {
    return held() ? List.of() : tickets.stream().map(TicketView::station).toList();
  }

  public Optional<TicketView> ticketFor(String station) {
    return tickets.stream().filter(t -> t.station().equals(station)).findFirst();
  }
}
