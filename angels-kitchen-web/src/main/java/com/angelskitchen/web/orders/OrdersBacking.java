package com.angelskitchen.web.orders;

import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

/** Backs orders/index.xhtml: the latest orders, newest first. */
@Named
@RequestScoped
public class OrdersBacking {

  static final int SHOWN = 100;

  @EJB OrderDesk desk;

  private List<Row> orders;

  /**
   * One row of the table. The page writes its time and total the store's way ({@code fmt}), its
   * status and source in the reader's language.
   */
  public record Row(
      long id,
      String number,
      OffsetDateTime placedAt,
      String source,
      String status,
      String customer,
      String lines,
      BigDecimal total) {}

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
        order.placedAt(),
        order.source().code(),
        order.status().name(),
        order.customerName() == null ? "" : order.customerName(),
        order.lines().stream()
            .filter(l -> !l.isPart())
            .map(LineText::of)
            .collect(Collectors.joining(", ")),
        order.total().amount());
  }
}
