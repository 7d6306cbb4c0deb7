package com.angelskitchen.web.pos;

import com.angelskitchen.checkout.boundary.Discounts;
import com.angelskitchen.checkout.boundary.Till;
import com.angelskitchen.checkout.entity.DiscountReason;
import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.entity.Payment;
import com.angelskitchen.printing.boundary.PrintQueue;
import com.angelskitchen.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Backs pos/receipt.xhtml?order={id}: the guest's receipt, laid out for a receipt printer. */
@Named
@RequestScoped
public class ReceiptBacking {

  @EJB OrderDesk desk;

  @EJB Discounts discounts;

  @EJB Till till;

  @EJB PrintQueue printing;

  private String order;
  private Receipt receipt;

  /**
   * What the receipt shows; the page writes its money and time the store's way and its fulfillment
   * and payment in the reader's language.
   */
  public record Receipt(
      String number,
      OffsetDateTime placedAt,
      String fulfillment,
      String customer,
      List<OrderLine> lines,
      BigDecimal subtotal,
      BigDecimal taxRate,
      boolean taxIncluded,
      BigDecimal discount,
      String discountReasons,
      BigDecimal tax,
      BigDecimal total,
      Payment payment,
      BigDecimal tips,
      String status) {}

  /** The view action: reads the order named by the "order" parameter. */
  public void load() {
    long id;
    try {
      id = Long.parseLong(order == null ? "" : order.strip());
    } catch (NumberFormatException notANumber) {
      PageMessages.error("receipt.which");
      return;
    }
    PageMessages.attempt("receipt.attempt.show", () -> desk.find(id)).ifPresent(this::show);
  }

  private void show(KitchenOrder o) {
    receipt =
        new Receipt(
            o.number().display(),
            o.placedAt(),
            o.fulfillment().name(),
            o.customerName(),
            o.liveLines().stream().filter(l -> !l.isPart()).toList(),
            o.subtotal().amount(),
            o.taxRate(),
            o.taxIncluded(),
            o.discount().amount(),
            discountReasons(o.id()),
            o.tax().amount(),
            o.total().amount(),
            o.payment().orElse(null),
            till.payments(o.id()).stream()
                .map(p -> p.tip().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add),
            o.status().name());
  }

  /** Prints the receipt of the order named by the "order" parameter on the receipt printer. */
  public void printOnPrinter() {
    long id;
    try {
      id = Long.parseLong(order == null ? "" : order.strip());
    } catch (NumberFormatException notANumber) {
      PageMessages.error("receipt.which");
      return;
    }
    if (PageMessages.attempt("receipt.attempt.print", () -> printing.printReceipt(id))
        .isPresent()) {
      PageMessages.info("receipt.printing");
    }
  }

  /** The reasons of the order's discounts, by name, in the order they were given. */
  private String discountReasons(long orderId) {
    List<OrderDiscount> given = discounts.of(orderId);
    if (given.isEmpty()) {
      return "";
    }
    Map<String, String> names =
        discounts.reasons().stream()
            .collect(Collectors.toMap(DiscountReason::code, DiscountReason::name));
    return given.stream()
        .map(d -> names.getOrDefault(d.reasonCode(), d.reasonCode()))
        .distinct()
        .collect(Collectors.joining(", "));
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
