package com.angelskitchen.web.orders;

import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.events.TicketView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An order as the API shows it, with its lines, money, every state change and its tickets. */
public record OrderView(
    long id,
    LocalDate businessDay,
    String number,
    String source,
    String fulfillment,
    String status,
    String customerName,
    String note,
    String allergyAlert,
    boolean rush,
    List<Line> lines,
    BigDecimal subtotal,
    BigDecimal discount,
    BigDecimal taxRate,
    boolean taxIncluded,
    BigDecimal tax,
    BigDecimal total,
    OffsetDateTime placedAt,
    OffsetDateTime pickupAt,
    OffsetDateTime fireAt,
    OffsetDateTime firedAt,
    OffsetDateTime readyAt,
    OffsetDateTime completedAt,
    OffsetDateTime cancelledAt,
    String cancelReason,
    List<TicketView> tickets) {

  /**
   * One line with its modifiers; removed in red with "-", added in blue with "+" on screens. {@code
   * addOn} is 0 for a line the order was placed with, else the add-on round it came in; a voided
   * line stays listed with when and why, and no longer counts in the totals. {@code choices} are
   * those made in the item's groups; a {@code bundle} (a dozen) is followed by its flavours, lines
   * {@code partOf} it (by line number) at no price of their own.
   */
  public record Line(
      long id,
      int lineNumber,
      String itemCode,
      String item,
      String kitchenName,
      int quantity,
      BigDecimal unitPrice,
      List<Modifier> removed,
      List<Modifier> added,
      String note,
      List<String> allergens,
      BigDecimal lineTotal,
      boolean unmapped,
      int addOn,
      OffsetDateTime voidedAt,
      String voidReason,
      List<Choice> choices,
      boolean bundle,
      Integer partOf) {}

  /** A modifier as ordered. */
  public record Modifier(String code, String name, BigDecimal price) {}

  /** A choice made in one of the item's groups, {@code count} times at {@code price} each. */
  public record Choice(String group, String code, String name, BigDecimal price, int count) {}

  static OrderView of(KitchenOrder order, List<TicketView> tickets) {
    return new OrderView(
        order.id(),
        order.number().businessDay(),
        order.number().display(),
        order.source().code(),
        order.fulfillment().name(),
        order.status().name(),
        order.customerName(),
        order.note(),
        order.allergyAlert(),
        order.rush(),
        order.lines().stream().map(OrderView::line).toList(),
        order.subtotal().amount(),
        order.discount().amount(),
        order.taxRate(),
        order.taxIncluded(),
        order.tax().amount(),
        order.total().amount(),
        order.placedAt(),
        order.pickupAt(),
        order.fireAt(),
        order.firedAt(),
        order.readyAt(),
        order.completedAt(),
        order.cancelledAt(),
        order.cancelReason(),
        tickets);
  }

  private static Line line(OrderLine line) {
    return new Line(
        line.id(),
        line.lineNumber(),
        line.item() == null ? null : line.item().code(),
        line.itemName(),
        line.kitchenName(),
        line.quantity(),
        line.unitPrice().amount(),
        line.removed().stream().map(OrderView::modifier).toList(),
        line.added().stream().map(OrderView::modifier).toList(),
        line.note(),
        line.allergens().stream().sorted().map(Enum::name).toList(),
        line.lineTotal().amount(),
        line.isUnmapped(),
        line.addOn(),
        line.voidedAt(),
        line.voidReason(),
        line.choices().stream()
            .map(c -> new Choice(c.groupName(), c.code(), c.name(), c.price().amount(), c.times()))
            .toList(),
        line.isBundle(),
        line.partOf().orElse(null));
  }

  private static Modifier modifier(LineModifier modifier) {
    return new Modifier(modifier.code(), modifier.name(), modifier.price().amount());
  }
}
