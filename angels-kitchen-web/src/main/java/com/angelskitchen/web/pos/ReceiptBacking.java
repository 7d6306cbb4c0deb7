package com.angelskitchen.web.pos;

import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.entity.Payment;
import com.angelskitchen.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Backs pos/receipt.xhtml?order={id}: the guest's receipt, laid out for a receipt printer. */
@Named
@RequestScoped
public class ReceiptBacking {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @EJB OrderDesk desk;

  private String order;
  private Receipt receipt;

  /** What the receipt shows. */
  public record Receipt(
      String number,
      String placedAt,
      String fulfillment,
      String customer,
      List<OrderLine> lines,
      String subtotal,
      String taxPercent,
      String tax,
      String total,
      Payment payment,
      String status) {}

  /** The view action: reads the order named by the "order" parameter. */
  public void load() {
    long id;
    try {
      id = Long.parseLong(order == null ? "" : order.strip());
    } catch (NumberFormatException notANumber) {
      PageMessages.error("Which order? The address needs ?order= and an order id.");
      return;
    }
    PageMessages.attempt("show the receipt", () -> desk.find(id)).ifPresent(this::show);
  }

  private void show(KitchenOrder o) {
    receipt =
        new Receipt(
            o.number().display(),
            WHEN.format(o.placedAt()),
            o.fulfillment().name(),
            o.customerName(),
            o.lines(),
            o.subtotal().toString(),
            o.taxRate().movePointRight(2).stripTrailingZeros().toPlainString(),
            o.tax().toString(),
            o.total().toString(),
            o.payment().orElse(null),
            o.status().name());
  }

  public String getOrder() {
    return order;
  }

  public void setOrder(String order) {
    this.order = order;
  }

  public Receipt getReceipt() {
    return receipt;
  }
}
