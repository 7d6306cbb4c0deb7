package com.angelskitchen.printing.control;

import com.angelskitchen.printing.entity.PrinterStatus;

/**
 * Reads an ESC/POS printer's answers to the real-time status queries {@code DLE EOT 1} (printer
 * status), {@code DLE EOT 2} (why it is off line) and {@code DLE EOT 4} (roll paper sensor). Not
 * every printer answers; one that takes the connection and says nothing is online as far as anyone
 * can tell. The detail is a {@link PrinterDetail} code, never words: the page translates it.
 */
public final class StatusBytes {

  /** {@code DLE EOT 1}: the printer's status. */
  public static final byte[] ASK_PRINTER = {0x10, 0x04, 0x01};

  /** {@code DLE EOT 2}: why the printer is off line. */
  public static final byte[] ASK_OFFLINE_CAUSE = {0x10, 0x04, 0x02};

  /** {@code DLE EOT 4}: the roll paper sensor. */
  public static final byte[] ASK_PAPER = {0x10, 0x04, 0x04};

  /** In the printer status: the printer is off line (cover open, an error, out of paper). */
  static final int OFFLINE_BIT = 0x08;

  /** In the off-line cause: the cover is open (bit 2). */
  static final int COVER_OPEN_BIT = 0x04;

  /** In the off-line cause: printing stopped at the paper's end (bit 5). */
  static final int PAPER_END_STOP_BIT = 0x20;

  /** In the off-line cause: an error (bit 6). */
  static final int ERROR_BIT = 0x40;

  /** In the paper sensor byte: the roll has run out (bits 5 and 6). */
  static final int PAPER_END_BITS = 0x60;

  /** In the paper sensor byte: the roll is nearly out (bits 2 and 3). */
  static final int PAPER_NEAR_END_BITS = 0x0C;

  /** What the answers say, and a {@link PrinterDetail} code (null: nothing to add). */
  public record Reading(PrinterStatus status, String detail) {}

  private StatusBytes() {}

  /**
   * @param printer the answer to {@code DLE EOT 1}, or null for none
   * @param paper the answer to {@code DLE EOT 4}, or null for none
   */
  public static Reading read(Integer printer, Integer paper) {
    return read(printer, null, paper);
  }

  /**
   * @param printer the answer to {@code DLE EOT 1}, or null for none
   * @param cause the answer to {@code DLE EOT 2} (asked only when the printer is off line), or null
   * @param paper the answer to {@code DLE EOT 4}, or null for none
   */
  public static Reading read(Integer printer, Integer cause, Integer paper) {
    if (paper != null && (paper & PAPER_END_BITS) != 0) {
      return new Reading(PrinterStatus.PAPER_OUT, PrinterDetail.PAPER_END);
    }
    if (printer != null && (printer & OFFLINE_BIT) != 0) {
      return offLine(cause);
    }
    if (paper != null && (paper & PAPER_NEAR_END_BITS) != 0) {
      return new Reading(PrinterStatus.ONLINE, PrinterDetail.PAPER_NEAR_END);
    }
    if (printer == null && paper == null) {
      return new Reading(PrinterStatus.ONLINE, PrinterDetail.NO_ANSWER);
    }
    return new Reading(PrinterStatus.ONLINE, null);
  }

  private static Reading offLine(Integer cause) {
    if (cause != null && (cause & PAPER_END_STOP_BIT) != 0) {
      return new Reading(PrinterStatus.PAPER_OUT, PrinterDetail.PAPER_END);
    }
    if (cause != null && (cause & COVER_OPEN_BIT) != 0) {
      return new Reading(PrinterStatus.ERROR, PrinterDetail.COVER_OPEN);
    }
    if (cause != null && (cause & ERROR_BIT) != 0) {
      return new Reading(PrinterStatus.ERROR, PrinterDetail.ERROR);
    }
    return new Reading(PrinterStatus.ERROR, PrinterDetail.OFF_LINE);
  }
}
