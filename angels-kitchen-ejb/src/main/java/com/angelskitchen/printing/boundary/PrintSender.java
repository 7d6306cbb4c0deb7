package com.angelskitchen.printing.boundary;

import com.angelskitchen.printing.control.PrinterLink;
import com.angelskitchen.printing.control.StatusBytes;
import com.angelskitchen.printing.control.TicketSlip;
import com.angelskitchen.printing.entity.JobKind;
import com.angelskitchen.printing.entity.PrintJob;
import com.angelskitchen.printing.entity.Printer;
import com.angelskitchen.printing.entity.PrinterStatus;
import com.angelskitchen.stations.entity.KitchenTicket;
import com.angelskitchen.stations.entity.TicketStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Feeds the printers. One server at a time feeds a printer: it holds the printer's row ({@code FOR
 * UPDATE SKIP LOCKED}; another server skips it) while it sends, so jobs come out in id order. The
 * attempt is counted and committed before the bytes leave; if the server dies after sending and
 * before marking the job printed, the job is sent again and says REPRINT on top — at least once,
 * and a second copy is marked. A printer that cannot be reached keeps its jobs queued, the first
 * one blocking the rest so that the order holds, and is probed at once.
 */
@Stateless
public class PrintSender {

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @EJB PrintAttempts attempts;

  /** Printers with jobs waiting. */
  public List<String> printersWithJobs() {
    return em.createQuery(
            "SELECT DISTINCT j.printerCode FROM PrintJob j"
                + " WHERE j.status = com.angelskitchen.printing.entity.JobStatus.QUEUED",
            String.class)
        .getResultList();
  }

  /** Every printer's code, for the probes. */
  public List<String> printerCodes() {
    return em.createQuery("SELECT p.code FROM Printer p ORDER BY p.code", String.class)
        .getResultList();
  }

  /**
   * Sends the printer's next job, if this server may feed it now and the job is due.
   *
   * @return true when a job was printed (there may be more)
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean sendNext(String printerCode) {
    if (!claim(printerCode)) {
      return false;
    }
    Printer printer = em.find(Printer.class, printerCode);
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<PrintJob> next =
        em.createNamedQuery(PrintJob.NEXT_OF_PRINTER, PrintJob.class)
            .setParameter("printer", printerCode)
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    if (printer == null || next.isEmpty() || next.get().retryAt().isAfter(now)) {
      return false;
    }
    PrintJob job = next.get();
    Optional<String> stale = stale(job);
    if (stale.isPresent()) {
      job.skip(stale.get());
      return true;
    }
    if (printer.status() == PrinterStatus.PAPER_OUT || printer.status() == PrinterStatus.ERROR) {
      // A printer out of paper may still take bytes into its buffer, and lose them when it is
      // switched off and on: nothing goes to it until it answers that it can print again.
      StatusBytes.Reading reading = PrinterLink.probe(printer.host(), printer.port());
      record(printerCode, reading, now);
      if (reading.status() == PrinterStatus.PAPER_OUT || reading.status() == PrinterStatus.ERROR) {
        return false;
      }
    }
    Socket socket;
    try {
      socket = PrinterLink.open(printer.host(), printer.port());
    } catch (IOException unreachable) {
      job.unreachable(PrinterLink.describe(unreachable), now);
      record(printerCode, PrinterLink.probe(printer.host(), printer.port()), now);
      return false;
    }
    try (socket) {
      byte[] bytes = bytes(job);
      attempts.sending(job.id(), now);
      PrinterLink.write(socket, bytes);
    } catch (IOException failed) {
      job.failed(PrinterLink.describe(failed), job.attempts() + 1);
      record(printerCode, PrinterLink.probe(printer.host(), printer.port()), now);
      return false;
    }
    job.printed(OffsetDateTime.now(clock));
    return true;
  }

  /**
   * Asks a printer how it is and keeps the answer, unless another server is feeding it (a printer
   * takes one connection at a time; the feeder probes it itself when a send fails).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void probe(String printerCode) {
    if (!claim(printerCode)) {
      return;
    }
    Printer printer = em.find(Printer.class, printerCode);
    if (printer != null) {
      record(
          printerCode,
          PrinterLink.probe(printer.host(), printer.port()),
          OffsetDateTime.now(clock));
    }
  }

  /**
   * Why a station's slip must not come out after all: its ticket moved to another station (where it
   * prints anew) or its order was cancelled before the slip came out. Empty for a slip still
   * wanted, and for the cashier's slips.
   */
  private Optional<String> stale(PrintJob job) {
    if (job.ticketId() == null || job.stationCode() == null || job.kind() == JobKind.CANCEL) {
      return Optional.empty();
    }
    KitchenTicket ticket = em.find(KitchenTicket.class, job.ticketId());
    if (ticket == null) {
      return Optional.empty();
    }
    if (!ticket.station().code().equals(job.stationCode())) {
      return Optional.of("moved");
    }
    if (ticket.status() == TicketStatus.CANCELLED) {
      return Optional.of("cancelled");
    }
    return Optional.empty();
  }

  /** What goes on the wire: the job's bytes, under the REPRINT banner when it is a reprint. */
  static byte[] bytes(PrintJob job) {
    if (!job.printsAsReprint()) {
      return job.payload();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(TicketSlip.reprintBanner());
    out.writeBytes(job.payload());
    return out.toByteArray();
  }

  private boolean claim(String printerCode) {
    return !em.createNativeQuery("SELECT code FROM printer WHERE code = ? FOR UPDATE SKIP LOCKED")
        .setParameter(1, printerCode)
        .getResultList()
        .isEmpty();
  }

  /** Keeps a probe's reading, without touching the version a manager's edit is checked by. */
  private void record(String printerCode, StatusBytes.Reading reading, OffsetDateTime now) {
    String detail = reading.detail();
    em.createNativeQuery(
            "UPDATE printer SET status = ?, status_detail = ?, checked_at = ? WHERE code = ?")
        .setParameter(1, reading.status().name())
        .setParameter(
            2, detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) : detail)
        .setParameter(3, Timestamp.from(now.toInstant()))
        .setParameter(4, printerCode)
        .executeUpdate();
  }
}
