package com.angelskitchen.partners.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.platform.Phrase;
import com.angelskitchen.support.Ids;
import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class PartnerEventTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-28T21:05:00-03:00");

  PartnerEvent cut = received();

  /** An event as the inbox's insert leaves it: RECEIVED, with the id the database gave it. */
  static PartnerEvent received() {
    PartnerEvent event = Ids.assign(new PartnerEvent(), 5);
    try {
      Field status = PartnerEvent.class.getDeclaredField("status");
      status.setAccessible(true);
      status.set(event, PartnerEventStatus.RECEIVED);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return event;
  }

  @Test
  void aReceivedEventIsPlacedOnceAndARedeliveryCannotHandleItAgain() {
    assertThat(cut.isHandled()).isFalse();

    cut.placed(42, Phrase.plain("placed as order 012"), NOW);

    assertThat(cut.isHandled()).isTrue();
    assertThat(cut.status()).isEqualTo(PartnerEventStatus.PLACED);
    assertThat(cut.orderId()).isEqualTo(42L);
    assertThat(cut.outcome().english()).isEqualTo("placed as order 012");
    assertThat(cut.handledAt()).isEqualTo(NOW);
    assertThatThrownBy(
            () -> cut.denied(Phrase.plain("denied: 86'd: Empanada de carne"), NOW.plusMinutes(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("partner event 5 was already handled: PLACED");
    assertThat(cut.status()).isEqualTo(PartnerEventStatus.PLACED);
    assertThat(cut.handledAt()).isEqualTo(NOW);
  }

  @Test
  void deniedIgnoredAndCancelledEachEndTheEventOnce() {
    PartnerEvent denied = received();
    denied.denied(Phrase.plain("denied: the store is paused"), NOW);
    PartnerEvent ignored = received();
    ignored.ignored(Phrase.plain("order already placed as kitchen order 42"), NOW);
    PartnerEvent cancelled = received();
    cancelled.cancelled(42, Phrase.plain("cancelled order 012"), NOW);

    assertThat(denied.status()).isEqualTo(PartnerEventStatus.DENIED);
    assertThat(denied.orderId()).isNull();
    assertThat(ignored.status()).isEqualTo(PartnerEventStatus.IGNORED);
    assertThat(cancelled.status()).isEqualTo(PartnerEventStatus.CANCELLED);
    assertThat(cancelled.orderId()).isEqualTo(42L);
    assertThatThrownBy(() -> denied.ignored(Phrase.plain("again"), NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ignored.placed(43, Phrase.plain("again"), NOW))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> cancelled.cancelled(42, Phrase.plain("again"), NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aLongOutcomeIsClippedInEnglishAndKeepsItsCodeAndValues() {
    cut.denied(
        Phrase.of("outcome.denied-86", "denied: 86'd: {0}", "Empanada de carne, ".repeat(40)), NOW);

    assertThat(cut.outcome().english())
        .hasSize(500)
        .startsWith("denied: 86'd: Empanada")
        .endsWith("…");
    assertThat(cut.outcome().code()).isEqualTo("outcome.denied-86");
    assertThat(cut.outcome().arguments()).containsExactly("Empanada de carne, ".repeat(40));
  }

  @Test
  void aReceivedEventHasNoOutcome() {
    assertThat(cut.outcome()).isNull();
  }

  @Test
  void failedAttemptsAreCountedWithTheLastErrorClippedAndLeaveTheEventReceived() {
    cut.failed("connection refused");
    cut.failed("java.lang.IllegalStateException: " + "at PartnerIntake.place\n".repeat(200));

    assertThat(cut.failures()).isEqualTo(2);
    assertThat(cut.lastError())
        .hasSize(2000)
        .startsWith("java.lang.IllegalStateException")
        .endsWith("…");
    assertThat(cut.status()).isEqualTo(PartnerEventStatus.RECEIVED);
    assertThat(cut.isHandled()).isFalse();
  }

  @Test
  void aWaitingOrderIsDecidedOnceAndARedeliveryLeavesItWaiting() {
    cut.awaitAcceptance("{\"partnerOrderId\":\"dd-1\"}", "DOORDASH", NOW);

    assertThat(cut.isHandled()).as("a redelivered message changes nothing").isTrue();
    assertThat(cut.isWaiting()).isTrue();
    assertThat(cut.waitingOrder()).contains("dd-1");
    assertThat(cut.waitingSource()).isEqualTo("DOORDASH");
    assertThatThrownBy(() -> cut.awaitAcceptance("{}", "DOORDASH", NOW))
        .isInstanceOf(IllegalStateException.class);

    cut.placed(43, Phrase.plain("placed as order 013"), NOW.plusMinutes(2));

    assertThat(cut.status()).isEqualTo(PartnerEventStatus.PLACED);
    assertThat(cut.isWaiting()).isFalse();
    assertThatThrownBy(
            () -> cut.denied(Phrase.plain("denied: not accepted in time"), NOW.plusMinutes(8)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOrderCancelledBeforeItArrivedEndsCancelledWithoutAKitchenOrder() {
    cut.cancelledBeforeArrival(
        Phrase.plain("not cooked: cancelled by the partner before the order arrived"), NOW);

    assertThat(cut.isHandled()).isTrue();
    assertThat(cut.status()).isEqualTo(PartnerEventStatus.CANCELLED);
    assertThat(cut.orderId()).isNull();
    assertThatThrownBy(() -> cut.placed(42, Phrase.plain("placed as order 012"), NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOrderWaitingForAManagerCanStillBeCancelledByThePartner() {
    cut.awaitAcceptance("{}", "DOORDASH", NOW);

    cut.cancelledBeforeArrival(
        Phrase.plain("not cooked: cancelled while waiting for a manager"), NOW);

    assertThat(cut.status()).isEqualTo(PartnerEventStatus.CANCELLED);
    assertThat(cut.isWaiting()).isFalse();
  }
}
