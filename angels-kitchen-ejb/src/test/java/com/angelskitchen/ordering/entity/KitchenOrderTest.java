package com.angelskitchen.ordering.entity;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static com.angelskitchen.support.KitchenFixtures.humita;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.money.Money;
import com.angelskitchen.money.TaxRule;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KitchenOrderTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T20:00:00-03:00");
  static final TaxRule ON_TOP = TaxRule.onTop("0.21");
  static final TaxRule IVA_INCLUDED = TaxRule.included("0.21");
  static final KitchenOrder.Header TAKEOUT =
      new KitchenOrder.Header(OrderSource.POS, Fulfillment.TAKEOUT, "Ana", null, null, false, null);

  static OrderLine.Draft draft(MenuItem item, int quantity, List<LineModifier> modifiers) {
    return new OrderLine.Draft(
        item,
        item.name(),
        item.kitchenName(),
        quantity,
        item.price(),
        modifiers,
        null,
        Set.of(),
        false);
  }

  static KitchenOrder order(OffsetDateTime fireAt, OrderLine.Draft... lines) {
    return order(ON_TOP, fireAt, lines);
  }

  static KitchenOrder order(TaxRule rule, OffsetDateTime fireAt, OrderLine.Draft... lines) {
    return new KitchenOrder(
        new OrderNumber(LocalDate.of(2026, 11, 27), 12),
        TAKEOUT,
        List.of(lines),
        rule,
        NOW,
        fireAt);
  }

  @Test
  void pricesLinesWithExtrasThenTaxesTheSubtotalOnce() {
    KitchenOrder cut =
        order(
            null,
            draft(
                carne(),
                2,
                List.of(
                    LineModifier.added("extra-queso", "Extra queso", Money.of("350.00")),
                    LineModifier.removed("cebolla", "Cebolla"))),
            draft(humita(), 1, List.of()));

    assertThat(cut.lines())
        .extracting(OrderLine::lineTotal)
        .containsExactly(Money.of("4300.00"), Money.of("1900.00"));
    assertThat(cut.subtotal()).isEqualTo(Money.of("6200.00"));
    assertThat(cut.tax()).isEqualTo(Money.of("1302.00"));
    assertThat(cut.total()).isEqualTo(Money.of("7502.00"));
    assertThat(cut.taxRate()).isEqualByComparingTo("0.21");
    assertThat(cut.taxIncluded()).isFalse();
  }

  @Test
  void withPricesIncludingVatTheGuestPaysTheMenuPricesAndTheVatIsContained() {
    KitchenOrder cut =
        order(
            IVA_INCLUDED,
            null,
            draft(
                carne(),
                2,
                List.of(LineModifier.added("extra-queso", "Extra queso", Money.of("350.00")))),
            draft(humita(), 1, List.of()));

    // 2 × (1800 + 350) + 1900 = 6200; IVA contenido 6200 × 0.21 / 1.21 = 1076.0330… → 1076.03
    assertThat(cut.subtotal()).isEqualTo(Money.of("6200.00"));
    assertThat(cut.total()).isEqualTo(Money.of("6200.00"));
    assertThat(cut.tax()).isEqualTo(Money.of("1076.03"));
    assertThat(cut.totals().net()).isEqualTo(Money.of("5123.97"));
    assertThat(cut.taxIncluded()).isTrue();
    assertThat(cut.totals().rule()).isEqualTo(IVA_INCLUDED);
  }

  @Test
  void aDiscountLowersTheTotalByTheOrdersOwnRuleUntilItIsPaid() {
    KitchenOrder cut = order(IVA_INCLUDED, null, draft(carne(), 3, List.of()));

    cut.discountBy(Money.of("540.00"));

    assertThat(cut.discount()).isEqualTo(Money.of("540.00"));
    assertThat(cut.total()).isEqualTo(Money.of("4860.00"));
    assertThat(cut.tax()).as("4860 × 0.21 / 1.21 = 843.47").isEqualTo(Money.of("843.47"));
    assertThat(cut.subtotal()).isEqualTo(Money.of("5400.00"));

    cut.pay(Tender.card(), NOW);
    assertThatThrownBy(() -> cut.discountBy(Money.of("600.00")))
        .isInstanceOf(OrderStateException.class)
        .hasMessageContaining("already paid");
    assertThat(cut.total()).isEqualTo(Money.of("4860.00"));
  }

  @Test
  void taxIsRoundedHalfUpOnTheWholeOrder() {
    Totals totals = Totals.of(List.of(Money.of("0.05"), Money.of("0.05")), TaxRule.onTop("0.25"));
    assertThat(totals.tax()).as("0.10 × 0.25 = 0.025 → 0.03").isEqualTo(Money.of("0.03"));
    assertThat(totals.total()).isEqualTo(Money.of("0.13"));
  }

  @Test
  void anOrderForNowGoesStraightToTheKitchen() {
    KitchenOrder cut = order(null, draft(carne(), 1, List.of()));

    assertThat(cut.status()).isEqualTo(OrderStatus.IN_KITCHEN);
    assertThat(cut.firedAt()).isEqualTo(NOW);
    assertThat(cut.fireAt()).isEqualTo(NOW);
  }

  @Test
  void anOrderForLaterIsHeldUntilItsFireTime() {
    OffsetDateTime later = NOW.plusMinutes(40);
    KitchenOrder cut = order(later, draft(carne(), 1, List.of()));

    assertThat(cut.status()).isEqualTo(OrderStatus.HELD);
    assertThat(cut.fireAt()).isEqualTo(later);
    assertThat(cut.firedAt()).isNull();

    cut.fire(later);
    assertThat(cut.status()).isEqualTo(OrderStatus.IN_KITCHEN);
    assertThat(cut.firedAt()).isEqualTo(later);
    assertThatThrownBy(() -> cut.fire(later)).isInstanceOf(OrderStateException.class);
  }

  @Test
  void goesReadyThenCompletedAndARecallTakesItBack() {
    KitchenOrder cut = order(null, draft(carne(), 1, List.of()));
    assertThatThrownBy(() -> cut.complete(NOW))
        .isInstanceOf(OrderStateException.class)
        .hasMessage("cannot hand out order 012: it is IN_KITCHEN");

    cut.markReady(NOW.plusMinutes(9));
    assertThat(cut.status()).isEqualTo(OrderStatus.READY);
    cut.backToKitchen();
    assertThat(cut.status()).isEqualTo(OrderStatus.IN_KITCHEN);
    assertThat(cut.readyAt()).isNull();

    cut.markReady(NOW.plusMinutes(10));
    cut.complete(NOW.plusMinutes(11));
    assertThat(cut.status()).isEqualTo(OrderStatus.COMPLETED);
    assertThat(cut.completedAt()).isEqualTo(NOW.plusMinutes(11));
    assertThatThrownBy(() -> cut.cancel("guest left", NOW.plusMinutes(12)))
        .isInstanceOf(OrderStateException.class)
        .hasMessage("order 012 was already handed out");
  }

  @Test
  void aCancelledOrderRefusesEveryChangeAndSaysWhy() {
    KitchenOrder cut = order(null, draft(carne(), 1, List.of()));
    cut.cancel("guest changed their mind", NOW.plusMinutes(1));

    assertThat(cut.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cut.cancelledAt()).isEqualTo(NOW.plusMinutes(1));
    assertThatThrownBy(() -> cut.markReady(NOW))
        .isInstanceOf(OrderStateException.class)
        .hasMessage("order 012 was cancelled: guest changed their mind");
    assertThatThrownBy(cut::ensureNotCancelled).isInstanceOf(OrderStateException.class);
    assertThatThrownBy(() -> cut.cancel("again", NOW)).isInstanceOf(OrderStateException.class);
  }

  @Test
  void anAddOnIsItsOwnRoundRepricesTheOrderAndAPaidOrderOwesIt() {
    KitchenOrder cut = order(null, draft(carne(), 1, List.of()));
    cut.takePayment(TenderMethod.CARD, cut.total(), cut.total(), Money.ZERO, NOW);
    assertThat(cut.isPaid()).isTrue();

    List<OrderLine> added = cut.addLines(List.of(draft(humita(), 2, List.of())));

    assertThat(added).extracting(OrderLine::addOn).containsExactly(1);
    assertThat(added).extracting(OrderLine::lineNumber).containsExactly(2);
    // 1800 + 2 × 1900 = 5600, + 21 % = 6776.00; 2178.00 was paid
    assertThat(cut.total()).isEqualTo(Money.of("6776.00"));
    assertThat(cut.isPaid()).isFalse();
    assertThat(cut.due()).isEqualTo(Money.of("4598.00"));
    assertThat(cut.addLines(List.of(draft(carne(), 1, List.of()))))
        .extracting(OrderLine::addOn)
        .containsExactly(2);
  }

  @Test
  void aVoidedLineStaysOnTheOrderButNoLongerCountsAndOnlyBeforePayment() {
    KitchenOrder cut = order(null, draft(carne(), 1, List.of()), draft(humita(), 1, List.of()));
    com.angelskitchen.support.Ids.assign(cut.lines().get(0), 10);
    com.angelskitchen.support.Ids.assign(cut.lines().get(1), 11);

    cut.voidLine(11, "guest changed", NOW);

    assertThat(cut.lines()).hasSize(2);
    assertThat(cut.liveLines()).extracting(OrderLine::id).containsExactly(10L);
    assertThat(cut.subtotal()).isEqualTo(Money.of("1800.00"));
    assertThat(cut.total()).isEqualTo(Money.of("2178.00"));
    assertThatThrownBy(() -> cut.voidLine(11, "again", NOW)).hasMessageContaining("already voided");
    assertThatThrownBy(() -> cut.voidLine(10, "last", NOW))
        .hasMessageContaining("cancel the order instead");
    cut.addLines(List.of(draft(humita(), 1, List.of())));
    cut.takePayment(TenderMethod.CASH, Money.of("100.00"), Money.of("100.00"), Money.ZERO, NOW);
    assertThatThrownBy(() -> cut.voidLine(10, "paid", NOW))
        .isInstanceOf(OrderStateException.class)
        .hasMessageContaining("refund the line");
  }

  @Test
  void aPartnersOrderKeepsItsLinesAndIsNotPaidAtTheTill() {
    KitchenOrder cut =
        new KitchenOrder(
            new OrderNumber(LocalDate.of(2026, 11, 27), 13),
            new KitchenOrder.Header(
                OrderSource.DOORDASH, Fulfillment.DELIVERY, "Bea", null, null, false, null),
            List.of(draft(carne(), 1, List.of())),
            ON_TOP,
            NOW,
            null);

    assertThatThrownBy(() -> cut.addLines(List.of(draft(humita(), 1, List.of()))))
        .hasMessageContaining("change on the partner's side");
    assertThatThrownBy(cut::ensurePaidAtTheTill).hasMessageContaining("was paid on DOORDASH");
  }

  @Test
  void onlyAnOrderHandedOutIsVoidedAndThenItIsCancelled() {
    KitchenOrder cut = order(null, draft(carne(), 1, List.of()));
    assertThatThrownBy(() -> cut.voidHandedOut("wrong", NOW))
        .hasMessageContaining("it is IN_KITCHEN");
    cut.markReady(NOW);
    cut.complete(NOW);
    assertThatThrownBy(() -> cut.addLines(List.of(draft(humita(), 1, List.of()))))
        .hasMessageContaining("already handed out");

    cut.voidHandedOut("wrong order", NOW);

    assertThat(cut.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cut.cancelReason()).isEqualTo("wrong order");
  }

  @Test
  void anOrderHoldingMoneyIsRefundedBeforeItIsCancelled() {
    KitchenOrder cut = order(null, draft(carne(), 1, List.of()));
    cut.takePayment(TenderMethod.CASH, Money.of("1000.00"), Money.of("1000.00"), Money.ZERO, NOW);

    assertThatThrownBy(() -> cut.cancel("left", NOW)).hasMessageContaining("refund it before");
    cut.refund(Money.of("1000.00"));
    cut.cancel("left", NOW);
    assertThat(cut.status()).isEqualTo(OrderStatus.CANCELLED);
  }
}
