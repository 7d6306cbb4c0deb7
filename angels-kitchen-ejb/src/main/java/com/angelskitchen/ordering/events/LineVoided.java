package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A line was taken off an order after it was sent. Every station whose ticket carries it sees the
 * line struck through and marked VOID, loudly, even on a ticket it already bumped ({@code tickets}
 * are those tickets as they are now). {@code status} is the order's status after the change.
 */
public record LineVoided(
    long sequence,
    OrderHeader order,
    String status,
    long orderLineId,
    int quantity,
    String item,
    String reason,
    OffsetDateTime voidedAt,
    List<TicketView> tickets)
    implements KitchenEvent {

  public LineVoided {
    tickets = List.copyOf(tickets);
  }

  @Override
  public List<String> stations() {
    return "HELD".equals(status) ? List.of() : tickets.stream().map(TicketView::station).toList();
  }

  public Optional<TicketView> ticketFor(String station) {
    return tickets.stream().filter(t -> t.station().equals(station)).findFirst();
  }
}
