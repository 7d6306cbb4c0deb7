package com.angelskitchen.checkout.boundary;

import com.angelskitchen.checkout.control.CheckSplit;
import com.angelskitchen.checkout.control.LineCosts;
import com.angelskitchen.checkout.entity.CheckPart;
import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.checkout.entity.MoneyAudit;
import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.checkout.entity.OrderPayment;
import com.angelskitchen.checkout.events.PaymentTaken;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderStateException;
import com.angelskitchen.ordering.entity.PaymentRefusedException;
import com.angelskitchen.ordering.entity.TenderMethod;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Where guests pay: a check split into parts, payments in cash or by card with their tips, mixed
 * tenders (part cash, part card). Every call locks the order's row first, so two cashiers paying
 * the same order (or part) take turns, and the second is told it is paid already. Every payment and
 * split is in the money audit log, in its own transaction.
 */
@Stateless
public class Till {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB CashDrawers drawers;

  @Inject Event<PaymentTaken> paymentTaken;

  /** A part of a split check and what is still due on it. */
  public record PartDue(CheckPart part, Money paid, Money due) {}

  /**
   * Splits an order's check, evenly or by item, replacing an earlier split. Refused once anything
   * was paid.
   */
  public List<CheckPart> split(long orderId, SplitCheck request, String actor) {
    KitchenOrder order = locked(orderId);
    order.ensureNotCancelled();
    order.ensurePaidAtTheTill();
    order.ensureNothingPaid();
    parts(orderId).forEach(em::remove);
    em.flush();
    List<CheckPart> parts = new java.util.ArrayList<>();
    if (request.evenly() != null) {
      List<Money> amounts = CheckSplit.evenly(order.total(), request.evenly());
      for (int i = 0; i < amounts.size(); i++) {
        parts.add(new CheckPart(orderId, i + 1, amounts.get(i), List.of()));
      }
    } else if (request.byItem() != null) {
      SortedMap<Integer, CheckSplit.Part> byItem =
          CheckSplit.byItem(order.total(), lineCosts(order), request.byItem());
      byItem.forEach(
          (n, part) -> parts.add(new CheckPart(orderId, n, part.amount(), part.lineIds())));
    } else {
      throw new InvalidRequestException(
          "checkout.split-how", "split evenly into a number of parts, or by item");
    }
    parts.forEach(em::persist);
    em.persist(
        new MoneyAudit(
            OffsetDateTime.now(clock),
            MoneyAction.SPLIT,
            orderId,
            order.total(),
            actor,
            null,
            (request.evenly() != null ? "evenly" : "by item")
                + " into "
                + parts.size()
                + ": "
                + parts.stream().map(p -> p.amount().toString()).toList()));
    return parts;
  }

  /** The parts of an order's split check, with what is due on each; empty when not split. */
  public List<PartDue> checks(long orderId) {
    List<OrderPayment> payments = payments(orderId);
    return parts(orderId).stream()
        .map(
            part -> {
              Money paid = paidOn(part.partNo(), payments);
              return new PartDue(part, paid, part.amount().minus(paid));
            })
        .toList();
  }

  /**
   * Takes a payment. For a split check it names its part; its amount is at most what is due there
   * (or on the order), and cash must cover the amount and the tip.
   */
  public OrderPayment pay(long orderId, TakePayment request, String actor) {
    KitchenOrder order = locked(orderId);
    order.ensureNotCancelled();
    order.ensurePaidAtTheTill();
    order.ensureNotPaid();
    if (request.method() == null || request.method() == TenderMethod.MIXED) {
      throw new InvalidRequestException("checkout.tender-method", "pay in CASH or by CARD");
    }
    List<CheckPart> parts = parts(orderId);
    Money due = order.due();
    if (request.partNo() != null) {
      CheckPart part =
          parts.stream()
              .filter(p -> p.partNo() == request.partNo())
              .findFirst()
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          "checkout.part-not-found",
                          "order " + order.number().display() + " has no part " + request.partNo(),
                          order.number().display(),
                          request.partNo()));
      due = part.amount().minus(paidOn(part.partNo(), payments(orderId))).min(due);
      if (due.isZero() && !part.amount().isZero()) {
        throw new OrderStateException(
            "checkout.part-paid",
            "part " + part.partNo() + " of order " + order.number().display() + " is paid already",
            part.partNo(),
            order.number().display());
      }
    } else if (!parts.isEmpty()) {
      throw new InvalidRequestException(
          "checkout.part-required",
          "order " + order.number().display() + " is split: say which part is paid",
          order.number().display());
    }
    Money amount = request.amount() == null ? due : request.amount();
    if (amount.compareTo(due) > 0) {
      throw new PaymentRefusedException(
          "payment.more-than-due",
          "a payment of " + amount + " is more than the " + due + " due",
          amount.amount(),
          due.amount());
    }
    Money tip = request.tip() == null ? Money.ZERO : request.tip();
    Money charged = amount.plus(tip);
    Money tendered = charged;
    if (request.method() == TenderMethod.CASH && request.cashGiven() != null) {
      tendered = request.cashGiven();
      if (tendered.compareTo(charged) < 0) {
        throw new PaymentRefusedException(
            "payment.not-enough-cash",
            "cash given (" + tendered + ") is less than the total of " + charged,
            tendered.amount(),
            charged.amount());
      }
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    OrderPayment payment =
        new OrderPayment(
            orderId, request.partNo(), request.method(), amount, tip, tendered, actor, now);
    order.takePayment(request.method(), amount, tendered, payment.change(), now);
    if (request.method() == TenderMethod.CASH) {
      payment.inDrawer(drawers.openSessionOf(actor));
    }
    em.persist(payment);
    em.persist(
        new MoneyAudit(
            now,
            MoneyAction.PAYMENT,
            orderId,
            amount,
            actor,
            null,
            request.method()
                + (tip.isZero() ? "" : " + tip " + tip)
                + (request.partNo() == null
                    ? ""
                    : " (part " + request.partNo() + " of " + parts.size() + ")")
                + (order.isPaid() ? ", order paid" : ", " + order.due() + " still due")));
    paymentTaken.fire(
        new PaymentTaken(orderId, payment.id(), request.method().name(), order.isPaid()));
    return payment;
  }

  /** The payments taken on an order, oldest first. */
  public List<OrderPayment> payments(long orderId) {
    return em.createNamedQuery(OrderPayment.OF_ORDER, OrderPayment.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }

  /** The parts of an order's split check; empty when it is not split. */
  public List<CheckPart> parts(long orderId) {
    return em.createNamedQuery(CheckPart.OF_ORDER, CheckPart.class)
        .setParameter("orderId", orderId)
        .getResultList();
  }

  private static Money paidOn(int partNo, List<OrderPayment> payments) {
    return payments.stream()
        .filter(p -> p.partNo() != null && p.partNo() == partNo)
        .map(OrderPayment::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  /** What each line costs after the discounts given on it. */
  private Map<Long, Money> lineCosts(KitchenOrder order) {
    return LineCosts.of(
        order,
        em.createNamedQuery(OrderDiscount.OF_ORDER, OrderDiscount.class)
            .setParameter("orderId", order.id())
            .getResultList());
  }

  private KitchenOrder locked(long orderId) {
    KitchenOrder order = em.find(KitchenOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    if (order == null) {
      throw new NotFoundException("order.not-found", "no order " + orderId, orderId);
    }
    return order;
  }
}
