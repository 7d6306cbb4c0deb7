package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An order was accepted. When it is to be made now ({@code status} IN_KITCHEN) its tickets go to
 * their stations; when it is scheduled ({@code HELD}) the stations see it only when it fires
 * ({@link OrderFired}). Carries everything a screen shows, so observers never go back to the
 * database.
 */
public record OrderPlaced(
    long sequence,
    OrderHeader order,
    String status,
    BigDecimal subtotal,
    BigDecimal tax,
    BigDecimal total,
    List<TicketView> tickets)
    implements KitchenEvent {

  public OrderPlaced {
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
