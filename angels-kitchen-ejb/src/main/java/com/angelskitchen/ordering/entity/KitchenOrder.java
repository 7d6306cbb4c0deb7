package com.angelskitchen.ordering.entity;

import com.angelskitchen.money.Money;
import com.angelskitchen.money.TaxRule;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as the kitchen received it. Named KitchenOrder because ORDER is a reserved word in SQL.
 * Its status moves along the transitions of {@link OrderStatus}, each stamped with the moment it
 * happened. Until it is handed out an order can still change: lines added in a later round (an
 * add-on), a line voided, the name, note or pickup time edited. Its prices are those of the moment
 * each line was added.
 */
@Entity
@Cacheable(false) // written once, read by query: see persistence.xml
@Table(name = "kitchen_order")
@NamedQuery(
    name = KitchenOrder.LATEST,
    query = "SELECT o FROM KitchenOrder o ORDER BY o.placedAt DESC, o.id DESC")
@NamedQuery(
    name = KitchenOrder.PLACED_SINCE,
    query =
        "SELECT o FROM KitchenOrder o WHERE o.placedAt >= :since ORDER BY o.placedAt DESC, o.id DESC")
@NamedQuery(
    name = KitchenOrder.DUE_TO_FIRE,
    query =
        "SELECT o.id FROM KitchenOrder o WHERE o.status = com.angelskitchen.ordering.entity.OrderStatus.HELD"
            + " AND o.fireAt <= :now ORDER BY o.fireAt, o.id")
public class KitchenOrder {

  public static final String LATEST = "KitchenOrder.latest";
  public static final String PLACED_SINCE = "KitchenOrder.placedSince";
  public static final String DUE_TO_FIRE = "KitchenOrder.dueToFire";

  @Id
  @SequenceGenerator(
      name = "kitchen_order_seq",
      sequenceName = "kitchen_order_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_order_seq")
  private Long id;

  @Embedded private OrderNumber number;

  @Column(nullable = false, updatable = false, length = 32)
  private OrderSource source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private Fulfillment fulfillment;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrderStatus status;

  @Column(name = "customer_name", length = 80)
  private String customerName;

  @Column(length = 500)
  private String note;

  /** A guest's allergy, shown on every ticket of the order so nobody can miss it. */
  @Column(name = "allergy_alert", length = 200, updatable = false)
  private String allergyAlert;

  @Column(nullable = false, updatable = false)
  private boolean rush;

  @Column(name = "pickup_at")
  private OffsetDateTime pickupAt;

  @Column(name = "fire_at")
  private OffsetDateTime fireAt;

  /** The lines still on the order (voided ones left out) at their menu prices. */
  @Column(nullable = false, precision = 12, scale = 2)
  private Money subtotal;

  /** What was taken off the lines (discounts and comps); zero for most orders. */
  @Column(nullable = false, precision = 12, scale = 2)
  private Money discount = Money.ZERO;

  @Column(name = "tax_rate", nullable = false, updatable = false, precision = 6, scale = 4)
  private BigDecimal taxRate;

  /** True when the prices include the tax (IVA contenido), false when it was added on top. */
  @Column(name = "tax_included", nullable = false, updatable = false)
  private boolean taxIncluded;

  @Column(nullable = false, precision = 12, scale = 2)
  private Money tax;

  @Column(nullable = false, precision = 12, scale = 2)
  private Money total;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private OffsetDateTime placedAt;

  @Column(name = "fired_at")
  private OffsetDateTime firedAt;

  @Column(name = "ready_at")
  private OffsetDateTime readyAt;

  @Column(name = "completed_at")
  private OffsetDateTime completedAt;

  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Column(name = "cancel_reason", length = 200)
  private String cancelReason;

  /** What the payments so far paid off the total; the order is paid when it is the total. */
  @Column(nullable = false, precision = 12, scale = 2)
  private Money paid = Money.ZERO;

  /** What was given back of what was paid (refunds). */
  @Column(nullable = false, precision = 12, scale = 2)
  private Money refunded = Money.ZERO;

  /** The method of the payments so far (MIXED for both); null before the first. */
  @Enumerated(EnumType.STRING)
  @Column(name = "paid_by", length = 8)
  private TenderMethod paidBy;

