package com.angelskitchen.printing.boundary;

import com.angelskitchen.menu.entity.Codes;
import com.angelskitchen.platform.InvalidRequestException;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.printing.entity.JobStatus;
import com.angelskitchen.printing.entity.PrintJob;
import com.angelskitchen.printing.entity.Printer;
import com.angelskitchen.printing.entity.StationPrinting;
import com.angelskitchen.stations.entity.Station;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The printers and how each station prints, as a manager sets them up on the stations page, and
 * what the printers page and the health check read: status, queued jobs, recent jobs.
 */
@Stateless
public class Printers {

  /** How far back the list of print jobs reaches. */
  static final Duration RECENT = Duration.ofHours(24);

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  public List<Printer> printers() {
    return em.createNamedQuery(Printer.ALL, Printer.class).getResultList();
  }

  public Printer printer(String code) {
    Printer printer = em.find(Printer.class, code);
    if (printer == null) {
      throw new NotFoundException("printing.printer-not-found", "no printer '" + code + "'", code);
    }
    return printer;
  }

  /**
   * Creates or changes a printer. Making it the receipt printer takes that from any other: the
   * cashier has one.
   *
   * @return true when the printer was created
   */
  public boolean putPrinter(String code, Printer.Settings settings) {
    if (!Codes.isCode(code)) {
      throw new InvalidRequestException(
          "printing.code-invalid",
          "a printer code is lower-case letters, digits and dashes: " + code,
          code);
    }
    if (settings.receipt()) {
      em.createNamedQuery(Printer.RECEIPT, Printer.class).getResultList().stream()
          .filter(p -> !p.code().equals(code))
          .forEach(Printer::clearReceipt);
      em.flush();
    }
    Printer printer = em.find(Printer.class, code);
    if (printer == null) {
      em.persist(new Printer(code, settings));
      return true;
    }
    printer.configure(settings);
    return false;
  }

  /** Removes a printer with its jobs; stations that printed on it print nowhere. */
  public void removePrinter(String code) {
    Printer printer = printer(code);
    em.createQuery(
            "UPDATE StationPrinting s SET s.printerCode = NULL,"
                + " s.mode = com.angelskitchen.printing.entity.PrintMode.OFF"
                + " WHERE s.printerCode = :code")
        .setParameter("code", code)
        .executeUpdate();
    em.createQuery("DELETE FROM PrintJob j WHERE j.printerCode = :code")
        .setParameter("code", code)
        .executeUpdate();
    em.remove(printer);
  }

  /** How each station prints; a station never set up has no entry (it does not print). */
  public List<StationPrinting> stationPrinting() {
    return em.createNamedQuery(StationPrinting.ALL, StationPrinting.class).getResultList();
  }

  /** Sets how a station prints. */
  public StationPrinting putStationPrinting(String stationCode, StationPrinting.Settings settings) {
    if (em.find(Station.class, stationCode) == null) {
      throw new NotFoundException(
          "stations.station-not-found", "no station '" + stationCode + "'", stationCode);
    }
    if (settings.printer() != null) {
      printer(settings.printer());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    StationPrinting printing = em.find(StationPrinting.class, stationCode);
    if (printing == null) {
      printing = new StationPrinting(stationCode, now);
      printing.configure(settings, now);
      em.persist(printing);
    } else {
      String before = printing.printerCode();
      printing.configure(settings, now);
      if (settings.printer() != null && !settings.printer().equals(before)) {
        followToTheNewPrinter(stationCode, settings.printer());
      }
    }
    return printing;
  }

  /**
   * The station's slips still waiting go to its new printer (the old one died mid-rush and the
   * manager plugged in the spare), in the order they were queued. A slip that may have come out of
   * the old printer already stays there.
   */
  private void followToTheNewPrinter(String stationCode, String printerCode) {
    em.createNativeQuery(
            "UPDATE print_job SET printer_code = ? WHERE station_code = ? AND status = 'QUEUED'"
                + " AND NOT maybe_printed")
        .setParameter(1, printerCode)
        .setParameter(2, stationCode)
        .executeUpdate();
  }

  /** Jobs waiting, by printer code. */
  public Map<String, Long> queuedByPrinter() {
    Map<String, Long> queued = new HashMap<>();
    em.createQuery(
            "SELECT j.printerCode, COUNT(j) FROM PrintJob j"
                + " WHERE j.status = com.angelskitchen.printing.entity.JobStatus.QUEUED"
                + " GROUP BY j.printerCode",
            Object[].class)
        .getResultList()
        .forEach(row -> queued.put((String) row[0], ((Number) row[1]).longValue()));
    return queued;
  }

  /** The last day's jobs, newest first, at most {@code max}; all statuses when status is null. */
  public List<PrintJob> recentJobs(JobStatus status, int max) {
    OffsetDateTime since = OffsetDateTime.now(clock).minus(RECENT);
    return (status == null
            ? em.createNamedQuery(PrintJob.RECENT, PrintJob.class)
            : em.createNamedQuery(PrintJob.RECENT_WITH_STATUS, PrintJob.class)
                .setParameter("status", status))
        .setParameter("since", since)
        .setMaxResults(max)
        .getResultList();
  }

  /** When the oldest job still waiting was queued. */
  public Optional<OffsetDateTime> oldestQueued() {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(j.createdAt) FROM PrintJob j"
                    + " WHERE j.status = com.angelskitchen.printing.entity.JobStatus.QUEUED",
                OffsetDateTime.class)
            .getSingleResult());
  }

  /**
   * When the oldest job next in its printer's line that no server has tried to send yet was queued.
   * Jobs waiting behind one that is being retried (an unplugged printer) do not count: they wait
   * for the printer, not for a sender.
   */
  public Optional<OffsetDateTime> oldestUntried() {
    return Optional.ofNullable(
        em.createQuery(
                "SELECT MIN(j.createdAt) FROM PrintJob j"
                    + " WHERE j.status = com.angelskitchen.printing.entity.JobStatus.QUEUED"
                    + " AND j.attempts = 0 AND NOT EXISTS (SELECT k FROM PrintJob k"
                    + " WHERE k.printerCode = j.printerCode AND k.id < j.id"
                    + " AND k.status = com.angelskitchen.printing.entity.JobStatus.QUEUED)",
                OffsetDateTime.class)
            .getSingleResult());
  }
}
