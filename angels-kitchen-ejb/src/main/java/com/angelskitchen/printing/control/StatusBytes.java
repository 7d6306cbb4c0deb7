package com.angelskitchen.printing.control;

import com.angelskitchen.printing.entity.PrinterStatus;

/**
 * Reads an ESC/POS printer's answers to the real-time status queries {@code DLE EOT 1} (printer
 * status) and {@code DLE EOT 4} (roll paper sensor). Not every printer answers; one that takes the
 * connection and says nothing is online as far as anyone can tell.
 */
public final class StatusBytes {

  /** {@code DLE EOT 1}: the printer's status. */
  public static final byte[] ASK_PRINTER = {0x10, 0x04, 0x01};

  /** {@code DLE EOT 4}: the roll paper sensor. */
  public static final byte[] ASK_PAPER = {0x10, 0x04, 0x04};

  /** In the printer status: the printer is off line (cover open, an error, out of paper). */
  static final int OFFLINE_BIT = 0x08;

  /** In the paper sensor byte: the roll has run out (bits 5 and 6). */
  static final int PAPER_END_BITS = 0x60;

  /** In the paper sensor byte: the roll is nearly out (bits 2 and 3). */
  static final int PAPER_NEAR_END_BITS = 0x0C;

  /** What the answers say, and a word for the manager. */
  public record Reading(PrinterStatus status, String detail) {}

  private StatusBytes() {}

  /**
   * @param printer the answer to {@code DLE EOT 1}, or null for none
   * @param paper the answer to {@code DLE EOT 4}, or null for none
   */
  public static Reading read(Integer printer, Integer paper) {
    if (paper != null && (paper & PAPER_END_BITS) != 0) {
      return new Reading(PrinterStatus.PAPER_OUT, "paper end");
    }
    if (printer != null && (printer & OFFLINE_BIT) != 0) {
      return new Reading(PrinterStatus.ERROR, "printer reports off line");
    }
    if (paper != null && (paper & PAPER_NEAR_END_BITS) != 0) {
      return new Reading(PrinterStatus.ONLINE, "paper near end");
    }
    if (printer == null && paper == null) {
      return new Reading(PrinterStatus.ONLINE, "no status answer");
    }
    return new Reading(PrinterStatus.ONLINE, null);
  }
}
