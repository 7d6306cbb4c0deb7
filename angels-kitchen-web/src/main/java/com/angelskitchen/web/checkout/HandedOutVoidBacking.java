package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Approval;
import com.angelskitchen.checkout.boundary.OrderChanges;
import com.angelskitchen.web.PageMessages;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/**
 * Backs the POS dialog that voids an order already handed out: a reason and a manager's password
 * (unless the cashier is a manager); what was paid is given back against its payments.
 */
@Named
@ViewScoped
public class HandedOutVoidBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB OrderChanges changes;

  @Inject ApprovalThrottle throttle;

  private final ManagerCredentials manager = new ManagerCredentials();

  private Long orderId;
  private String number;
  private String reason;

  public void start(long orderId, String number) {
    this.orderId = orderId;
    this.number = number;
    reason = null;
    manager.clear();
  }

  public void confirm() {
    if (orderId == null) {
      return;
    }
    if (reason == null || reason.isBlank()) {
      PageMessages.error("pos.void.reason.missing", number);
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String named = manager.manager();
    Approval approval = manager.take();
    long id = orderId;
    String why = reason;
    String actor = request.getUserPrincipal().getName();
    try {
      if (PageMessages.attempt(
              "pos.attempt.void",
              () ->
                  throttle.guard(
                      named,
                      request,
                      () -> changes.voidHandedOut(id, why, approval, actor),
                      OrderChanges.Voided::approvedBy))
          .isPresent()) {
        PageMessages.info("pos.void.done", number);
        PrimeFaces.current().ajax().addCallbackParam("voided", true);
        orderId = null;
      }
    } catch (ApprovalThrottle.Paused paused) {
      PageMessages.error("discount.approval.paused", paused.seconds());
    }
  }

  /** The dialog's title: "Void order 042". */
  public String getTitle() {
    return number == null ? "" : PageMessages.texts().get("pos.void.title", number);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public ManagerCredentials getManager() {
    return manager;
  }
}
