package com.angelskitchen.ordering.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An order as the kitchen received it. Named KitchenOrder because ORDER is a reserved word in SQL.
 * An order is created complete, with at least one line, and its lines never change afterwards.
 */
@Entity
@Table(name = "kitchen_order")
@NamedQuery(
    name = KitchenOrder.LATEST,
    query = "SELECT o FROM KitchenOrder o ORDER BY o.placedAt DESC, o.id DESC")
public class KitchenOrder {

  public static final String LATEST = "KitchenOrder.latest";

  @Id
  @SequenceGenerator(
      name = "kitchen_order_seq",
      sequenceName = "kitchen_order_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_order_seq")
  private Long id;

  @Embedded private OrderNumber number;

  @Column(nullable = false, updatable = false, length = 32)
  private OrderSource source;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private OrderStatus status;

  @Column(name = "customer_name", length = 80, updatable = false)
  private String customerName;

  @Column(name = "placed_at", nullable = false, updatable = false)
  private OffsetDateTime placedAt;

  @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, orphanRemoval = true)
  @OrderBy("lineNumber")
  private List<OrderLine> lines = new ArrayList<>();

  @Version private long version;

  protected KitchenOrder() {}

  public KitchenOrder(
      OrderNumber number, OrderSource source, String customerName, OffsetDateTime placedAt) {
    this.number = Objects.requireNonNull(number, "number");
    this.source = Objects.requireNonNull(source, "source");
    this.customerName = customerName;
    this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
    this.status = OrderStatus.PLACED;
  }

  /** Adds the next line; line numbers follow the order in which the guest asked. */
  public OrderLine addLine(String item, int quantity, String station) {
    OrderLine line = new OrderLine(this, lines.size() + 1, item, quantity, station);
    lines.add(line);
    return line;
  }

  public Long id() {
    return id;
  }

  public OrderNumber number() {
    return number;
  }

  public OrderSource source() {
    return source;
  }

  public OrderStatus status() {
    return status;
  }

  public String customerName() {
    return customerName;
  }

  public OffsetDateTime placedAt() {
    return placedAt;
  }

  public List<OrderLine> lines() {
    return Collections.unmodifiableList(lines);
  }
}
