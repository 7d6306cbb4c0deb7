package com.angelskitchen.printing.control;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The guest's receipt on the cashier's printer: what the receipt page shows (pos/receipt.xhtml),
 * from the same figures — the order's own amounts, never recomputed — written the same way.
 */
public final class ReceiptSlip {

  /** What a receipt prints, in plain values. {@code paidWith}: a TenderMethod's name, or null. */
  public record Receipt(
      String storeName,
      String orderNumber,
      OffsetDateTime placedAt,
      String fulfillment,
      String customer,
      boolean voided,
      List<Line> lines,
      BigDecimal subtotal,
      BigDecimal discount,
      String discountReasons,
      BigDecimal taxRate,
      boolean taxIncluded,
      BigDecimal tax,
      BigDecimal total,
      String paidWith,
      BigDecimal tendered,
      BigDecimal tips,
      BigDecimal change) {
    public Receipt {
      lines = List.copyOf(lines);
    }
  }

  /** A line: its price, then its choices, removals and extras with what they add. */
  public record Line(int quantity, String name, BigDecimal total, List<Part> parts, String note) {
    public Line {
      parts = List.copyOf(parts);
    }
  }

  /** A choice ("> Salsa: Criolla"), removal ("- Cebolla") or extra ("+ Queso"); charge or null. */
  public record Part(String text, BigDecimal charge) {}

  private ReceiptSlip() {}

  public static byte[] render(Receipt receipt, SlipWords words, SlipFormat format) {
    EscPos slip = EscPos.slip().center();
    slip.bold(true).big(true).line(receipt.storeName()).big(false).bold(false);
    slip.line(words.order + " " + receipt.orderNumber());
    slip.line(
        format.dateTime(receipt.placedAt()) + " - " + words.fulfillment(receipt.fulfillment()));
    if (TicketSlip.present(receipt.customer())) {
      slip.line(receipt.customer());
    }
    if (receipt.voided()) {
      slip.bold(true).big(true).line(words.voided).big(false).bold(false);
    }
    slip.left().rule();
    for (Line line : receipt.lines()) {
      slip.columns(line.quantity() + "x " + line.name(), format.money(line.total()));
      for (Part part : line.parts()) {
        if (part.charge() == null || part.charge().signum() == 0) {
          slip.line("  " + part.text());
        } else {
          slip.columns("  " + part.text(), format.money(part.charge()));
        }
      }
      if (TicketSlip.present(line.note())) {
        slip.line("  \"" + line.note() + "\"");
      }
    }
    slip.rule();
    boolean discounted = receipt.discount().signum() > 0;
    if (!receipt.taxIncluded() || discounted) {
      slip.columns(words.subtotal, format.money(receipt.subtotal()));
    }
    if (discounted) {
      slip.columns(
          words.discount + " (" + receipt.discountReasons() + ")",
          "-" + format.money(receipt.discount()));
    }
    if (!receipt.taxIncluded()) {
      slip.columns(
          words.tax + " " + format.percent(receipt.taxRate()), format.money(receipt.tax()));
    }
    slip.bold(true).columns(words.total, format.money(receipt.total())).bold(false);
    if (receipt.taxIncluded()) {
      slip.columns(
          words.taxIncluded + " " + format.percent(receipt.taxRate()), format.money(receipt.tax()));
    }
    if (receipt.paidWith() != null) {
      slip.columns(words.paid(receipt.paidWith()), format.money(receipt.tendered()));
      if (receipt.tips() != null && receipt.tips().signum() > 0) {
        slip.columns(words.tip, format.money(receipt.tips()));
      }
      slip.columns(words.change, format.money(receipt.change()));
    } else {
      slip.line(words.unpaid);
    }
    slip.center().feed(1).line(words.thanks);
    return slip.feed(4).cut().bytes();
  }

  /** The cash drawer's pulse, alone. */
  public static byte[] drawerKick() {
    return EscPos.commands().kickDrawer().bytes();
  }
}
