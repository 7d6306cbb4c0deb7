package com.angelskitchen.web.orders;

import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Backs orders/index.xhtml: the latest orders, newest first. */
@Named
@RequestScoped
public class OrdersBacking {

  static final int SHOWN = 100;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  @EJB OrderDesk desk;

  private List<Row> orders;

  /** One row of the table, already formatted for display. */
  public record Row(
      long id,
      String number,
      String placedAt,
      String source,
      String status,
      String customer,
      String lines,
      String total) {}

  @PostConstruct
  void load() {
    orders = desk.latest(SHOWN).stream().map(OrdersBacking::row).toList();
  }

  public List<Row> getOrders() {
    return orders;
  }

  private static Row row(KitchenOrder order) {
    return new Row(
        order.id(),
        order.number().display(),
        TIME.format(order.placedAt().toLocalTime()),
        order.source().code(),
        order.status().name(),
        order.customerName() == null ? "" : order.customerName(),
        order.lines().stream().map(OrdersBacking::describe).collect(Collectors.joining(", ")),
        order.total().toString());
  }

  /** "2× Empanada de carne (-cebolla +extra queso)". */
  static String describe(OrderLine line) {
    String modifiers =
        Stream.concat(
                line.removed().stream().map(m -> "-" + m.name()),
                line.added().stream().map(LineModifier::name).map(n -> "+" + n))
            .collect(Collectors.joining(" "));
    return line.quantity()
        + "× "
        + line.itemName()
        + (modifiers.isEmpty() ? "" : " (" + modifiers + ")");
  }
}
