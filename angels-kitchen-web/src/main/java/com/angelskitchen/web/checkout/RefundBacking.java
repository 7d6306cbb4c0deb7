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
import java.util.ArrayList;
import java.util.List;

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
  private final ManagerCredentials manager = new ManagerCredentials();

  public void start() {
    open = true;
    lineIds = new ArrayList<>();
    reason = null;
    manager.clear();
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
    String named = manager.manager();
    Approval approval = manager.take();
    GiveRefund command = new GiveRefund(lineIds, reason, approval);
    String actor = request.getUserPrincipal().getName();
    try {
      List<OrderRefund> given =
          throttle.guard(
              named,
              request,
              () -> refunds.refund(orderId, command, actor),
              r -> r.isEmpty() ? null : r.get(0).approvedBy());
      open = false;
      tender.reload();
      Money total = given.stream().map(OrderRefund::amount).reduce(Money.ZERO, Money::plus);
      PageMessages.info("refund.given", format.money(total.amount()));
    } catch (ApprovalThrottle.Paused paused) {
      PageMessages.error("discount.approval.paused", paused.seconds());
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

  /** The approving manager's username and password, as typed. */
  public ManagerCredentials getManager() {
    return manager;
  }
}
