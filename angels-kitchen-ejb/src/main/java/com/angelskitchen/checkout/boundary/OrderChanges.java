package com.angelskitchen.checkout.boundary;

import com.angelskitchen.checkout.control.DiscountRules;
import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.checkout.entity.MoneyAudit;
import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.boundary.ChangeOrder;
import com.angelskitchen.ordering.boundary.OrderDesk;
import com.angelskitchen.ordering.boundary.PlaceOrder;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.entity.OrderStateException;
import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.ordering.events.LineVoided;
import com.angelskitchen.ordering.events.OrderAddedTo;
import com.angelskitchen.ordering.events.OrderCancelled;
import com.angelskitchen.ordering.events.OrderChanged;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Changes to an order after it was sent, as the cashier makes them: an add-on, a voided line, a new
 * name, note or pickup time, and the void of an order already handed out. Each is written to the
 * money audit in the same transaction. The kitchen side (tickets, screens) is the order desk's;
 * this class adds what the money needs: a split check is not changed under its parts, a discounted
 * line is not voided from under its discount, and a void gives back what was paid.
 */
@Stateless
public class OrderChanges {

  @PersistenceContext EntityManager em;

  @EJB OrderDesk desk;

  @EJB Till till;

  @EJB Refunds refunds;

  @EJB Approvals approvals;

  @EJB ClosedDays closedDays;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  /** Adds lines: the stations get ADD-ON tickets; a paid order owes what they cost. */
  public OrderAddedTo addLines(long orderId, List<PlaceOrder.Line> lines, String actor) {
    KitchenOrder order = locked(orderId);
    ensureNotSplit(order);
    closedDays.ensureOpen(order);
    Money before = order.total();
    OrderAddedTo added = desk.addLines(orderId, lines);
    audit(
        MoneyAction.ADD_ON,
        order,
        order.total().minus(before),
        actor,
        null,
        "add-on " + added.addOn() + ": " + describe(order, added.addOn()));
    return added;
  }

  /** Voids a line before anything is paid: the stations see it struck through. */
  public LineVoided voidLine(long orderId, long lineId, String reason, String actor) {
    KitchenOrder order = locked(orderId);
    ensureNotSplit(order);
    closedDays.ensureOpen(order);
    boolean discounted =
        em.createNamedQuery(OrderDiscount.OF_ORDER, OrderDiscount.class)
            .setParameter("orderId", orderId)
            .getResultStream()
            .anyMatch(d -> Objects.equals(d.lineId(), lineId));
    if (discounted) {
      throw new OrderStateException(
          "checkout.void-discounted-line",
          "that line of order " + order.number().display() + " has a discount: comp it instead",
          order.number().display());
    }
    ensureDiscountStaysApproved(order, lineId, actor);
    Money before = order.total();
    LineVoided voided = desk.voidLine(orderId, lineId, reason);
    audit(
        MoneyAction.VOID_LINE,
        order,
        before.minus(order.total()),
        actor,
        null,
        voided.quantity() + " × " + voided.item() + ": " + voided.reason());
    return voided;
  }

  /** Changes the name, note and pickup time. */
  public OrderChanged changeHeader(long orderId, ChangeOrder change, String actor) {
    KitchenOrder order = locked(orderId);
    List<String> changes = new ArrayList<>();
    compare(changes, "name", order.customerName(), change.customerName());
    compare(changes, "note", order.note(), change.note());
    compare(
        changes,
        "pickup",
        order.pickupAt() == null ? null : order.pickupAt().toInstant(),
        change.pickupAt() == null ? null : change.pickupAt().toInstant());
    OrderChanged changed = desk.changeHeader(orderId, change);
    audit(
        MoneyAction.ORDER_CHANGE,
        order,
        null,
        actor,
        null,
        changes.isEmpty() ? "nothing changed" : String.join("; ", changes));
    return changed;
  }

  /** What a void did, and which manager approved it. */
  public record Voided(OrderCancelled cancelled, String approvedBy) {}

  /**
   * Voids an order already handed out, with a manager's approval: it leaves the sales and all that
   * is left of what was paid is given back, against the payments it came from.
   */
  public Voided voidHandedOut(long orderId, String reason, Approval approval, String actor) {
    KitchenOrder order = locked(orderId);
    order.ensureNotCancelled();
    order.ensurePaidAtTheTill();
    if (order.status() != OrderStatus.COMPLETED) {
      throw new OrderStateException(
          "order.void.not-handed-out",
          "order " + order.number().display() + " is " + order.status() + ": cancel it instead",
          order.number().display(),
          order.status());
    }
    String approvedBy = approvals.approver(actor, approval);
    OrderCancelled cancelled = desk.voidHandedOut(orderId, reason);
    OffsetDateTime now = cancelled.cancelledAt();
    Money left = order.paid().minus(order.refunded());
    if (!left.isZero()) {
      refunds.giveBack(order, left, cancelled.reason(), List.of(), actor, approvedBy, now);
      audit(
          MoneyAction.REFUND,
          order,
          left,
          actor,
          approvedBy,
          "the order, voided after hand-out: " + cancelled.reason());
    }
    audit(
        MoneyAction.VOID_ORDER,
        order,
        order.total(),
        actor,
        approvedBy,
        cancelled.reason() + (left.isZero() ? "" : " (given back " + left + ")"));
    return new Voided(cancelled, approvedBy);
  }

  /**
   * Without the line, the order's discount is a bigger share of what is left: past the store's
   * limit a manager must do it (a small discount and a few voided lines must not add up to a comp
   * no manager approved).
   */
  private void ensureDiscountStaysApproved(KitchenOrder order, long lineId, String actor) {
    if (order.discount().isZero()) {
      return;
    }
    Money left =
        order.liveLines().stream()
            .filter(l -> l.id() != lineId)
            .map(OrderLine::lineTotal)
            .reduce(Money.ZERO, Money::plus);
    if (DiscountRules.needsApproval(order.discount(), left, settings.discountApprovalPercent())) {
      approvals.approver(actor, null);
    }
  }

  private KitchenOrder locked(long orderId) {
    KitchenOrder order = em.find(KitchenOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new NotFoundException("order.not-found", "no order " + orderId, orderId);
    }
    return order;
  }

  private void ensureNotSplit(KitchenOrder order) {
    if (!till.parts(order.id()).isEmpty()) {
      throw new OrderStateException(
          "checkout.change-split",
          "the check of order "
              + order.number().display()
              + " is split: its lines stay as they are",
          order.number().display());
    }
  }

  private void audit(
      MoneyAction action,
      KitchenOrder order,
      Money amount,
      String actor,
      String approvedBy,
      String detail) {
    em.persist(
        new MoneyAudit(
            OffsetDateTime.now(clock),
            action,
            order.id(),
            amount,
            actor,
            approvedBy,
            detail.length() > 500 ? detail.substring(0, 500) : detail));
  }

  private static String describe(KitchenOrder order, int addOn) {
    return String.join(
        ", ",
        order.lines().stream()
            .filter(l -> l.addOn() == addOn)
            .map(OrderChanges::describe)
            .toList());
  }

  private static String describe(OrderLine line) {
    return line.quantity() + " × " + line.itemName();
  }

  private static void compare(List<String> changes, String what, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(
          what + ": " + (before == null ? "-" : before) + " → " + (after == null ? "-" : after));
    }
  }
}
