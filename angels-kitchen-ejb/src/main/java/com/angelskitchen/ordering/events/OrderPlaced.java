package com.angelskitchen.ordering.events;

import com.angelskitchen.kitchen.events.KitchenEvent;
import com.angelskitchen.ordering.entity.KitchenOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An order was accepted and the kitchen must start on it. Carries everything a station screen
 * shows, so that observers never go back to the database.
 */
public record OrderPlaced(
    long sequence,
    long orderId,
    LocalDate businessDay,
    String orderNumber,
    String source,
    String customerName,
    OffsetDateTime placedAt,
    List<Line> lines)
    implements KitchenEvent {

  public OrderPlaced {
    lines = List.copyOf(lines);
  }

  /** One line as the kitchen sees it. */
  public record Line(int lineNumber, String item, int quantity, String station) {}

  /** The event for a newly stored order, with the kitchen log's sequence number. */
  public static OrderPlaced of(long sequence, KitchenOrder order) {
    return new OrderPlaced(
        sequence,
        order.id(),
        order.number().businessDay(),
        order.number().display(),
        order.source().code(),
        order.customerName(),
        order.placedAt(),
        order.lines().stream()
            .map(l -> new Line(l.lineNumber(), l.item(), l.quantity(), l.station()))
            .toList());
  }

  /** The lines one station prepares; empty when the order has nothing for it. */
  public List<Line> linesFor(String station) {
    return lines.stream().filter(l -> l.station().equals(station)).toList();
  }
}
