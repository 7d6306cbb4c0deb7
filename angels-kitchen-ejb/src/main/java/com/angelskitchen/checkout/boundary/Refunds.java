package com.angelskitchen.checkout.boundary;

import com.angelskitchen.checkout.control.LineCosts;
import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.checkout.entity.MoneyAudit;
import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.checkout.entity.OrderPayment;
import com.angelskitchen.checkout.entity.OrderRefund;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderStateException;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Money given back on a paid (or partly paid) order, always with a reason and a manager's approval:
 * some of its lines (their share of what was paid, tax and order discount included) or all that is
 * left. A refund is taken from the order's payments, the newest first, each in its own method, and
 * counts on the day it is made (a refund of yesterday's order goes to today, naming that order).
 */
@Stateless
public class Refunds {

  private static final int MAX_REASON = 200;

  @PersistenceContext EntityManager em;

  @EJB Approvals approvals;

  @EJB CashDrawers drawers;

  @Inject Clock clock;

  /**
   * Gives a refund.
   *
   * @param actor the username of the member giving it
   * @return one refund per payment it was taken from
   */
  public List<OrderRefund> refund(long orderId, GiveRefund request, String actor) {
    KitchenOrder order = em.find(KitchenOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new NotFoundException("order.not-found", "no order " + orderId, orderId);
    }
    order.ensurePaidAtTheTill();
    if (order.paid().isZero()) {
      throw new OrderStateException(
          "checkout.refund-unpaid",
          "order " + order.number().display() + " is not paid: nothing to refund",
          order.number().display());
    }
    String reason = request.reason() == null ? "" : request.reason().strip();
    if (reason.isEmpty() || reason.length() > MAX_REASON) {
      throw new InvalidRequestException(
          "checkout.refund-reason", "say why (up to 200 characters)", MAX_REASON);
    }
    List<OrderRefund> earlier = of(orderId);
    Money amount = amountOf(order, request.lineIds(), earlier);
    String approvedBy = approvals.approver(actor, request.approval());
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<OrderRefund> given =
        giveBack(order, amount, reason, request.lineIds(), actor, approvedBy, now);
    em.persist(
        new MoneyAudit(
            now,
            MoneyAction.REFUND,
            orderId,
            amount,
            actor,
            approvedBy,
            (request.lineIds().isEmpty() ? "the order" : "lines " + request.lineIds())
                + ": "
                + reason));
    return given;
  }

  /**
   * Gives {@code amount} back against the order's payments, the newest first, each in its own
   * method (cash from the actor's open drawer). The caller holds the order's lock and audits (the
   * void of an order handed out gives back all that is left this way).
   */
  public List<OrderRefund> giveBack(
      KitchenOrder order,
      Money amount,
      String reason,
      List<Long> lineIds,
      String actor,
      String approvedBy,
      OffsetDateTime now) {
    long orderId = order.id();
    List<OrderRefund> earlier = of(orderId);
    order.refund(amount);
    List<OrderRefund> given = new ArrayList<>();
    Money left = amount;
    List<OrderPayment> payments = new ArrayList<>(payments(orderId));
    java.util.Collections.reverse(payments);
    for (OrderPayment payment : payments) {
      if (left.isZero()) {
        break;
      }
      Money taken =
          earlier.stream()
              .filter(r -> r.paymentId() == payment.id())
              .map(OrderRefund::amount)
              .reduce(Money.ZERO, Money::plus);
      Money share = payment.amount().minus(taken).min(left);
      if (!share.isZero()) {
        OrderRefund refund =
            new OrderRefund(payment, share, reason, lineIds, actor, approvedBy, now);
        if (payment.method() == com.angelskitchen.ordering.entity.TenderMethod.CASH) {
          refund.inDrawer(drawers.openSessionOf(actor));
        }
        em.persist(refund);
        given.add(refund);
        left = left.minus(share);
      }
    }
    return given;
  }

  /** The refunds given on an order, oldest first. */
  public List<OrderRefund> of(long orderId) {
    return em.createNamedQuery(OrderRefund.OF_ORDER, OrderRefund.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }

  /** What the refund comes to: the lines' share of what was paid, or all that is left. */
  private Money amountOf(KitchenOrder order, List<Long> lineIds, List<OrderRefund> earlier) {
    Money left = order.paid().minus(order.refunded());
    if (left.isZero()) {
      throw new OrderStateException(
          "checkout.refund-nothing-left",
          "order " + order.number().display() + " was refunded in full already",
          order.number().display());
    }
    if (lineIds.isEmpty()) {
      return left;
    }
    Map<Long, Money> costs =
        LineCosts.of(
            order,
            em.createNamedQuery(OrderDiscount.OF_ORDER, OrderDiscount.class)
                .setParameter("orderId", order.id())
                .getResultList());
    Set<Long> refundedLines = new HashSet<>();
    earlier.forEach(r -> refundedLines.addAll(r.lineIds()));
    for (Long line : lineIds) {
      if (!costs.containsKey(line)) {
        throw new NotFoundException(
            "checkout.line-not-found",
            "order " + order.number().display() + " has no line " + line,
            order.number().display(),
            line);
      }
      if (refundedLines.contains(line)) {
        throw new OrderStateException(
            "checkout.line-refunded",
            "that line of order " + order.number().display() + " was refunded already",
            order.number().display());
      }
    }
    return LineCosts.shareOf(order.paid(), costs, new HashSet<>(lineIds)).min(left);
  }

  private List<OrderPayment> payments(long orderId) {
    return em.createNamedQuery(OrderPayment.OF_ORDER, OrderPayment.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }
}
