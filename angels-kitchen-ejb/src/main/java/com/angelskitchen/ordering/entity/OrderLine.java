package com.angelskitchen.ordering.entity;

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

/** One line of an order: how many of which item, prepared at which station. */
@Entity
@Table(name = "order_line")
public class OrderLine {

  @Id
  @SequenceGenerator(name = "order_line_seq", sequenceName = "order_line_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "order_id", nullable = false, updatable = false)
  private KitchenOrder order;

  @Column(name = "line_number", nullable = false, updatable = false)
  private int lineNumber;

  @Column(nullable = false, updatable = false, length = 80)
  private String item;

  @Column(nullable = false, updatable = false)
  private int quantity;

  @Column(nullable = false, updatable = false, length = 32)
  private String station;

  protected OrderLine() {}

  OrderLine(KitchenOrder order, int lineNumber, String item, int quantity, String station) {
    this.order = order;
    this.lineNumber = lineNumber;
    this.item = item;
    this.quantity = quantity;
    this.station = station;
  }

  public Long id() {
    return id;
  }

  public int lineNumber() {
    return lineNumber;
  }

  public String item() {
    return item;
  }

  public int quantity() {
    return quantity;
  }

  public String station() {
    return station;
  }
}
