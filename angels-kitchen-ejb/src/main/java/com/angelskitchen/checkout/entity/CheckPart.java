package com.angelskitchen.checkout.entity;

import com.angelskitchen.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One part of a split check: the amount it pays (the parts add up to the order's total) and, for a
 * split by item, the order lines it holds.
 */
@Entity
@Table(name = "check_part")
@IdClass(CheckPart.Key.class)
@NamedQuery(
    name = CheckPart.OF_ORDER,
    query = "SELECT p FROM CheckPart p WHERE p.orderId = :orderId ORDER BY p.partNo")
public class CheckPart {

  public static final String OF_ORDER = "CheckPart.ofOrder";

  /** The primary key: the order and the part's number. */
  public record Key(long orderId, int partNo) implements Serializable {
    public Key() {
      this(0, 0);
    }
  }

  @Id
  @Column(name = "order_id")
  private long orderId;

  @Id
  @Column(name = "part_no")
  private int partNo;

  @Column(nullable = false, updatable = false, precision = 12, scale = 2)
  private Money amount;

  @Column(name = "line_ids", updatable = false, length = 400)
  private String lineIds;

  protected CheckPart() {}

  public CheckPart(long orderId, int partNo, Money amount, List<Long> lineIds) {
    this.orderId = orderId;
    this.partNo = partNo;
    this.amount = amount;
    this.lineIds =
        lineIds == null || lineIds.isEmpty()
            ? null
            : lineIds.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  public long orderId() {
    return orderId;
  }

  public int partNo() {
    return partNo;
  }

  public Money amount() {
    return amount;
  }

  /** The lines of a split by item; empty for an even split. */
  public List<Long> lineIds() {
    return lineIds == null
        ? List.of()
        : Arrays.stream(lineIds.split(",")).map(Long::valueOf).toList();
  }
}
