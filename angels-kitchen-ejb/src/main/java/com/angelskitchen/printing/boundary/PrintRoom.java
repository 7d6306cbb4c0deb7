package com.angelskitchen.printing.boundary;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The printing's clock, like the held-order alarm: every second it sweeps the printing stations for
 * tickets to queue and feeds every printer with jobs; every ten seconds it probes the printers.
 * Everything it acts on is in the database, so a restart resumes where it stopped, and every server
 * of a cluster runs it (the locks in the queue and the sender keep them from doubling anything). A
 * chore still running when its next tick comes is not started twice; the three chores do not wait
 * for each other, so a printer slow to answer never holds up the sweep.
 */
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PrintRoom {

  private static final Logger LOG = Logger.getLogger(PrintRoom.class.getName());

  /** Jobs sent to one printer per tick at most, so that other printers get their turn. */
  static final int JOBS_PER_TICK = 20;

  @EJB PrintQueue queue;

  @EJB PrintSender sender;

  private final AtomicBoolean sweeping = new AtomicBoolean();
  private final AtomicBoolean sending = new AtomicBoolean();
  private final AtomicBoolean probing = new AtomicBoolean();

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "print sweep")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sweepTick() {
    once(sweeping, this::sweep);
  }

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false, info = "print send")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void sendTick() {
    once(sending, this::send);
  }

  @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "printer probe")
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void probeTick() {
    once(probing, this::probe);
  }

  /** Queues the tickets every printing station prints now. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void sweep() {
    for (String station : queue.printingStations()) {
      try {
        queue.sweep(station);
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "could not sweep station " + station + " for printing", failed);
      }
    }
  }

  /** Feeds every printer that has jobs. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void send() {
    for (String printer : sender.printersWithJobs()) {
      try {
        for (int sent = 0; sent < JOBS_PER_TICK && sender.sendNext(printer); sent++) {
          // one job per transaction, in order
        }
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "could not feed printer " + printer, failed);
      }
    }
  }

  /** Asks every printer how it is. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void probe() {
    for (String printer : sender.printerCodes()) {
      try {
        sender.probe(printer);
      } catch (RuntimeException failed) {
        LOG.log(Level.WARNING, "could not probe printer " + printer, failed);
      }
    }
  }

  private static void once(AtomicBoolean running, Runnable chore) {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      chore.run();
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "printing chore failed; next tick tries again", failed);
    } finally {
      running.set(false);
    }
  }
}
