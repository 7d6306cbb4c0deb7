package com.angelskitchen.checkout.boundary;

import com.angelskitchen.checkout.entity.DrawerMovement;
import com.angelskitchen.checkout.entity.DrawerSession;
import com.angelskitchen.checkout.entity.MoneyAction;
import com.angelskitchen.checkout.entity.MoneyAudit;
import com.angelskitchen.money.Money;
import com.angelskitchen.ordering.entity.OrderStateException;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.config.KitchenSettings;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cash drawer sessions: a cashier opens one on a drawer with a float; the cash of their payments
 * (amount and tip: what stays in the drawer once the change is given) goes in, cash refunds come
 * out, paid-ins and paid-outs are recorded with their reasons; closing it keeps the counted amount
 * beside the expected one. One open session per drawer and per cashier.
 */
@Stateless
public class CashDrawers {

  private static final Pattern DRAWER = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject KitchenSettings settings;

  /** A session with what went through it so far. */
  public record DrawerView(
      DrawerSession session,
      Money cashTaken,
      Money cashRefunded,
      Money paidIn,
      Money paidOut,
      List<DrawerMovement> movements) {

    /**
     * What should be in the drawer now: the float, plus what came in, less what went out (never
     * below nothing: paid-outs are refused beyond what is there).
     */
    public Money expected() {
      BigDecimal cash =
          session
              .openingFloat()
              .amount()
              .add(cashTaken.amount())
              .add(paidIn.amount())
              .subtract(paidOut.amount())
              .subtract(cashRefunded.amount());
      return new Money(cash.max(BigDecimal.ZERO));
    }

    /** Counted less expected, once closed: positive when over, negative when short. */
    public BigDecimal difference() {
      return session.counted() == null
          ? null
          : session.counted().amount().subtract(session.expected().amount());
    }
  }

