package com.angelskitchen.web.pos;

import com.angelskitchen.checkout.boundary.TakePayment;
import com.angelskitchen.checkout.boundary.Till;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.Payment;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.i18n.TypedAmount;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Backs the tender dialog of the POS: cash given and the change due, or a card taken on the
 * external terminal. The change shown while typing is only a preview; the till's figure is the one
 * the server records. Cash is typed the store's way ({@link TypedAmount}) and kept exact.
 */
@Named
@ViewScoped
public class TenderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** An amount to show how cash is typed, in the store's way: 5,000.50 or 5.000,50. */
  private static final BigDecimal EXAMPLE = new BigDecimal("5000.50");

  @EJB OrderDesk desk;

  @EJB Till till;

  @Inject StoreFormat format;

  private Long orderId;
  private String number;
  private Money total;
  private Money discount;
  private List<LineChoice> lines = List.of();
  private String cashGiven;
  private Payment payment;

  /** Opens the dialog for an order. */
  public void open(long orderId) {
    PageMessages.attempt("tender.attempt.open", () -> desk.find(orderId))
        .ifPresent(order -> show(order));
  }

  private void show(KitchenOrder order) {
    orderId = order.id();
    number = order.number().display();
    total = order.total();
    discount = order.discount();
    lines =
        order.lines().stream()
            .map(
                l ->
                    new LineChoice(
                        l.id(),
                        l.quantity() + " × " + l.itemName(),
                        format.money(l.lineTotal().amount())))
            .toList();
    payment = order.payment().orElse(null);
    cashGiven = null;
  }

  /** The dialog's title: "Pay order 042". */
  public String getTitle() {
    return number == null ? "" : PageMessages.texts().get("tender.title", number);
  }

  public void exactCash() {
    cashGiven = total == null ? null : format.amount(total.amount());
  }

  public void payCash() {
    if (cashGiven == null || cashGiven.isBlank()) {
      PageMessages.error("tender.cash.missing");
      return;
    }
    Optional<BigDecimal> given = typed();
    if (given.isEmpty()) {
      PageMessages.error("tender.cash.unreadable", cashGiven.strip(), format.amount(EXAMPLE));
      return;
    }
    BigDecimal cash = given.get();
    if (cash.signum() < 0 || cash.stripTrailingZeros().scale() > 2) {
      PageMessages.error("tender.cash.decimals");
      return;
    }
    if (cash.compareTo(Money.MAX) > 0) {
      PageMessages.error("tender.cash.tooMuch");
      return;
    }
    pay(TakePayment.cash(new Money(cash)));
  }

  public void payCard() {
    pay(TakePayment.card(null));
  }

  private void pay(TakePayment tender) {
    if (orderId == null) {
      return;
    }
    String cashier =
        FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    PageMessages.attempt(
            "tender.attempt.pay",
            () -> {
              till.pay(orderId, tender, cashier);
              return desk.find(orderId).payment().orElse(null);
            })
        .ifPresent(
            paid -> {
              payment = paid;
              if (paid.change().amount().signum() > 0) {
                PageMessages.info(
                    "tender.paid.change", number, format.money(paid.change().amount()));
              } else {
                PageMessages.info("tender.paid", number);
              }
            });
  }

  /** The cash typed so far, read the store's way; empty when it is not an amount. */
  private Optional<BigDecimal> typed() {
    return TypedAmount.parse(cashGiven, format.locale(), format.currency());
  }

  /** The change for the cash typed so far, or empty when it does not cover the total. */
  public String getChangePreview() {
    if (total == null) {
      return "";
    }
    return typed()
        .filter(cash -> cash.compareTo(total.amount()) >= 0)
        .map(cash -> format.money(cash.subtract(total.amount())))
        .orElse("");
  }

  /** One of the order's lines, to give a discount on. */
  public record LineChoice(long id, String label, String total) implements Serializable {}

  /** What was taken off the order so far. */
  public Money getDiscount() {
    return discount;
  }

  public List<LineChoice> getLines() {
    return lines;
  }

  public Long getOrderId() {
    return orderId;
  }

  public String getNumber() {
    return number;
  }

  public Money getTotal() {
    return total;
  }

  /** The cash given, as the cashier typed it ("1.800,50" in an Argentine store). */
  public String getCashGiven() {
    return cashGiven;
  }

  public void setCashGiven(String cashGiven) {
    this.cashGiven = cashGiven;
  }

  public Payment getPayment() {
    return payment;
  }
}