  @Column(name = "amount_tendered", precision = 12, scale = 2)
  private Money amountTendered;

  @Column(name = "change_due", precision = 12, scale = 2)
  private Money changeDue;

  @Column(name = "paid_at")
  private OffsetDateTime paidAt;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
  @OrderBy("lineNumber")
  private List<OrderLine> lines = new ArrayList<>();

  @Version private long version;

  protected KitchenOrder() {}

  /** The order's header as taken at the counter or received from a partner. */
  public record Header(
      OrderSource source,
      Fulfillment fulfillment,
      String customerName,
      String note,
      String allergyAlert,
      boolean rush,
      OffsetDateTime pickupAt) {

    public Header {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(fulfillment, "fulfillment");
    }
  }

  /**
   * A new order with its lines, priced by the store's tax rule.
   *
   * @param fireAt when the kitchen should start on it; at or before {@code placedAt} it goes to the
   *     stations at once, later it is held until then
   */
  public KitchenOrder(
      OrderNumber number,
      Header header,
      List<OrderLine.Draft> lines,
      TaxRule taxRule,
      OffsetDateTime placedAt,
      OffsetDateTime fireAt) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an order has at least one line");
    }
    this.number = Objects.requireNonNull(number, "number");
    this.source = header.source();
    this.fulfillment = header.fulfillment();
    this.customerName = header.customerName();
    this.note = header.note();
    this.allergyAlert = header.allergyAlert();
    this.rush = header.rush();
    this.pickupAt = header.pickupAt();
    this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
    for (OrderLine.Draft draft : lines) {
      append(draft, 0);
    }
    Totals totals = Totals.of(this.lines.stream().map(OrderLine::lineTotal).toList(), taxRule);
    this.subtotal = totals.subtotal();
    this.discount = totals.discount();
    this.taxRate = totals.taxRate();
    this.taxIncluded = totals.taxIncluded();
    this.tax = totals.tax();
    this.total = totals.total();
    if (fireAt != null && fireAt.isAfter(placedAt)) {
      this.status = OrderStatus.HELD;
      this.fireAt = fireAt;
    } else {
      this.status = OrderStatus.IN_KITCHEN;
      this.fireAt = placedAt;
      this.firedAt = placedAt;
    }
  }

  /** Sends a held order to the stations. */
  public void fire(OffsetDateTime now) {
    require(OrderStatus.HELD, "fire", "order.cannot-fire");
    status = OrderStatus.IN_KITCHEN;
    firedAt = now;
  }

  /** Every station has bumped its ticket. */
  public void markReady(OffsetDateTime now) {
    require(OrderStatus.IN_KITCHEN, "mark ready", "order.cannot-mark-ready");
    status = OrderStatus.READY;
    readyAt = now;
  }

  /** A station recalled its ticket: the order is back in the kitchen. */
  public void backToKitchen() {
    if (status == OrderStatus.READY) {
      status = OrderStatus.IN_KITCHEN;
      readyAt = null;
    }
  }

  /** Handed out to the guest or the courier. */
  public void complete(OffsetDateTime now) {
    ensureNotCancelled();
    require(OrderStatus.READY, "hand out", "order.cannot-hand-out");
    status = OrderStatus.COMPLETED;
    completedAt = now;
  }

  /** Cancelled or voided: the kitchen stops, and sees why. */
  public void cancel(String reason, OffsetDateTime now) {
    ensureNotCancelled();
    if (status == OrderStatus.COMPLETED) {
      throw new OrderStateException(
          "order.already-handed-out",
          "order " + number.display() + " was already handed out",
          number.display());
    }
    Money held = paid.minus(refunded);
    if (!held.isZero()) {
      throw new OrderStateException(
          "order.cancel.paid",
          "order " + number.display() + " has " + held + " paid: refund it before cancelling it",
          number.display(),
          held.amount());
    }
    status = OrderStatus.CANCELLED;
    cancelReason = Objects.requireNonNull(reason, "reason");
    cancelledAt = now;
  }

  /**
   * Voids an order that was already handed out (a mistake found afterwards): it leaves the sales
   * and what was paid is given back (by the caller, against the payments). Refused for an order not
   * yet handed out, which is cancelled instead.
   */
  public void voidHandedOut(String reason, OffsetDateTime now) {
    require(OrderStatus.COMPLETED, "void", "order.void.not-handed-out");
    status = OrderStatus.CANCELLED;
    cancelReason = Objects.requireNonNull(reason, "reason");
    cancelledAt = now;
  }

  /**
   * The guest paid. Cash must cover the total and the change is what the till gives back; a card
   * payment is taken on the external terminal for exactly the total. An order is paid once, and a
   * cancelled order is not paid.
   */
  public Payment pay(Tender tender, OffsetDateTime now) {
    ensureNotCancelled();
    ensureNotPaid();
    Money due = due();
    Money given = tender.method() == TenderMethod.CARD ? due : tender.given();
    if (given.compareTo(due) < 0) {
      throw new PaymentRefusedException(
          "payment.not-enough-cash",
          "cash given (" + given + ") is less than the total of " + due,
          given.amount(),
          due.amount());
    }
    takePayment(tender.method(), due, given, given.minus(due), now);
    return payment().orElseThrow();
  }

  /**
   * Adds lines in a new round (an add-on): they go to the stations as their own tickets. A ready
   * order is back in the kitchen; a paid order owes what the new lines cost. Refused once the order
   * was handed out or cancelled.
   *
   * @return the new lines
   */
  public List<OrderLine> addLines(List<OrderLine.Draft> drafts) {
    ensureStillChangeable("add to");
    ensureOwnLines();
    if (drafts.isEmpty()) {
      throw new IllegalArgumentException("an add-on has at least one line");
    }
    int round = lines.stream().mapToInt(OrderLine::addOn).max().orElse(0) + 1;
    List<OrderLine> added = new ArrayList<>();
    for (OrderLine.Draft draft : drafts) {
      added.addAll(append(draft, round));
    }
    reprice(discount);
    if (paidAt != null && !paid.equals(total)) {
      paidAt = null;
    }
    backToKitchen();
    return added;
  }

  /** Adds a line, and after a bundle the flavours part of it; answers the lines added. */
  private List<OrderLine> append(OrderLine.Draft draft, int round) {
    OrderLine line = new OrderLine(this, lines.size() + 1, draft, round);
    lines.add(line);
    List<OrderLine> added = new ArrayList<>(List.of(line));
    for (OrderLine.Draft part : draft.parts()) {
      OrderLine made = new OrderLine(this, lines.size() + 1, part, round, line.lineNumber());
      lines.add(made);
      added.add(made);
    }
    return added;
  }

  /** The flavours part of a bundle line (none for any other line). */
  public List<OrderLine> partsOf(OrderLine bundle) {
    return lines.stream()
        .filter(l -> l.partOf().filter(n -> n == bundle.lineNumber()).isPresent())
        .toList();
  }

  /**
   * Voids one line: it stays on the order, struck through, and no longer counts. Only before
   * anything is paid (a paid line is refunded instead) and never the last line (the order is
   * cancelled instead).
   *
   * <p>A bundle's flavours are voided with it; a flavour alone cannot be.
   *
   * @return the voided line
   */
  public OrderLine voidLine(long lineId, String reason, OffsetDateTime now) {
    ensureStillChangeable("void a line of");
    ensureOwnLines();
    if (!paid.isZero()) {
      throw new OrderStateException(
          "order.change.paid",
          "order " + number.display() + " is paid: refund the line instead of voiding it",
          number.display());
    }
    OrderLine line =
        lines.stream()
            .filter(l -> l.id() != null && l.id() == lineId)
            .findFirst()
            .orElseThrow(
                () ->
                    new OrderStateException(
                        "order.change.no-such-line",
                        "order " + number.display() + " has no line " + lineId,
                        number.display(),
                        lineId));
    if (line.isVoided()) {
      throw new OrderStateException(
          "order.change.line-already-voided",
          "line " + line.lineNumber() + " of order " + number.display() + " is already voided",
          line.lineNumber(),
          number.display());
    }
    if (line.isPart()) {
      throw new OrderStateException(
          "order.change.part-of-bundle",
          "line "
              + line.lineNumber()
              + " of order "
              + number.display()
              + " is part of a bundle: void the bundle",
          line.lineNumber(),
          number.display());
    }
    if (liveLines().stream().filter(l -> !l.isPart()).count() == 1) {
      throw new OrderStateException(
          "order.change.last-line",
          "line "
              + line.lineNumber()
              + " is the last one of order "
              + number.display()
              + ": cancel the order instead",
          line.lineNumber(),
          number.display());
    }
    Money after = subtotal.minus(line.lineTotal());
    if (discount.compareTo(after) > 0) {
      throw new OrderStateException(
          "order.change.discount-exceeds",
          "without line "
              + line.lineNumber()
              + " order "
              + number.display()
              + " would cost less than its discount of "
              + discount,
          line.lineNumber(),
          number.display(),
          discount.amount());
    }
    line.voidFor(reason, now);
    partsOf(line).forEach(part -> part.voidFor(reason, now));
    reprice(discount);
    return line;
  }

  /**
   * Changes the name, the note and the pickup time. A held order's fire time moves with its pickup
   * time; a fired order keeps cooking.
   */
  public void changeHeader(
      String customerName, String note, OffsetDateTime pickupAt, OffsetDateTime fireAt) {
    ensureStillChangeable("change");
    this.customerName = customerName;
    this.note = note;
    this.pickupAt = pickupAt;
    if (status == OrderStatus.HELD && fireAt != null) {
      this.fireAt = fireAt;
    }
  }

  /** A held order must fire by then (an add-on with a longer prep time), not later. */
  public void fireNoLaterThan(OffsetDateTime latest) {
    if (status == OrderStatus.HELD && latest != null && latest.isBefore(fireAt)) {
      fireAt = latest;
    }
  }

  /** The lines that count: every line not voided. */
  public List<OrderLine> liveLines() {
    return lines.stream().filter(l -> !l.isVoided()).toList();
  }

  private void reprice(Money discountInAll) {
    Totals totals =
        Totals.of(liveLines().stream().map(OrderLine::lineTotal).toList(), discountInAll, rule());
    this.subtotal = totals.subtotal();
    this.discount = totals.discount();
    this.tax = totals.tax();
    this.total = totals.total();
  }

  private TaxRule rule() {
    return new TaxRule(taxRate, taxIncluded);
  }

  /**
   * Refused for a delivery partner's order: the partner took the money and refunds its guests
   * itself; the till neither charges nor refunds it, and takes no discount off it.
   */
  public void ensurePaidAtTheTill() {
    if (!OrderSource.POS.equals(source)) {
      throw new OrderStateException(
          "order.paid-by-partner",
          "order "
              + number.display()
              + " was paid on "
              + source.code()
              + ": the partner charges and refunds its guests",
          number.display(),
          source.code());
    }
  }

  /** A partner's order has the lines the guest bought there: they change on the partner's side. */
  private void ensureOwnLines() {
    if (!OrderSource.POS.equals(source)) {
      throw new OrderStateException(
          "order.change.partner-order",
          "order "
              + number.display()
              + " came from "
              + source.code()
              + ": its lines change on the partner's side",
          number.display(),
          source.code());
    }
  }

  private void ensureStillChangeable(String change) {
    ensureNotCancelled();
    if (status == OrderStatus.COMPLETED) {
      throw new OrderStateException(
          "order.change.handed-out",
          "cannot " + change + " order " + number.display() + ": it was already handed out",
          number.display());
    }
  }

  /**
   * Takes {@code discount} in all off the lines (the sum of every discount given on the order): the
   * tax and the total are worked out again by the rule the order was priced with. Refused once the
   * order is paid or cancelled.
   *
   * @throws IllegalArgumentException when the discount is more than the lines
   */
  public Totals discountBy(Money discount) {
    ensureNotCancelled();
    ensureNothingPaid();
    reprice(discount);
    return totals();
  }

  /** Refused once any payment was taken: the figures the payments were made against stay. */
  public void ensureNothingPaid() {
    ensureNotPaid();
    if (!paid.isZero()) {
      throw new OrderStateException(
          "order.partly-paid",
          "order " + number.display() + " is partly paid (" + paid + " of " + total + ")",
          number.display(),
          paid.amount(),
          total.amount());
    }
  }

  /** What is left to pay. */
  public Money due() {
    return total.minus(paid);
  }

  /** What the payments so far paid off the total. */
  public Money paid() {
    return paid;
  }

  /**
   * One payment towards the total: {@code amount} off what is due, {@code tendered} handed over (a
   * card's charge, or the cash) and {@code change} given back. When the payments reach the total
   * the order is paid, by CASH, CARD or MIXED.
   */
  public void takePayment(
      TenderMethod method, Money amount, Money tendered, Money change, OffsetDateTime now) {
    ensureNotCancelled();
    ensureNotPaid();
    if (amount.compareTo(due()) > 0) {
      throw new PaymentRefusedException(
          "payment.more-than-due",
          "a payment of " + amount + " is more than the " + due() + " due",
          amount.amount(),
          due().amount());
    }
    if (amount.isZero() && !due().isZero()) {
      throw new PaymentRefusedException("payment.nothing", "a payment pays something");
    }
    paid = paid.plus(amount);
    amountTendered = (amountTendered == null ? Money.ZERO : amountTendered).plus(tendered);
    changeDue = (changeDue == null ? Money.ZERO : changeDue).plus(change);
    paidBy = paidBy == null || paidBy == method ? method : TenderMethod.MIXED;
    if (paid.equals(total)) {
      paidAt = now;
    }
  }

  /**
   * Gives {@code amount} back of what was paid.
   *
   * @throws OrderStateException when it is more than is left to give back
   */
  public void refund(Money amount) {
    Money left = paid.minus(refunded);
    if (amount.compareTo(left) > 0) {
      throw new OrderStateException(
          "order.refund-more-than-paid",
          "order " + number.display() + " has " + left + " left to refund, not " + amount,
          number.display(),
          left.amount(),
          amount.amount());
    }
    refunded = refunded.plus(amount);
  }

  /** What was given back so far. */
  public Money refunded() {
    return refunded;
  }

  /** True once the guest paid. */
  public boolean isPaid() {
    return paidAt != null;
  }

  public void ensureNotPaid() {
    if (paidAt != null) {
      throw new OrderStateException(
          "order.already-paid", "order " + number.display() + " is already paid", number.display());
    }
  }

  /** How the order was paid, if it was. */
  public Optional<Payment> payment() {
    return paidAt == null
        ? Optional.empty()
        : Optional.of(new Payment(paidBy, amountTendered, changeDue, paidAt));
  }

  public void ensureNotCancelled() {
    if (status == OrderStatus.CANCELLED) {
      throw new OrderStateException(
          "order.cancelled",
          "order " + number.display() + " was cancelled: " + cancelReason,
          number.display(),
          cancelReason);
    }
  }

  private void require(OrderStatus expected, String change, String code) {
    ensureNotCancelled();
    if (status != expected) {
      throw new OrderStateException(
          code,
          "cannot " + change + " order " + number.display() + ": it is " + status,
          number.display(),
          status);
    }
  }

  public Long id() {
    return id;
  }

  public OrderNumber number() {
    return number;
  }

  public OrderSource source() {
    return source;
  }

  public Fulfillment fulfillment() {
    return fulfillment;
  }

  public OrderStatus status() {
    return status;
  }

  public boolean isHeld() {
    return status == OrderStatus.HELD;
  }

  public String customerName() {
    return customerName;
  }

  public String note() {
    return note;
  }

  public String allergyAlert() {
    return allergyAlert;
  }

  public boolean rush() {
    return rush;
  }

  public OffsetDateTime pickupAt() {
    return pickupAt;
  }

  public OffsetDateTime fireAt() {
    return fireAt;
  }

  public Money subtotal() {
    return subtotal;
  }

  public BigDecimal taxRate() {
    return taxRate;
  }

  /** True when the prices include the tax (the receipt's "IVA contenido"). */
  public boolean taxIncluded() {
    return taxIncluded;
  }

  /** What was taken off the lines. */
  public Money discount() {
    return discount;
  }

  /** The order's figures together. */
  public Totals totals() {
    return new Totals(subtotal, discount, taxRate, taxIncluded, tax, total);
  }

  public Money tax() {
    return tax;
  }

  public Money total() {
    return total;
  }

  public OffsetDateTime placedAt() {
    return placedAt;
  }

  public OffsetDateTime firedAt() {
    return firedAt;
  }

  public OffsetDateTime readyAt() {
    return readyAt;
  }

  public OffsetDateTime completedAt() {
    return completedAt;
  }

  public OffsetDateTime cancelledAt() {
    return cancelledAt;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }
}
