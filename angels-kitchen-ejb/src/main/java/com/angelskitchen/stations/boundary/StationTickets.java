package com.angelskitchen.stations.boundary;

import com.angelskitchen.kitchenlog.control.KitchenLog;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.stations.entity.KitchenTicket;
import com.angelskitchen.stations.entity.Station;
import com.angelskitchen.stations.entity.TicketConflictException;
import com.angelskitchen.stations.entity.TicketStatus;
import com.angelskitchen.stations.events.LineBumped;
import com.angelskitchen.stations.events.TicketBumped;
import com.angelskitchen.stations.events.TicketMoved;
import com.angelskitchen.stations.events.TicketRecalled;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Bumps, recalls and moves at the stations. Each change first locks the ticket's order, then checks
 * the ticket's state: of two screens bumping the same ticket at once, the second waits for the
 * first to commit and is then told the ticket is already bumped. The tickets' version column guards
 * the same rule should anything ever change a ticket without that lock. When the last ticket of an
 * order is bumped the order becomes READY, in the same transaction.
 */
@Stateless
public class StationTickets {

  @PersistenceContext EntityManager em;

  @Inject KitchenLog kitchenLog;

  @Inject KitchenSettings settings;

  @Inject Clock clock;

  /** What a change did: the ticket as it is now, and the last kitchen-log sequence it wrote. */
  public record Outcome(TicketView ticket, String orderStatus, long sequence) {}

  public Outcome bump(long ticketId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    KitchenTicket ticket = lockedTicket(ticketId);
    ticket.bump(now);
    return bumped(ticket, now);
  }

  public Outcome bumpLine(long ticketId, long ticketLineId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    KitchenTicket ticket = lockedTicket(ticketId);
    boolean ticketDone = ticket.bumpLine(ticketLineId, now);
    KitchenOrder order = ticket.order();
    LineBumped line =
        kitchenLog.record(
            sequence ->
                new LineBumped(
                    sequence,
                    order.id(),
                    order.number().display(),
                    ticketId,
                    ticket.station().code(),
                    ticketLineId,
                    now),
            order.id());
    if (ticketDone) {
      return bumped(ticket, now);
    }
    flush();
    return new Outcome(ticket.view(), order.status().name(), line.sequence());
  }

  public Outcome recall(long ticketId) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    KitchenTicket ticket = lockedTicket(ticketId);
    ticket.recall(now, settings.recallWindow());
    KitchenOrder order = ticket.order();
    order.backToKitchen();
    TicketView view = ticket.view();
    TicketRecalled recalled =
        kitchenLog.record(
            sequence ->
                new TicketRecalled(
                    sequence, OrderHeader.of(order), order.status().name(), now, view),
            order.id());
    flush();
    return new Outcome(view, order.status().name(), recalled.sequence());
  }

  /**
   * Sends an open ticket to another station, whole and as it is (its lines, the ones already
   * bumped): the expo's answer to a station that is down or swamped. The order is locked like for a
   * bump, so a move and a bump of the same ticket end one after the other, the second seeing what
   * the first did.
   */
  public Outcome move(long ticketId, String stationCode) {
    if (stationCode == null || stationCode.isBlank()) {
      throw new InvalidRequestException(
          "stations.move-station-missing", "name the station to move the ticket to");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    KitchenTicket ticket = lockedTicket(ticketId);
    Station target = em.find(Station.class, stationCode);
    if (target == null) {
      throw new NotFoundException(
          "stations.station-not-found", "no station '" + stationCode + "'", stationCode);
    }
    Station from = ticket.moveTo(target);
    KitchenOrder order = ticket.order();
    flush();
    TicketView view = ticket.view();
    TicketMoved moved =
        kitchenLog.record(
            sequence ->
                new TicketMoved(
                    sequence, OrderHeader.of(order), order.status().name(), from.code(), now, view),
            order.id());
    return new Outcome(view, order.status().name(), moved.sequence());
  }

  public TicketView find(long ticketId) {
    return ticket(ticketId).view();
  }

  /** The tickets a station is working on: rush first, then by fire time. */
  public List<TicketView> openAt(String station) {
    return em.createNamedQuery(KitchenTicket.AT_STATION, KitchenTicket.class)
        .setParameter("station", station)
        .setParameter("statuses", List.of(TicketStatus.OPEN))
        .getResultStream()
        .map(KitchenTicket::view)
        .toList();
  }

  /** An order's tickets, one per station that makes part of it. */
  public List<TicketView> ofOrder(long orderId) {
    return em.createNamedQuery(KitchenTicket.OF_ORDER, KitchenTicket.class)
        .setParameter("orderId", orderId)
        .getResultStream()
        .map(KitchenTicket::view)
        .toList();
  }

  private Outcome bumped(KitchenTicket ticket, OffsetDateTime now) {
    KitchenOrder order = ticket.order();
    TicketBumped bumped =
        kitchenLog.record(
            sequence ->
                new TicketBumped(
                    sequence,
                    order.id(),
                    order.number().display(),
                    ticket.id(),
                    ticket.station().code(),
                    now),
            order.id());
    long sequence = bumped.sequence();
    if (order.status() == OrderStatus.IN_KITCHEN && allBumped(order.id())) {
      order.markReady(now);
      sequence =
          kitchenLog
              .record(s -> new OrderReady(s, order.id(), order.number().display(), now), order.id())
              .sequence();
    }
    flush();
    return new Outcome(ticket.view(), order.status().name(), sequence);
  }

  private boolean allBumped(long orderId) {
    return em.createNamedQuery(KitchenTicket.OF_ORDER, KitchenTicket.class)
        .setParameter("orderId", orderId)
        .getResultStream()
        .allMatch(KitchenTicket::isDone);
  }

  /** Locks the ticket's order, then loads the ticket as it is after any earlier change. */
  private KitchenTicket lockedTicket(long ticketId) {
    Long orderId =
        em.createQuery("SELECT t.order.id FROM KitchenTicket t WHERE t.id = :id", Long.class)
            .setParameter("id", ticketId)
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "stations.ticket-not-found", "no ticket " + ticketId, ticketId));
    KitchenOrder order = em.find(KitchenOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
    order.ensureNotCancelled();
    return ticket(ticketId);
  }

  private KitchenTicket ticket(long ticketId) {
    KitchenTicket ticket = em.find(KitchenTicket.class, ticketId);
    if (ticket == null) {
      throw new NotFoundException("stations.ticket-not-found", "no ticket " + ticketId, ticketId);
    }
    return ticket;
  }

  /** Turns a lost optimistic-lock race into the same clear conflict as a state check. */
  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException lostRace) {
      throw new TicketConflictException(
          "stations.ticket-changed-meanwhile",
          "the ticket was changed by another screen at the same moment");
    }
  }
}
