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

  protected TicketLine() {}

  TicketLine(KitchenTicket ticket, OrderLine orderLine) {
    this.ticket = ticket;
    this.orderLine = orderLine;
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
