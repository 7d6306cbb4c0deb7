package com.angelskitchen.checkout.boundary;

import com.angelskitchen.checkout.control.DiscountRules;
import com.angelskitchen.checkout.entity.DiscountKind;
import com.angelskitchen.checkout.entity.DiscountReason;
import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.checkout.entity.MoneyAudit;
import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.config.KitchenSettings;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Discounts and comps on orders not yet paid, and the reasons the managers keep for them. Each
 * discount locks its order, is worked out on what is left to discount ({@link DiscountRules}),
 * lowers the order's total through the order itself, and is written to the money audit log in the
 * same transaction.
 */
@Stateless
public class Discounts {

  private static final Pattern REASON_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @PersistenceContext EntityManager em;

  @EJB Approvals approvals;

  @EJB ClosedDays closedDays;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  /** A discount as given, with its reason's name. */
  public record Given(OrderDiscount discount, String reasonName) {}

  /**
   * Gives a discount on an order that is not paid or cancelled, nor counted in a Z report already
   * (placed before the last close: a closed day's sales do not change).
   *
   * @param actor the username of the member giving it
   * @throws ApprovalNeededException when it is above the limit and no manager approved it
   */
  public Given give(long orderId, GiveDiscount request, String actor) {
    KitchenOrder order = em.find(KitchenOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new NotFoundException("order.not-found", "no order " + orderId, orderId);
    }
    order.ensureNotCancelled();
    order.ensurePaidAtTheTill();
    order.ensureNothingPaid();
    closedDays.ensureOpen(order);
    DiscountReason reason = activeReason(request.reason());
    List<OrderDiscount> earlier = of(orderId);
    Scope scope = scopeOf(order, request.lineId(), earlier);
    Money base = scope.left().min(scopeOf(order, null, earlier).left());
    Money amount = DiscountRules.amountOf(request.kind(), request.value(), base);
    String approvedBy = null;
    // Against all that was taken off the same scope: small discounts piled up need a manager too.
    if (DiscountRules.needsApproval(
        scope.taken().plus(amount), scope.whole(), settings.discountApprovalPercent())) {
      approvedBy = approvals.approver(actor, request.approval());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    OrderDiscount discount =
        new OrderDiscount(
            orderId,
            request.lineId(),
            request.kind(),
            request.value(),
            amount,
            reason.code(),
            actor,
            approvedBy,
            now);
    em.persist(discount);
    Money total = earlier.stream().map(OrderDiscount::amount).reduce(amount, Money::plus);
    order.discountBy(total);
    // A split was worked out on the old total: the cashier splits again.
    em.createQuery("DELETE FROM CheckPart p WHERE p.orderId = :orderId")
        .setParameter("orderId", orderId)
        .executeUpdate();
    em.persist(
        new MoneyAudit(
            now,
            MoneyAction.DISCOUNT,
            orderId,
            amount,
            actor,
            approvedBy,
            (request.kind() == DiscountKind.PERCENT
                    ? request.value().stripTrailingZeros().toPlainString() + "%"
                    : "amount " + amount)
                + (request.lineId() == null
                    ? " off the order"
                    : " off line " + lineNumber(order, request.lineId()))
                + " ("
                + reason.code()
                + ")"));
    return new Given(discount, reason.name());
  }

  /** The discounts given on an order, in the order they were given. */
  public List<OrderDiscount> of(long orderId) {
    return em.createNamedQuery(OrderDiscount.OF_ORDER, OrderDiscount.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }

  /** Every reason, the retired ones too, in the managers' order. */
  public List<DiscountReason> reasons() {
    return em.createNamedQuery(DiscountReason.ALL, DiscountReason.class).getResultList();
  }

  /** Adds a reason, or renames and reorders one; it becomes active. */
  public DiscountReason keepReason(String code, String name, int sortOrder) {
    if (code == null || !REASON_CODE.matcher(code).matches()) {
      throw new InvalidRequestException(
          "checkout.reason-code",
          "a reason's code is lower-case letters, digits and dashes (up to 40)");
    }
    if (name == null || name.isBlank() || name.strip().length() > 80) {
      throw new InvalidRequestException(
          "checkout.reason-name", "a reason has a name of up to 80 characters");
    }
    DiscountReason reason = em.find(DiscountReason.class, code, LockModeType.PESSIMISTIC_WRITE);
    if (reason == null) {
      reason = new DiscountReason(code, name.strip(), sortOrder);
      em.persist(reason);
    } else {
      reason.rename(name.strip(), sortOrder);
      reason.activate(true);
    }
    return reason;
  }

  /** Retires a reason: no new discount names it; the old ones keep it. */
  public DiscountReason retireReason(String code) {
    DiscountReason reason = em.find(DiscountReason.class, code, LockModeType.PESSIMISTIC_WRITE);
    if (reason == null) {
      throw new NotFoundException("checkout.reason-not-found", "no discount reason " + code, code);
    }
    reason.activate(false);
    return reason;
  }

  private DiscountReason activeReason(String code) {
    DiscountReason reason = code == null ? null : em.find(DiscountReason.class, code);
    if (reason == null || !reason.active()) {
      throw new InvalidRequestException(
          "checkout.reason-unknown",
          "choose a reason from the list (" + code + " is not one)",
          String.valueOf(code));
    }
    return reason;
  }

  /** What a discount applies to, whole, and what was taken off it already. */
  private record Scope(Money whole, Money taken) {

    /** What is left to discount there. */
    Money left() {
      return whole.minus(taken);
    }
  }

  /** The order (no line) or one of its lines, whole, and what was taken off it already. */
  private static Scope scopeOf(KitchenOrder order, Long lineId, List<OrderDiscount> earlier) {
    if (lineId == null) {
      return new Scope(
          order.subtotal(),
          earlier.stream().map(OrderDiscount::amount).reduce(Money.ZERO, Money::plus));
    }
    Money line =
        order.liveLines().stream()
            .filter(l -> lineId.equals(l.id()))
            .map(OrderLine::lineTotal)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "checkout.line-not-found",
                        "order " + order.number().display() + " has no line " + lineId,
                        order.number().display(),
                        lineId));
    return new Scope(
        line,
        earlier.stream()
            .filter(d -> lineId.equals(d.lineId()))
            .map(OrderDiscount::amount)
            .reduce(Money.ZERO, Money::plus));
  }

  private static int lineNumber(KitchenOrder order, long lineId) {
    return order.lines().stream()
        .filter(l -> l.id() == lineId)
        .mapToInt(OrderLine::lineNumber)
        .findFirst()
        .orElse(0);
  }
}
