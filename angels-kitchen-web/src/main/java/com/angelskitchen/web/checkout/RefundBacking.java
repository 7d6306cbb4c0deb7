package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Approval;
import com.angelskitchen.checkout.boundary.GiveRefund;
import com.angelskitchen.checkout.boundary.Refunds;
import com.angelskitchen.checkout.entity.OrderRefund;
import com.angelskitchen.money.Money;
import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.pos.TenderBacking;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Backs the refund panel of the tender dialog, for a paid order: the lines to refund (none: all
 * that is left), why, and the manager who approves it with their password on the cashier's screen.
 */
@Named
@ViewScoped
public class RefundBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Refunds refunds;

  @Inject ApprovalThrottle throttle;

  @Inject TenderBacking tender;

  @Inject StoreFormat format;

  private boolean open;
  private ArrayList<Long> lineIds = new ArrayList<>();
  private String reason;
  private String managerUsername;
  // Not kept with the view: a password being typed never travels to another server.
  private transient String managerPassword;

  public void start() {
    open = true;
    lineIds = new ArrayList<>();
    reason = null;
    managerUsername = null;
    managerPassword = null;
  }

  public void cancel() {
    open = false;
  }

  public void give() {
    Long orderId = tender.getOrderId();
    if (orderId == null) {
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String manager =
        managerUsername == null || managerUsername.isBlank() ? null : managerUsername.strip();
    Optional<Duration> paused = throttle.paused(manager, request);
    if (paused.isPresent()) {
      PageMessages.error("discount.approval.paused", Math.max(1, paused.get().toSeconds()));
      return;
    }
    Approval approval =
        manager == null
            ? null
            : new Approval(
                manager, managerPassword == null ? new char[0] : managerPassword.toCharArray());
    managerPassword = null;
    GiveRefund command = new GiveRefund(lineIds, reason, approval);
    String actor = request.getUserPrincipal().getName();
    try {
      List<OrderRefund> given =
          throttle.guard(
              manager,
              request,
              () -> refunds.refund(orderId, command, actor),
              r -> r.isEmpty() ? null : r.get(0).approvedBy());
      open = false;
      tender.reload();
      Money total = given.stream().map(OrderRefund::amount).reduce(Money.ZERO, Money::plus);
      PageMessages.info("refund.given", format.money(total.amount()));
    } catch (KitchenException refused) {
      PageMessages.refusal(refused);
    }
  }

  public boolean isOpen() {
    return open;
  }

  public List<Long> getLineIds() {
    return lineIds;
  }

  public void setLineIds(List<Long> lineIds) {
    this.lineIds = lineIds == null ? new ArrayList<>() : new ArrayList<>(lineIds);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getManagerUsername() {
    return managerUsername;
  }

  public void setManagerUsername(String managerUsername) {
    this.managerUsername = managerUsername;
  }

  /** Never shown again once typed. */
  public String getManagerPassword() {
    return null;
  }

  public void setManagerPassword(String managerPassword) {
    this.managerPassword = managerPassword;
  }
}
