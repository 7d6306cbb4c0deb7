package com.angelskitchen.stations.entity;

import com.angelskitchen.ordering.entity.OrderLine;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An order line as it appears on one station's ticket, bumped on its own or with the ticket. */
@Entity
@Cacheable(false) // written once, read by query: see persistence.xml
@Table(name = "ticket_line")
public class TicketLine {

  @Id
  @SequenceGenerator(name = "ticket_seq", sequenceName = "ticket_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "ticket_id", nullable = false, updatable = false)
  private KitchenTicket ticket;

  @ManyToOne(optional = false)
  @JoinColumn(name = "order_line_id", nullable = false, updatable = false)
  private OrderLine orderLine;

  @Column(name = "bumped_at")
  private OffsetDateTime bumpedAt;

  /**
   * The item's prep time target when the ticket was made, kept because a ticket is history: a later
   * change of the menu does not change what the cook was asked for. Null for a bundle (its flavours
   * carry their own) and for a partner's item not on the menu.
   */
  @Column(name = "prep_minutes", updatable = false)
  private Integer prepMinutes;

  protected TicketLine() {}

  TicketLine(KitchenTicket ticket, OrderLine orderLine) {
    this.ticket = ticket;
    this.orderLine = orderLine;
    this.prepMinutes =
        orderLine.item() == null || orderLine.isBundle() ? null : orderLine.item().prepMinutes();
  }

  public Long id() {
    return id;
  }

  public OrderLine orderLine() {
    return orderLine;
  }

  /** The line was voided on the order: the station does not make it. */
  public boolean isVoided() {
    return orderLine.isVoided();
  }

  /** The prep time target in minutes, or null when the line has none. */
  public Integer prepMinutes() {
    return prepMinutes;
  }

  public boolean isBumped() {
    return bumpedAt != null;
  }

  public OffsetDateTime bumpedAt() {
    return bumpedAt;
  }

  void bump(OffsetDateTime now) {
    bumpedAt = now;
  }

  void unbump() {
    bumpedAt = null;
  }
}
