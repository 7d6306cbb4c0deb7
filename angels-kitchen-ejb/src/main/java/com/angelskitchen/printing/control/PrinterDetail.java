package com.angelskitchen.printing.control;

import java.util.List;

/**
 * What a printer's last probe or send found beyond its status, as a stable code: the printers page
 * shows it in the manager's language ({@code printers.detail.<code>}), the API hands it out as it
 * is, and a script can act on it without reading English.
 */
public final class PrinterDetail {

  /** The roll has run out. */
  public static final String PAPER_END = "paper-end";

  /** The roll is nearly out: still printing, time to fetch a new one. */
  public static final String PAPER_NEAR_END = "paper-near-end";

  /** The printer is off line because its cover is open. */
  public static final String COVER_OPEN = "cover-open";

  /** The printer is off line with an error (a cutter jam, overheating, …). */
  public static final String ERROR = "error";

  /** The printer says it is off line and not why. */
  public static final String OFF_LINE = "off-line";

  /** The printer took the connection and answered no status query. */
  public static final String NO_ANSWER = "no-answer";

  /** Nothing listens at the printer's address and port. */
  public static final String REFUSED = "refused";

  /** The printer did not answer in time. */
  public static final String TIMEOUT = "timeout";

  /** The printer's host name is not known on the network. */
  public static final String UNKNOWN_HOST = "unknown-host";

  /** No way through the network to the printer's address. */
  public static final String NO_ROUTE = "no-route";

  /** Any other failure of the connection. */
  public static final String IO = "io";

  /** Every code, for the pages' texts. */
  public static final List<String> ALL =
      List.of(
          PAPER_END,
          PAPER_NEAR_END,
          COVER_OPEN,
          ERROR,
          OFF_LINE,
          NO_ANSWER,
          REFUSED,
          TIMEOUT,
          UNKNOWN_HOST,
          NO_ROUTE,
          IO);

  private PrinterDetail() {}
}
