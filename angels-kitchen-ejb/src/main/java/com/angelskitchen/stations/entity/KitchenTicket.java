package com.angelskitchen.stations.entity;

import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.platform.InvalidRequestException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The part of an order one station prepares. An order fans out into one ticket per station that has
 * lines in it; the order is ready when every ticket is bumped. The version column makes two screens
 * bumping the same ticket at once end in exactly one bump.
 */
@Entity
@Cacheable(false) // written once, read by query: see persistence.xml
@Table(name = "kitchen_ticket")
@NamedQuery(
    name = KitchenTicket.OF_ORDER,
    query =
        "SELECT t FROM KitchenTicket t WHERE t.order.id = :orderId ORDER BY t.station.sortOrder, t.id")
@NamedQuery(
    name = KitchenTicket.AT_STATION,
    query =
        "SELECT t FROM KitchenTicket t WHERE t.station.code = :station AND t.status IN :statuses"
            + " ORDER BY t.order.rush DESC, t.firedAt, t.id")
public class KitchenTicket {

  public static final String OF_ORDER = "KitchenTicket.ofOrder";
  public static final String AT_STATION = "KitchenTicket.atStation";

  @Id
  @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private KitchenOrder order;

  @ManyToOne(optional = false)
  @JoinColumn(name = "station_code", nullable = false)
  private Station station;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private TicketStatus status;

  @Column(name = "fired_at")
  private OffsetDateTime firedAt;

  @Column(name = "bumped_at")
  private OffsetDateTime bumpedAt;

  /** 0 for the ticket the order was sent with, else the add-on round it brings. */
  @Column(name = "add_on", nullable = false, updatable = false)
  private int addOn;

  @OneToMany(mappedBy = "ticket", cascade = CascadeType.PERSIST)
  @OrderBy("id")
  private List<TicketLine> lines = new ArrayList<>();

  @Version private long version;

  protected KitchenTicket() {}

  /** A ticket for the order's lines that this station prepares; held if the order is held. */
  public KitchenTicket(KitchenOrder order, Station station, List<OrderLine> orderLines) {
    this(order, station, orderLines, 0, order.firedAt());
  }

  /**
   * A ticket for lines added to an order in add-on round {@code addOn}: it reaches the station at
   * {@code firedAt} (now), or is held with the order.
   */
  public KitchenTicket(
      KitchenOrder order,
      Station station,
      List<OrderLine> orderLines,
      int addOn,
      OffsetDateTime firedAt) {
    if (orderLines.isEmpty()) {
      throw new IllegalArgumentException("a ticket has at least one line");
    }
    this.order = Objects.requireNonNull(order, "order");
    this.station = Objects.requireNonNull(station, "station");
    orderLines.forEach(line -> lines.add(new TicketLine(this, line)));
    if (order.isHeld()) {
      status = TicketStatus.HELD;
    } else {
      status = TicketStatus.OPEN;
      this.firedAt = firedAt;
    }
    this.addOn = addOn;
  }

  /** The held order's fire time has come: the ticket appears on the station. */
  public void fire(OffsetDateTime now) {
    require(TicketStatus.HELD, "fire", "stations.cannot-fire");
    status = TicketStatus.OPEN;
    firedAt = now;
  }

  /**
   * Bumps one line. When it was the last open line, the whole ticket is bumped.
   *
   * @return true when the ticket is now bumped
   */
  public boolean bumpLine(long ticketLineId, OffsetDateTime now) {
    require(TicketStatus.OPEN, "bump a line of", "stations.cannot-bump-line");
    TicketLine line =
        lines.stream()
            .filter(l -> l.id() != null && l.id() == ticketLineId)
            .findFirst()
            .orElseThrow(
                () ->
                    new TicketConflictException(
                        "stations.ticket-line-not-found",
                        "ticket " + id + " has no line " + ticketLineId,
                        id,
                        ticketLineId));
    if (line.isVoided()) {
      throw new TicketConflictException(
          "stations.ticket-line-voided",
          "line " + ticketLineId + " of ticket " + id + " was voided",
          ticketLineId,
          id);
    }
    if (line.isBumped()) {
      throw new TicketConflictException(
          "stations.ticket-line-already-bumped",
          "line " + ticketLineId + " of ticket " + id + " is already bumped",
          ticketLineId,
          id);
    }
    line.bump(now);
    return bumpedWhenDone(now);
  }

  /**
   * A line of the order was voided. If it is on this ticket, the ticket shows it struck through; a
   * ticket whose every line is voided is taken back, and an open one whose other lines are all
   * bumped is bumped.
   *
   * @return true when the line is on this ticket
   */
  public boolean lineVoided(long orderLineId, OffsetDateTime now) {
    boolean mine = lines.stream().anyMatch(l -> l.orderLine().id() == orderLineId);
    if (!mine) {
      return false;
    }
    if (lines.stream().allMatch(TicketLine::isVoided)) {
      if (status != TicketStatus.BUMPED) {
        status = TicketStatus.CANCELLED;
      }
    } else if (status == TicketStatus.OPEN) {
      bumpedWhenDone(now);
    }
    return true;
  }

