package com.angelskitchen.web.pos;

import com.angelskitchen.checkout.boundary.TakePayment;
import com.angelskitchen.checkout.boundary.Till;
import com.angelskitchen.checkout.entity.OrderPayment;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.Payment;
import com.angelskitchen.ordering.entity.TenderMethod;
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
 * Backs the tender dialog of the POS: what the order costs and what is still due, its split check's
 * parts, and the payments taken. A payment is cash given (and the change due) or a card on the
 * external terminal, for the whole due or one part of a split check, for all of it or, in a mixed
 * tender, some of it, with a tip on top. The change shown while typing is only a preview; the
 * till's figure is the one the server records. Amounts are typed the store's way ({@link
 * TypedAmount}) and kept exact.
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
  private Money due;
  private Money refunded;
  private List<LineChoice> lines = List.of();
  private List<PartRow> parts = List.of();
  private List<PaymentRow> payments = List.of();
  private Payment payment;
  private Integer partNo;
  private String amountTyped;
  private String tipTyped;
  private String cashGiven;

  /** One of the order's lines, to give a discount on or to put in a part of the check. */
  public record LineChoice(long id, String label, String total) implements Serializable {}

  /** One part of the split check and what is still due on it. */
  public record PartRow(int partNo, Money amount, Money due) implements Serializable {
    public boolean isPaid() {
      return due.isZero();
    }
  }

  /** One payment taken. */
  public record PaymentRow(
      Integer partNo, TenderMethod method, Money amount, Money tip, Money change)
      implements Serializable {}

  /** Opens the dialog for an order. */
  public void open(long orderId) {
    PageMessages.attempt("tender.attempt.open", () -> desk.find(orderId)).ifPresent(this::show);
  }

  private void show(KitchenOrder order) {
    orderId = order.id();
    number = order.number().display();
    total = order.total();
    discount = order.discount();
    due = order.due();
    refunded = order.refunded();
    lines =
        order.liveLines().stream()
            .filter(l -> !l.isPart()) // a flavour of a dozen is paid with its dozen
            .map(
                l ->
                    new LineChoice(
                        l.id(),
                        l.quantity() + " × " + l.itemName(),
                        format.money(l.lineTotal().amount())))
            .toList();
    parts =
        till.checks(order.id()).stream()
            .map(d -> new PartRow(d.part().partNo(), d.part().amount(), d.due()))
            .toList();
    payments =
        till.payments(order.id()).stream()
            .map(p -> new PaymentRow(p.partNo(), p.method(), p.amount(), p.tip(), p.change()))
            .toList();
    payment = order.payment().orElse(null);
    partNo = parts.stream().filter(p -> !p.isPaid()).map(PartRow::partNo).findFirst().orElse(null);
    amountTyped = null;
    tipTyped = null;
    cashGiven = null;
  }

  /** Reads the order again (after a split or a discount). */
  public void reload() {
    if (orderId != null) {
      open(orderId);
    }
  }

  /** The dialog's title: "Pay order 042". */
  public String getTitle() {
    return number == null ? "" : PageMessages.texts().get("tender.title", number);
  }

  /** Cash given: exactly what this payment charges (its amount and tip). */
  public void exactCash() {
    charged().ifPresent(c -> cashGiven = format.amount(c.amount()));
  }

  public void payCash() {
    if (cashGiven == null || cashGiven.isBlank()) {
      PageMessages.error("tender.cash.missing");
      return;
    }
    Optional<Money> cash = typedMoney(cashGiven);
    if (cash.isEmpty()) {
      return;
    }
    payWith(TenderMethod.CASH, cash.get());
  }

  public void payCard() {
    payWith(TenderMethod.CARD, null);
  }

  private void payWith(TenderMethod method, Money cash) {
    if (orderId == null) {
      return;
    }
    Optional<Money> amount = blank(amountTyped) ? Optional.of(Money.ZERO) : typedMoney(amountTyped);
    Optional<Money> tip = blank(tipTyped) ? Optional.of(Money.ZERO) : typedMoney(tipTyped);
    if (amount.isEmpty() || tip.isEmpty()) {
      return;
    }
    TakePayment request =
        new TakePayment(
            parts.isEmpty() ? null : partNo,
            method,
            blank(amountTyped) ? null : amount.get(),
            tip.get(),
            cash);
    String cashier =
        FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
    PageMessages.attempt("tender.attempt.pay", () -> till.pay(orderId, request, cashier))
        .ifPresent(this::paid);
  }

  private void paid(OrderPayment taken) {
    open(orderId);
    Money change = taken.change();
    if (payment == null) {
      PageMessages.info(
          "tender.partPaid", format.money(taken.amount().amount()), format.money(due.amount()));
    } else if (change.amount().signum() > 0) {
      PageMessages.info("tender.paid.change", number, format.money(change.amount()));
    } else {
      PageMessages.info("tender.paid", number);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  /** An amount typed the store's way, or empty (with the error on the page). */
  private Optional<Money> typedMoney(String text) {
    Optional<BigDecimal> read = TypedAmount.parse(text, format.locale(), format.currency());
    if (read.isEmpty()) {
      PageMessages.error("tender.cash.unreadable", text.strip(), format.amount(EXAMPLE));
      return Optional.empty();
    }
    BigDecimal amount = read.get();
    if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
      PageMessages.error("tender.cash.decimals");
      return Optional.empty();
    }
    if (amount.compareTo(Money.MAX) > 0) {
      PageMessages.error("tender.cash.tooMuch");
      return Optional.empty();
    }
    return Optional.of(new Money(amount));
  }

  /** What is due for the payment being taken: the chosen part's, or the order's. */
  public Money getDueNow() {
    if (due == null) {
      return Money.ZERO;
    }
    return parts.stream()
        .filter(p -> partNo != null && p.partNo() == partNo)
        .map(PartRow::due)
        .findFirst()
        .orElse(due)
        .min(due);
  }

  /** What this payment charges, as typed so far: its amount (or all that is due) and its tip. */
  private Optional<Money> charged() {
    Optional<BigDecimal> amount =
        blank(amountTyped)
            ? Optional.of(getDueNow().amount())
            : TypedAmount.parse(amountTyped, format.locale(), format.currency());
    Optional<BigDecimal> tip =
        blank(tipTyped)
            ? Optional.of(BigDecimal.ZERO)
            : TypedAmount.parse(tipTyped, format.locale(), format.currency());
    if (amount.isEmpty() || tip.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = amount.get().add(tip.get());
    return sum.signum() < 0 || sum.stripTrailingZeros().scale() > 2 || sum.compareTo(Money.MAX) > 0
        ? Optional.empty()
        : Optional.of(new Money(sum));
  }

  /** The change for the cash typed so far, or empty when it does not cover the charge. */
  public String getChangePreview() {
    Optional<Money> charge = charged();
    if (charge.isEmpty()) {
      return "";
    }
    return TypedAmount.parse(cashGiven, format.locale(), format.currency())
        .filter(cash -> cash.compareTo(charge.get().amount()) >= 0)
        .map(cash -> format.money(cash.subtract(charge.get().amount())))
        .orElse("");
  }

  /** What was taken off the order so far. */
  public Money getDiscount() {
    return discount;
  }

  public List<LineChoice> getLines() {
    return lines;
  }

  public List<PartRow> getParts() {
    return parts;
  }

  public List<PaymentRow> getPayments() {
    return payments;
  }

  /** True once any payment was taken: no more discounts or splits. */
  public boolean isPartlyPaid() {
    return !payments.isEmpty();
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

  public Money getDue() {
    return due;
  }

  /** What was given back of what was paid. */
  public Money getRefunded() {
    return refunded;
  }

  public Integer getPartNo() {
    return partNo;
  }

  public void setPartNo(Integer partNo) {
    this.partNo = partNo;
  }

  /** A mixed tender's amount for this payment, as typed; blank for all that is due. */
  public String getAmountTyped() {
    return amountTyped;
  }

  public void setAmountTyped(String amountTyped) {
    this.amountTyped = amountTyped;
  }

  public String getTipTyped() {
    return tipTyped;
  }

  public void setTipTyped(String tipTyped) {
    this.tipTyped = tipTyped;
  }

  /** The cash given, as the cashier typed it ("1.800,50" in an Argentine store). */
  public String getCashGiven() {
    return cashGiven;
  }

  public void setCashGiven(String cashGiven) {
    this.cashGiven = cashGiven;
  }

  /** How the order was paid, once it is. */
  public Payment getPayment() {
    return payment;
  }
}
