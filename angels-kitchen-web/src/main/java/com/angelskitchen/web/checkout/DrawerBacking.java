package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.CashDrawers;
import com.angelskitchen.checkout.entity.DrawerMovement;
import com.angelskitchen.money.Money;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.i18n.TypedAmount;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Backs pos/drawer.xhtml: the cashier's cash drawer session. Open it with a float, record paid-ins
 * and paid-outs with their reasons, close it with what was counted. A blind session shows what was
 * expected only once the count is in. Amounts are typed the store's way.
 */
@Named
@ViewScoped
public class DrawerBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CashDrawers drawers;

  @Inject StoreFormat format;

  // Made again on every load: what the drawer holds changes with every cash payment.
  private transient CashDrawers.DrawerView current;
  // Shown in the answer to the close, not kept with the view.
  private transient CashDrawers.DrawerView closed;
  private String drawer = "caja-1";
  private String openingFloat;
  private DrawerMovement.Kind kind = DrawerMovement.Kind.PAID_OUT;
  private String amount;
  private String reason;
  private String counted;

  @PostConstruct
  void load() {
    current = drawers.current(cashier()).orElse(null);
  }

  private static String cashier() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
  }

  public void open() {
    typed(openingFloat)
        .ifPresent(
            cash ->
                PageMessages.attempt(
                        "drawer.attempt.open", () -> drawers.open(drawer, cash, cashier()))
                    .ifPresent(
                        opened -> {
                          current = opened;
                          closed = null;
                          PageMessages.info("drawer.opened", drawer, format.money(cash.amount()));
                        }));
  }

  public void move() {
    typed(amount)
        .ifPresent(
            cash ->
                PageMessages.attempt(
                        "drawer.attempt.move", () -> drawers.move(kind, cash, reason, cashier()))
                    .ifPresent(
                        moved -> {
                          current = moved;
                          amount = null;
                          reason = null;
                          PageMessages.info(
                              kind == DrawerMovement.Kind.PAID_IN
                                  ? "drawer.moved.PAID_IN"
                                  : "drawer.moved.PAID_OUT",
                              format.money(cash.amount()));
                        }));
  }

  public void close() {
    typed(counted)
        .ifPresent(
            cash ->
                PageMessages.attempt("drawer.attempt.close", () -> drawers.close(cash, cashier()))
                    .ifPresent(
                        done -> {
                          closed = done;
                          current = null;
                          counted = null;
                          PageMessages.info("drawer.closed");
                        }));
  }

  private Optional<Money> typed(String text) {
    Optional<BigDecimal> read = TypedAmount.parse(text, format.locale(), format.currency());
    if (read.isEmpty()
        || read.get().signum() < 0
        || read.get().stripTrailingZeros().scale() > 2
        || read.get().compareTo(Money.MAX) > 0) {
      PageMessages.error(
          "drawer.amount.unreadable",
          text == null ? "" : text.strip(),
          format.amount(new BigDecimal("5000.50")));
      return Optional.empty();
    }
    return Optional.of(new Money(read.get()));
  }

  /** The open session, read again for every request. */
  public CashDrawers.DrawerView getCurrent() {
    if (current == null) {
      current = drawers.current(cashier()).orElse(null);
    }
    return current;
  }

  /** The session just closed, with its count. */
  public CashDrawers.DrawerView getClosed() {
    return closed;
  }

  public String getDrawer() {
    return drawer;
  }

  public void setDrawer(String drawer) {
    this.drawer = drawer == null ? null : drawer.strip();
  }

  public String getOpeningFloat() {
    return openingFloat;
  }

  public void setOpeningFloat(String openingFloat) {
    this.openingFloat = openingFloat;
  }

  public DrawerMovement.Kind getKind() {
    return kind;
  }

  public void setKind(DrawerMovement.Kind kind) {
    this.kind = kind;
  }

  public DrawerMovement.Kind[] getKinds() {
    return DrawerMovement.Kind.values();
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getCounted() {
    return counted;
  }

  public void setCounted(String counted) {
    this.counted = counted;
  }
}
