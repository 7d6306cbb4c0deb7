package com.angelskitchen.web.api;

import com.angelskitchen.ordering.entity.KitchenOrder;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An order as the API shows it. */
public record OrderView(
    long id,
    LocalDate businessDay,
    String number,
    String source,
    String status,
    String customerName,
    OffsetDateTime placedAt,
    List<Line> lines) {

  /** One line as the API shows it. */
  public record Line(int lineNumber, String item, int quantity, String station) {}

  static OrderView of(KitchenOrder order) {
    return new OrderView(
        order.id(),
        order.number().businessDay(),
        order.number().display(),
        order.source().code(),
        order.status().name(),
        order.customerName(),
        order.placedAt(),
        order.lines().stream()
            .map(l -> new Line(l.lineNumber(), l.item(), l.quantity(), l.station()))
            .toList());
  }
}
