package com.angelskitchen.ordering.entity;

import static com.angelskitchen.support.KitchenFixtures.carne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.money.Money;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Paying at the counter: cash covers the total and gets change back; a card pays the total. */
class PaymentTest {

  static final OffsetDateTime PAID = KitchenOrderTest.NOW.plusMinutes(1);

  /** One empanada de carne: 1800.00 + 21 % = 2178.00. */
  KitchenOrder cut = KitchenOrderTest.order(null, KitchenOrderTest.draft(carne(), 1, List.of()));

  @Test
  void cashGetsTheDifferenceBackAsChange() {
    Payment payment = cut.pay(Tender.cash(Money.of("5000.00")), PAID);

    assertThat(cut.total()).isEqualTo(Money.of("2178.00"));
    assertThat(payment.method()).isEqualTo(TenderMethod.CASH);
    assertThat(payment.tendered()).isEqualTo(Money.of("5000.00"));
    assertThat(payment.change()).isEqualTo(Money.of("2822.00"));
    assertThat(payment.paidAt()).isEqualTo(PAID);
    assertThat(cut.payment()).contains(payment);
  }

  @Test
  void exactCashGivesNoChange() {
    assertThat(cut.pay(Tender.cash(Money.of("2178.00")), PAID).change()).isEqualTo(Money.ZERO);
  }

  @Test
  void cashShortOfTheTotalIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> cut.pay(Tender.cash(Money.of("2177.99")), PAID))
        .isInstanceOf(PaymentRefusedException.class)
        .hasMessageContaining("less than the total of 2178.00");
    assertThat(cut.payment()).isEmpty();
  }

  @Test
  void aCardPaysExactlyTheTotal() {
    Payment payment = cut.pay(Tender.card(), PAID);

    assertThat(payment.method()).isEqualTo(TenderMethod.CARD);
    assertThat(payment.tendered()).isEqualTo(cut.total());
    assertThat(payment.change()).isEqualTo(Money.ZERO);
  }

  @Test
  void anOrderIsPaidOnce() {
    cut.pay(Tender.card(), PAID);

    assertThatThrownBy(() -> cut.pay(Tender.cash(Money.of("9000.00")), PAID))
        .isInstanceOf(OrderStateException.class)
        .hasMessageContaining("already paid");
    assertThat(cut.payment().orElseThrow().method()).isEqualTo(TenderMethod.CARD);
  }

  @Test
  void aCancelledOrderIsNotPaid() {
    cut.cancel("guest left", PAID);

    assertThatThrownBy(() -> cut.pay(Tender.card(), PAID))
        .isInstanceOf(OrderStateException.class)
        .hasMessageContaining("cancelled");
  }
}
