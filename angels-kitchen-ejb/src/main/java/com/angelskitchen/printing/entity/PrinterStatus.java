package com.angelskitchen.printing.entity;

/**
 * What the last probe found: the printer answered, it could not be reached, or it said it has no
 * paper or another error (only printers that answer status queries say so).
 */
public enum PrinterStatus {
  UNKNOWN,
  ONLINE,
  OFFLINE,
  PAPER_OUT,
  ERROR;

  /** True when staff must go and look at the printer. */
  public boolean needsAttention() {
    return this == OFFLINE || this == PAPER_OUT || this == ERROR;
  }
}
