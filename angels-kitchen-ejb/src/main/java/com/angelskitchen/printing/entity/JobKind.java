package com.angelskitchen.printing.entity;

/** What a print job prints. */
public enum JobKind {
  /** A station's ticket, printed automatically: at most one per ticket. */
  TICKET,
  /** A ticket printed again on request, under a REPRINT banner. */
  REPRINT,
  /** A printed ticket's order was cancelled: the station is told on paper, once. */
  CANCEL,
  /** The guest's receipt on the cashier's printer. */
  RECEIPT,
  /** The pulse that opens the cash drawer hung on the receipt printer. */
  DRAWER
}
