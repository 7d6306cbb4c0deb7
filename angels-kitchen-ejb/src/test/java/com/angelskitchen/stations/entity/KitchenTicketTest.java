package com.angelskitchen.stations.entity;

import static com.angelskitchen.support.KitchenFixtures.FRITURA;
import static com.angelskitchen.support.KitchenFixtures.HORNO_STATION;
import static com.angelskitchen.support.KitchenFixtures.carne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.menu.entity.MenuItem;
import com.angelskitchen.money.TaxRule;
import com.angelskitchen.ordering.entity.Fulfillment;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.entity.OrderNumber;
import com.angelskitchen.ordering.entity.OrderSource;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.support.Ids;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KitchenTicketTest {

  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T20:00:00-03:00");
  static final Duration RECALL_WINDOW = Duration.ofMinutes(10);

  static KitchenTicket ticket(OffsetDateTime fireAt) {
    MenuItem carne = carne();
    OrderLine.Draft draft =
        new OrderLine.Draft(
            carne, carne.name(), "CARNE", 2, carne.price(), List.of(), null, Set.of(), false);
    KitchenOrder order =
        new KitchenOrder(
            new OrderNumber(LocalDate.of(2026, 11, 27), 3),
            new KitchenOrder.Header(
                OrderSource.POS, Fulfillment.TAKEOUT, null, null, null, false, null),
            List.of(draft, draft),
            TaxRule.onTop("0"),
            NOW,
            fireAt);
    KitchenTicket ticket = Ids.assign(new KitchenTicket(order, FRITURA, order.lines()), 7);
    Ids.assign(ticket.lines().get(0), 71);
    Ids.assign(ticket.lines().get(1), 72);
    return ticket;
  }

  /** A ticket whose order and order lines have ids too, for its view. */
  static KitchenTicket viewableTicket() {
    KitchenTicket ticket = ticket(null);
    Ids.assign(ticket.order(), 5);
    Ids.assign(ticket.order().lines().get(0), 1);
    Ids.assign(ticket.order().lines().get(1), 2);
    return ticket;
  }

  @Test
  void aTicketOfAnOrderForNowIsOpenAtOnce() {
    KitchenTicket cut = ticket(null);
    assertThat(cut.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(cut.firedAt()).isEqualTo(NOW);
  }

  @Test
  void aHeldTicketCannotBeBumpedUntilItFires() {
    KitchenTicket cut = ticket(NOW.plusMinutes(30));
    assertThat(cut.status()).isEqualTo(TicketStatus.HELD);
    assertThatThrownBy(() -> cut.bump(NOW))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("cannot bump ticket 7 at fritura: it is held until its fire time");

    cut.fire(NOW.plusMinutes(30));
    assertThat(cut.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(cut.firedAt()).isEqualTo(NOW.plusMinutes(30));
  }

  @Test
  void bumpingEveryLineBumpsTheTicket() {
    KitchenTicket cut = ticket(null);

    assertThat(cut.bumpLine(71, NOW.plusMinutes(4))).isFalse();
    assertThat(cut.status()).isEqualTo(TicketStatus.OPEN);
    assertThatThrownBy(() -> cut.bumpLine(71, NOW))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("line 71 of ticket 7 is already bumped");

    assertThat(cut.bumpLine(72, NOW.plusMinutes(6))).isTrue();
    assertThat(cut.status()).isEqualTo(TicketStatus.BUMPED);
    assertThat(cut.bumpedAt()).isEqualTo(NOW.plusMinutes(6));
  }

  @Test
  void aTicketIsBumpedOnce() {
    KitchenTicket cut = ticket(null);
    cut.bump(NOW.plusMinutes(8));

    assertThat(cut.lines()).allMatch(TicketLine::isBumped);
    assertThatThrownBy(() -> cut.bump(NOW.plusMinutes(8)))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("cannot bump ticket 7 at fritura: it is already bumped");
  }

  @Test
  void aRecallBringsTheWholeTicketBackWithinTheWindow() {
    KitchenTicket cut = ticket(null);
    cut.bump(NOW);

    cut.recall(NOW.plus(RECALL_WINDOW), RECALL_WINDOW);

    assertThat(cut.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(cut.bumpedAt()).isNull();
    assertThat(cut.lines()).noneMatch(TicketLine::isBumped);
    assertThatThrownBy(() -> cut.recall(NOW, RECALL_WINDOW))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("cannot recall ticket 7 at fritura: it is open");
  }

  @Test
  void aRecallAfterTheWindowIsRefused() {
    KitchenTicket cut = ticket(null);
    cut.bump(NOW);

    assertThatThrownBy(() -> cut.recall(NOW.plus(RECALL_WINDOW).plusSeconds(1), RECALL_WINDOW))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("ticket 7 was bumped more than 10 minutes ago and can no longer be recalled");
  }

  @Test
  void aCancelledTicketCannotBeBumped() {
    KitchenTicket cut = ticket(null);
    cut.cancel();
    assertThatThrownBy(() -> cut.bump(NOW))
        .isInstanceOf(TicketConflictException.class)
        .hasMessageEndingWith("it is cancelled");
  }

  @Test
  void aVoidedLineIsStruckThroughAndTheTicketIsDoneWhenNothingElseIsLeftToMake() {
    KitchenTicket cut = ticket(null);
    KitchenOrder order = Ids.assign(cut.order(), 5);
    Ids.assign(order.lines().get(0), 1);
    Ids.assign(order.lines().get(1), 2);
    cut.bumpLine(71, NOW.plusMinutes(3));

    order.voidLine(2, "guest changed", NOW.plusMinutes(4));
    assertThat(cut.lineVoided(2, NOW.plusMinutes(4))).isTrue();

    assertThat(cut.view().lines()).extracting(l -> l.voided()).containsExactly(false, true);
    assertThat(cut.status()).as("the only other line was bumped").isEqualTo(TicketStatus.BUMPED);
    assertThat(cut.isDone()).isTrue();
    assertThat(cut.lineVoided(99, NOW)).as("not a line of this ticket").isFalse();
  }

  @Test
  void aVoidedLineCannotBeBumpedAndATicketOfVoidedLinesIsTakenBack() {
    KitchenTicket cut = ticket(null);
    KitchenOrder order = Ids.assign(cut.order(), 5);
    Ids.assign(order.lines().get(0), 1);
    Ids.assign(order.lines().get(1), 2);
    order.voidLine(1, "no", NOW);
    cut.lineVoided(1, NOW);

    assertThatThrownBy(() -> cut.bumpLine(71, NOW))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("line 71 of ticket 7 was voided");
    assertThat(cut.status()).isEqualTo(TicketStatus.OPEN);
    cut.bump(NOW.plusMinutes(2));
    assertThat(cut.view().lines()).extracting(l -> l.bumped()).containsExactly(false, true);
  }

  @Test
  void aMovedTicketKeepsItsIdItsLinesAndWhatWasBumped() {
    KitchenTicket cut = viewableTicket();
    cut.bumpLine(71, NOW.plusMinutes(2));

    assertThat(cut.moveTo(HORNO_STATION)).isSameAs(FRITURA);

    assertThat(cut.station()).isSameAs(HORNO_STATION);
    assertThat(cut.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(cut.firedAt()).as("its time keeps running").isEqualTo(NOW);
    assertThat(cut.view().ticketId()).isEqualTo(7);
    assertThat(cut.view().station()).isEqualTo("horno");
    assertThat(cut.view().lines())
        .extracting(l -> l.ticketLineId(), l -> l.bumped())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(71L, true),
            org.assertj.core.groups.Tuple.tuple(72L, false));
    assertThat(cut.bumpLine(72, NOW.plusMinutes(5))).as("made at the oven now").isTrue();
  }

  @Test
  void onlyAnOpenTicketMovesAndNeverToWhereItIs() {
    KitchenTicket cut = ticket(null);
    assertThatThrownBy(() -> cut.moveTo(FRITURA))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("ticket 7 is already at fritura");

    cut.bump(NOW);
    assertThatThrownBy(() -> cut.moveTo(HORNO_STATION))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("cannot move ticket 7 at fritura: it is already bumped");
    assertThat(cut.station()).isSameAs(FRITURA);

    KitchenTicket held = ticket(NOW.plusMinutes(30));
    assertThatThrownBy(() -> held.moveTo(HORNO_STATION))
        .isInstanceOf(TicketConflictException.class)
        .hasMessage("cannot move ticket 7 at fritura: it is held until its fire time");

    KitchenTicket cancelled = ticket(null);
    cancelled.cancel();
    assertThatThrownBy(() -> cancelled.moveTo(HORNO_STATION))
        .isInstanceOf(TicketConflictException.class)
        .hasMessageEndingWith("it is cancelled");
  }

  @Test
  void aLineKeepsTheItemsPrepTimeFromWhenTheTicketWasMade() {
    KitchenTicket cut = viewableTicket();
    MenuItem carne = cut.order().lines().get(0).item();

    carne.describe(
        new MenuItem.Details(
            carne.name(),
            carne.kitchenName(),
            carne.price(),
            carne.category(),
            15,
            carne.sortOrder(),
            carne.recipe(),
            carne.extras()));

    assertThat(cut.view().lines())
        .as("the target the ticket was made with, not the menu's new one")
        .extracting(l -> l.prepMinutes())
        .containsExactly(8, 8);
  }
}