  /** True (and done) when every line still made is bumped. */
  private boolean bumpedWhenDone(OffsetDateTime now) {
    if (lines.stream().filter(l -> !l.isVoided()).allMatch(TicketLine::isBumped)) {
      status = TicketStatus.BUMPED;
      bumpedAt = now;
      return true;
    }
    return false;
  }

  /** True when the station has nothing more to make on it: bumped, or every line voided. */
  public boolean isDone() {
    return status == TicketStatus.BUMPED || status == TicketStatus.CANCELLED;
  }

  /** The station is done with the whole ticket. */
  public void bump(OffsetDateTime now) {
    require(TicketStatus.OPEN, "bump", "stations.cannot-bump");
    lines.stream().filter(l -> !l.isBumped() && !l.isVoided()).forEach(l -> l.bump(now));
    status = TicketStatus.BUMPED;
    bumpedAt = now;
  }

  /** Undoes a bump, within the recall window: the ticket is back on the screen, whole. */
  public void recall(OffsetDateTime now, Duration window) {
    require(TicketStatus.BUMPED, "recall", "stations.cannot-recall");
    if (now.isAfter(bumpedAt.plus(window))) {
      throw new TicketConflictException(
          "stations.recall-too-late",
          "ticket "
              + id
              + " was bumped more than "
              + window.toMinutes()
              + " minutes ago and can no longer be recalled",
          id,
          window.toMinutes());
    }
    status = TicketStatus.OPEN;
    bumpedAt = null;
    lines.forEach(TicketLine::unbump);
  }

  /**
   * Sends the ticket, as it is, to another station (the fryer is down, the oven has room): same
   * ticket, same lines, those already bumped still bumped; only where it is made changes. It stays
   * a ticket of its own even where the order has another one. Only a ticket being worked on moves:
   * a held one is not in the kitchen yet, a bumped or cancelled one is out of it.
   *
   * @return the station it was at
   */
  public Station moveTo(Station target) {
    Objects.requireNonNull(target, "target");
    if (target.code().equals(station.code())) {
      throw new InvalidRequestException(
          "stations.move-same-station",
          "ticket " + id + " is already at " + target.code(),
          id,
          target.code());
    }
    require(TicketStatus.OPEN, "move", "stations.cannot-move");
    Station from = station;
    station = target;
    return from;
  }

  /** The order was cancelled. */
  public void cancel() {
    status = TicketStatus.CANCELLED;
  }

  private void require(TicketStatus expected, String change, String code) {
    if (status != expected) {
      throw new TicketConflictException(
          code,
          "cannot "
              + change
              + " ticket "
              + id
              + " at "
              + station.code()
              + ": it is "
              + describe(status),
          id,
          station.code(),
          status);
    }
  }

  private static String describe(TicketStatus status) {
    return switch (status) {
      case HELD -> "held until its fire time";
      case OPEN -> "open";
      case BUMPED -> "already bumped";
      case CANCELLED -> "cancelled";
    };
  }

  public Long id() {
    return id;
  }

  public KitchenOrder order() {
    return order;
  }

  public Station station() {
    return station;
  }

  public TicketStatus status() {
    return status;
  }

  public boolean isBumped() {
    return status == TicketStatus.BUMPED;
  }

  public OffsetDateTime firedAt() {
    return firedAt;
  }

  public OffsetDateTime bumpedAt() {
    return bumpedAt;
  }

  public int addOn() {
    return addOn;
  }

  public long version() {
    return version;
  }

  public List<TicketLine> lines() {
    return Collections.unmodifiableList(lines);
  }

  /** The ticket as a station screen shows it, for the events and screens that carry it. */
  public TicketView view() {
    return new TicketView(
        id(),
        order().id(),
        station().code(),
        status().name(),
        firedAt(),
        bumpedAt(),
        lines().stream().map(KitchenTicket::lineView).toList(),
        addOn);
  }

  private static TicketView.Line lineView(TicketLine ticketLine) {
    OrderLine line = ticketLine.orderLine();
    return new TicketView.Line(
        ticketLine.id(),
        line.id(),
        line.lineNumber(),
        line.itemName(),
        line.kitchenName(),
        line.quantity(),
        line.removed().stream().map(LineModifier::name).toList(),
        line.added().stream().map(LineModifier::name).toList(),
        line.note(),
        line.allergens().stream().sorted().map(Enum::name).toList(),
        ticketLine.isBumped(),
        line.isUnmapped(),
        line.isVoided(),
        line.choices().stream().map(LineModifier::label).toList(),
        line.partOf()
            .flatMap(
                number ->
                    line.order().lines().stream().filter(l -> l.lineNumber() == number).findFirst())
            .map(OrderLine::kitchenName)
            .orElse(null),
        ticketLine.prepMinutes());
  }
}
