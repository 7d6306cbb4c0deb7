package com.angelskitchen.web.checkout;

import com.angelskitchen.checkout.boundary.Approval;
import com.angelskitchen.checkout.boundary.ApprovalNeededException;
import com.angelskitchen.checkout.boundary.Discounts;
import com.angelskitchen.checkout.boundary.GiveDiscount;
import com.angelskitchen.checkout.entity.DiscountKind;
import com.angelskitchen.checkout.entity.DiscountReason;
import com.angelskitchen.platform.KitchenException;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.i18n.TypedAmount;
import com.angelskitchen.web.pos.TenderBacking;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Backs the discount panel of the tender dialog: on the whole order or one line, a percentage or an
 * amount (typed the store's way), a reason from the managers' list. When the discount is above the
 * approval limit the panel asks for a manager's username and password, typed on the cashier's
 * screen without signing the cashier out.
 */
@Named
@ViewScoped
public class DiscountBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Discounts discounts;

  @Inject ApprovalThrottle throttle;

  @Inject TenderBacking tender;

  @Inject StoreFormat format;

  private boolean open;
  private Long lineId;
  private DiscountKind kind = DiscountKind.PERCENT;
  private String value;
  private String reason;
  private boolean approvalNeeded;
  private final ManagerCredentials manager = new ManagerCredentials();

  /** Opens the panel, empty. */
  public void start() {
    open = true;
    lineId = null;
    kind = DiscountKind.PERCENT;
    value = null;
    reason = null;
    approvalNeeded = false;
    manager.clear();
  }

  public void cancel() {
    open = false;
  }

  /** Gives the discount; the tender dialog then shows the order's new total. */
  public void give() {
    Long orderId = tender.getOrderId();
    if (orderId == null) {
      return;
    }
    Optional<BigDecimal> amount =
        TypedAmount.parse(value, format.locale(), format.currency())
            .filter(v -> v.signum() > 0 && v.stripTrailingZeros().scale() <= 2);
    if (amount.isEmpty()) {
      PageMessages.error("discount.value.unreadable", value == null ? "" : value.strip());
      return;
    }
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String named = approvalNeeded ? manager.manager() : null;
    Approval approval = approvalNeeded ? manager.take() : null;
    GiveDiscount command = new GiveDiscount(lineId, kind, amount.get(), reason, approval);
    String actor = request.getUserPrincipal().getName();
    try {
      Discounts.Given given =
          throttle.guard(
              named,
              request,
              () -> discounts.give(orderId, command, actor),
              g -> g.discount().approvedBy());
      open = false;
      approvalNeeded = false;
      tender.open(orderId);
      PageMessages.info(
          "discount.given", format.money(given.discount().amount().amount()), given.reasonName());
    } catch (ApprovalNeededException needed) {
      approvalNeeded = true;
      PageMessages.refusal(needed);
    } catch (ApprovalThrottle.Paused paused) {
      PageMessages.error("discount.approval.paused", paused.seconds());
    } catch (KitchenException refused) {
      PageMessages.refusal(refused);
    } catch (EJBException failed) {
      PageMessages.attempt(
          "discount.attempt.give",
          () -> {
            throw failed;
          });
    }
  }

  /** The reasons a cashier may choose now. */
  public List<DiscountReason> getReasons() {
    return discounts.reasons().stream().filter(DiscountReason::active).toList();
  }

  public boolean isOpen() {
    return open;
  }

  public Long getLineId() {
    return lineId;
  }

  public void setLineId(Long lineId) {
    this.lineId = lineId;
  }

  public DiscountKind getKind() {
    return kind;
  }

  public void setKind(DiscountKind kind) {
    this.kind = kind;
  }

  public DiscountKind[] getKinds() {
    return DiscountKind.values();
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isApprovalNeeded() {
    return approvalNeeded;
  }

  /** The approving manager's username and password, as typed. */
  public ManagerCredentials getManager() {
    return manager;
  }
}