  /**
   * Opens a session on a drawer with a float; blind when the store counts blind ({@code
   * ak.drawer-blind-close}).
   */
  public DrawerView open(String drawer, Money openingFloat, String cashier) {
    boolean blind = settings.drawerBlindClose();
    if (drawer == null || !DRAWER.matcher(drawer).matches()) {
      throw new InvalidRequestException(
          "checkout.drawer-name", "a drawer's name is lower-case letters, digits and dashes");
    }
    // Two cashiers opening the same drawer at once take turns here, so the second is told why.
    // And one cashier opening two drawers at once, here too.
    for (String key : List.of("drawer:" + drawer, "drawer-cashier:" + cashier)) {
      em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
          .setParameter(1, key)
          .getSingleResult();
    }
    if (openOf(cashier).isPresent()) {
      throw new OrderStateException(
          "checkout.drawer-open-already", "you have a drawer open already: close it first");
    }
    List<DrawerSession> taken =
        em.createNamedQuery(DrawerSession.OPEN_ON, DrawerSession.class)
            .setParameter("drawer", drawer)
            .getResultList();
    if (!taken.isEmpty()) {
      throw new OrderStateException(
          "checkout.drawer-in-use",
          "drawer " + drawer + " is open by " + taken.get(0).openedBy(),
          drawer,
          taken.get(0).openedBy());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    DrawerSession session = new DrawerSession(drawer, cashier, openingFloat, blind, now);
    em.persist(session);
    em.flush();
    audit(MoneyAction.DRAWER_OPEN, openingFloat, cashier, "drawer " + drawer + ", float", now);
    return view(session);
  }

  /** Cash put in (PAID_IN) or taken out (PAID_OUT) of the cashier's open drawer, and why. */
  public DrawerView move(DrawerMovement.Kind kind, Money amount, String reason, String cashier) {
    DrawerSession session = lockedOpenOf(cashier);
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > 200) {
      throw new InvalidRequestException("checkout.drawer-reason", "say why (up to 200 characters)");
    }
    if (amount.isZero()) {
      throw new InvalidRequestException("checkout.drawer-amount", "an amount above 0");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (kind == DrawerMovement.Kind.PAID_OUT && amount.compareTo(view(session).expected()) > 0) {
      throw new InvalidRequestException(
          "checkout.drawer-not-enough", "there is not that much cash in the drawer");
    }
    em.persist(new DrawerMovement(session.id(), kind, amount, why, cashier, now));
    audit(
        kind == DrawerMovement.Kind.PAID_IN ? MoneyAction.PAID_IN : MoneyAction.PAID_OUT,
        amount,
        cashier,
        "drawer " + session.drawer() + ": " + why,
        now);
    em.flush();
    return view(session);
  }

  /** Closes the cashier's open drawer with what they counted. */
  public DrawerView close(Money counted, String cashier) {
    DrawerSession session = lockedOpenOf(cashier);
    DrawerView before = view(session);
    OffsetDateTime now = OffsetDateTime.now(clock);
    session.close(cashier, counted, before.expected(), now);
    BigDecimal difference = counted.amount().subtract(before.expected().amount());
    audit(
        MoneyAction.DRAWER_CLOSE,
        counted,
        cashier,
        "drawer "
            + session.drawer()
            + ": expected "
            + before.expected()
            + ", counted "
            + counted
            + ", difference "
            + difference.toPlainString(),
        now);
    return view(session);
  }

  /** The cashier's open session, with what went through it. */
  public Optional<DrawerView> current(String cashier) {
    return openOf(cashier).map(this::view);
  }

  /**
   * The id of the cashier's open session, for the cash they take or give back; null for none. The
   * session's row is locked until the caller commits, so a close waits for the cash to be in.
   */
  public Long openSessionOf(String cashier) {
    return openOf(cashier)
        .map(
            session -> {
              em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
              return session.isOpen() ? session.id() : null;
            })
        .orElse(null);
  }

  /** The sessions open now or closed since then, newest first. */
  public List<DrawerView> since(OffsetDateTime since) {
    return em
        .createNamedQuery(DrawerSession.SINCE, DrawerSession.class)
        .setParameter("since", since)
        .getResultList()
        .stream()
        .map(this::view)
        .toList();
  }

  private Optional<DrawerSession> openOf(String cashier) {
    return em.createNamedQuery(DrawerSession.OPEN_OF, DrawerSession.class)
        .setParameter("cashier", cashier)
        .getResultStream()
        .findFirst();
  }

  private DrawerSession lockedOpenOf(String cashier) {
    DrawerSession session =
        openOf(cashier)
            .orElseThrow(
                () ->
                    new OrderStateException("checkout.no-open-drawer", "open a cash drawer first"));
    // Read again under the lock: a close that went first leaves nothing open to change.
    em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
    if (!session.isOpen()) {
      throw new OrderStateException("checkout.no-open-drawer", "open a cash drawer first");
    }
    return session;
  }

  private DrawerView view(DrawerSession session) {
    long id = session.id();
    Money taken =
        sum(
            "SELECT COALESCE(SUM(p.amount + p.tip), 0) FROM order_payment p"
                + " WHERE p.drawer_session_id = ?1 AND p.method = 'CASH'",
            id);
    Money refunded =
        sum(
            "SELECT COALESCE(SUM(r.amount), 0) FROM order_refund r"
                + " WHERE r.drawer_session_id = ?1 AND r.method = 'CASH'",
            id);
    List<DrawerMovement> movements =
        em.createNamedQuery(DrawerMovement.OF_SESSION, DrawerMovement.class)
            .setParameter("sessionId", id)
            .getResultList();
    Money in =
        movements.stream()
            .filter(m -> m.kind() == DrawerMovement.Kind.PAID_IN)
            .map(DrawerMovement::amount)
            .reduce(Money.ZERO, Money::plus);
    Money out =
        movements.stream()
            .filter(m -> m.kind() == DrawerMovement.Kind.PAID_OUT)
            .map(DrawerMovement::amount)
            .reduce(Money.ZERO, Money::plus);
    return new DrawerView(session, taken, refunded, in, out, movements);
  }

  private Money sum(String sql, long sessionId) {
    Object total = em.createNativeQuery(sql).setParameter(1, sessionId).getSingleResult();
    return new Money(new BigDecimal(total.toString()).setScale(2));
  }

  private void audit(
      MoneyAction action, Money amount, String cashier, String detail, OffsetDateTime at) {
    em.persist(new MoneyAudit(at, action, null, amount, cashier, null, detail));
  }
}
