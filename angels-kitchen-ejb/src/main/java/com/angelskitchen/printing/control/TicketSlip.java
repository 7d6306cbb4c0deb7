package com.angelskitchen.printing.control;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A station's ticket on paper, laid out for a cook at arm's length: the station and the order
 * number big, where it goes, the customer and the time it was fired (in the restaurant's zone), an
 * allergy in white on black, then each line as "2x CARNE" with its bundle, choices, removals ("-
 * SIN cebolla"), extras ("+ CON queso") and note, the order's note last. Voided lines are left off:
 * the station does not make them.
 */
public final class TicketSlip {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** What a ticket prints, in plain values (read from the ticket when the job is queued). */
  public record Ticket(
      String station,
      String orderNumber,
      String source,
      String fulfillment,
      String customer,
      OffsetDateTime firedAt,
      int addOn,
      boolean rush,
      String allergyAlert,
      String orderNote,
      List<Line> lines) {
    public Ticket {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A line of the ticket. {@code bundle}: the kitchen name of the bundle it is part of, or null.
   */
  public record Line(
      int quantity,
      String kitchenName,
      String bundle,
      List<String> choices,
      List<String> removed,
      List<String> added,
      String note,
      boolean voided) {
    public Line {
      choices = List.copyOf(choices);
      removed = List.copyOf(removed);
      added = List.copyOf(added);
    }
  }

  private TicketSlip() {}

  /** The ticket's ESC/POS bytes, ending with a cut. */
  public static byte[] render(Ticket ticket, SlipWords words, ZoneId zone) {
    EscPos slip = EscPos.slip().center();
    slip.bold(true).big(true).line(upper(ticket.station()));
    slip.line("#" + ticket.orderNumber()).big(false);
    if (ticket.rush()) {
      slip.reverse(true).line(" " + words.rush + " ").reverse(false);
    }
    if (ticket.addOn() > 0) {
      slip.line(words.addOn + " " + ticket.addOn());
    }
    slip.bold(false)
        .line(words.source(ticket.source()) + " - " + words.fulfillment(ticket.fulfillment()));
    if (present(ticket.customer())) {
      slip.bold(true).line(ticket.customer()).bold(false);
    }
    if (ticket.firedAt() != null) {
      slip.line(words.fired + " " + ticket.firedAt().atZoneSameInstant(zone).format(TIME));
    }
    slip.left().rule();
    if (present(ticket.allergyAlert())) {
      slip.bold(true)
          .reverse(true)
          .line(" " + words.allergy + ": " + ticket.allergyAlert() + " ")
          .reverse(false)
          .bold(false);
    }
    for (Line line : ticket.lines()) {
      if (line.voided()) {
        continue;
      }
      slip.bold(true).big(true).line(line.quantity() + "x " + upper(line.kitchenName()));
      slip.big(false).bold(false);
      if (present(line.bundle())) {
        slip.line("  [" + upper(line.bundle()) + "]");
      }
      line.choices().forEach(choice -> slip.line("  > " + choice));
      line.removed().forEach(name -> slip.bold(true).line("  - " + words.without + " " + name));
      slip.bold(false);
      line.added().forEach(name -> slip.bold(true).line("  + " + words.with + " " + name));
      slip.bold(false);
      if (present(line.note())) {
        slip.line("  " + words.note + ": " + line.note());
      }
    }
    slip.rule();
    if (present(ticket.orderNote())) {
      slip.bold(true).line(words.note + ": " + ticket.orderNote()).bold(false);
    }
    return slip.feed(4).cut().bytes();
  }

  /**
   * The slip that tells a station working from paper that a ticket it printed is off: "CANCELLED",
   * the station, the order number and the reason, big enough to be seen from the stove.
   */
  public static byte[] cancelled(
      String station, String orderNumber, String reason, SlipWords words) {
    EscPos slip = EscPos.slip().center();
    slip.bold(true).big(true).reverse(true).line(" " + words.cancelled + " ").reverse(false);
    slip.line(upper(station)).line("#" + orderNumber).big(false).bold(false);
    if (present(reason)) {
      slip.left().rule().line(words.reason + ": " + reason);
    }
    return slip.feed(4).cut().bytes();
  }

  /**
   * The banner a slip printed again carries on top; it ends in a state the slip's own {@code ESC @}
   * resets.
   */
  public static byte[] reprintBanner() {
    return EscPos.slip()
        .center()
        .bold(true)
        .big(true)
        .reverse(true)
        .line(SlipWords.REPRINT)
        .reverse(false)
        .big(false)
        .bold(false)
        .feed(1)
        .bytes();
  }

  static String upper(String text) {
    return text == null ? "" : text.toUpperCase(Locale.ROOT);
  }

  static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
