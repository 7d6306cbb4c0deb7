package com.angelskitchen.web.pos;

import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.Payment;
import com.angelskitchen.ordering.entity.Tender;
import com.angelskitchen.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * Backs the tender dialog of the POS: cash given and the change due, or a card taken on the
 * external terminal. The change shown while typing is only a preview; the till's figure is the one
 * the server records.
 */
@Named
@ViewScoped
public class TenderBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB OrderDesk desk;

  private Long orderId;
  private String number;
  private Money total;
  private BigDecimal cashGiven;
  private Payment payment;

  /** Opens the dialog for an order. */
  public void open(long orderId) {
    PageMessages.attempt("open the order", () -> desk.find(orderId))
        .ifPresent(order -> show(order));
  }

  private void show(KitchenOrder order) {
    orderId = order.id();
    number = order.number().display();
    total = order.total();
    payment = order.payment().orElse(null);
    cashGiven = null;
  }

  public void exactCash() {
    cashGiven = total == null ? null : total.amount();
  }

  public void payCash() {
    if (cashGiven == null) {
      PageMessages.error("Enter the cash the guest gave.");
      return;
    }
    if (cashGiven.signum() < 0 || cashGiven.stripTrailingZeros().scale() > 2) {
      PageMessages.error("Cash is a positive amount with at most two decimals.");
      return;
    }
    if (cashGiven.compareTo(Money.MAX) > 0) {
      PageMessages.error("That is more cash than a till holds.");
      return;
    }
    pay(Tender.cash(new Money(cashGiven)));
  }

  public void payCard() {
    pay(Tender.card());
  }

  private void pay(Tender tender) {
    if (orderId == null) {
      return;
    }
    PageMessages.attempt("record the payment", () -> desk.pay(orderId, tender))
        .ifPresent(
            paid -> {
              payment = paid;
              PageMessages.info(
                  "Order "
                      + number
                      + " paid"
                      + (paid.change().amount().signum() > 0
                          ? " — change due " + paid.change()
                          : "."));
            });
  }

  /** The change for the cash typed so far, or empty when it does not cover the total. */
  public String getChangePreview() {
    if (cashGiven == null || total == null || cashGiven.compareTo(total.amount()) < 0) {
      return "";
    }
    return cashGiven
        .subtract(total.amount())
        .setScale(2, java.math.RoundingMode.HALF_UP)
        .toPlainString();
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

  public BigDecimal getCashGiven() {
    return cashGiven;
  }

  public void setCashGiven(BigDecimal cashGiven) {
    this.cashGiven = cashGiven;
  }

  public Payment getPayment() {
    return payment;
  }
}
