package com.angelskitchen.web.orders;

import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.printing.boundary.PrintQueue;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
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

  @EJB PrintQueue printing;

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

  /**
   * Prints the kitchen tickets of the order named by the request's "order" parameter again, each on
   * its station's printer. The id comes with the button, not from the row's position: the list may
   * have changed since the page was drawn.
   */
  public void reprint() {
    String order =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("order");
    long id;
    try {
      id = Long.parseLong(order == null ? "" : order.strip());
    } catch (NumberFormatException notANumber) {
      PageMessages.error("receipt.which");
      return;
    }
    PageMessages.attempt("orders.attempt.reprint", () -> printing.reprintOrder(id))
        .ifPresent(jobs -> PageMessages.info("orders.reprinted", jobs.size()));
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
