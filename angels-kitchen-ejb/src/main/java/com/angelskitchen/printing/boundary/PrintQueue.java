package com.angelskitchen.printing.boundary;

import com.angelskitchen.checkout.boundary.Discounts;
import com.angelskitchen.checkout.boundary.Till;
import com.angelskitchen.checkout.entity.DiscountReason;
import com.angelskitchen.checkout.entity.OrderDiscount;
import com.angelskitchen.checkout.events.PaymentTaken;
import com.angelskitchen.ordering.entity.KitchenOrder;
import com.angelskitchen.ordering.entity.LineModifier;
import com.angelskitchen.ordering.entity.OrderLine;
import com.angelskitchen.ordering.entity.OrderStatus;
import com.angelskitchen.ordering.entity.Payment;
import com.angelskitchen.platform.NotFoundException;
import com.angelskitchen.platform.config.KitchenSettings;
import com.angelskitchen.printing.control.PrintSelection;
import com.angelskitchen.printing.control.ReceiptSlip;
import com.angelskitchen.printing.control.SlipFormat;
import com.angelskitchen.printing.control.SlipWords;
import com.angelskitchen.printing.control.TicketSlip;
import com.angelskitchen.printing.entity.JobKind;
import com.angelskitchen.printing.entity.PrintJob;
import com.angelskitchen.printing.entity.Printer;
import com.angelskitchen.printing.entity.StationPrinting;
import com.angelskitchen.stations.entity.KitchenTicket;
import com.angelskitchen.stations.entity.TicketLine;
import com.angelskitchen.stations.entity.TicketStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Puts print jobs in the queue. Automatic ticket jobs come from the sweep, station by station,
 * under a lock on the station's printing row so that two servers never both render, and each goes
 * in with {@code ON CONFLICT DO NOTHING} on the one-automatic-job-per-ticket index: a ticket prints
 * once however the servers race. Reprints are asked for; the drawer and the receipt follow a
 * payment once it is committed, so a payment that rolls back opens nothing and a printer never
 * refuses one.
 */
@Stateless
public class PrintQueue {

  private static final Logger LOG = Logger.getLogger(PrintQueue.class.getName());

  /**
   * How far back a printed slip is looked for when its order is cancelled: a shift. Bounds the
   * sweep's read to the day's jobs (the {@code print_job_recent} index), however old the database.
   */
  static final java.time.Duration CANCELLATIONS_WITHIN = java.time.Duration.ofHours(12);

  /** The receipt's heading, the same as the receipt page's (the application's name). */
  static final String STORE_NAME = "Angel's Kitchen";

  @PersistenceContext EntityManager em;

  @Inject Clock clock;

  @Inject KitchenSettings settings;

  @EJB Till till;

  @EJB Discounts discounts;

  /** The stations whose printing is on, for the sweep. */
  public List<String> printingStations() {
    return em.createQuery(
            "SELECT s.stationCode FROM StationPrinting s WHERE s.printerCode IS NOT NULL"
                + " AND s.mode <> com.angelskitchen.printing.entity.PrintMode.OFF"
                + " ORDER BY s.stationCode",
            String.class)
        .getResultList();
  }

  /**
   * A server has live screens of these stations right now: they are not dark. Each server reports
   * its own; the latest sighting wins.
   */
  public void screensSeen(Collection<String> stationCodes) {
    if (stationCodes.isEmpty()) {
      return;
    }
    // Native SQL: a JPQL bulk update would also invalidate the class in every server's cache and,
    // in a cluster, broadcast that through the data grid every two seconds from every server.
    List<String> codes = List.copyOf(stationCodes);
    StringBuilder placeholders = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      placeholders.append(i == 0 ? "?" : ", ?").append(i + 2);
    }
    var update =
        em.createNativeQuery(
                "UPDATE station_printing SET screen_seen_at = ?1 WHERE station_code IN ("
                    + placeholders
                    + ") AND (screen_seen_at IS NULL OR screen_seen_at < ?1)")
            .setParameter(1, OffsetDateTime.now(clock));
    for (int i = 0; i < codes.size(); i++) {
      update.setParameter(i + 2, codes.get(i));
    }
    update.executeUpdate();
  }

  /**
   * Queues what the station prints now, in its own transaction.
   *
   * @return how many jobs were queued
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int sweep(String stationCode) {
    // One statement: the row, read and locked (never cached, and this transaction's context is
    // new).
    StationPrinting printing =
        em.find(StationPrinting.class, stationCode, LockModeType.PESSIMISTIC_WRITE);
    if (printing == null || printing.printerCode() == null) {
      return 0;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    PrintSelection.Station station =
        new PrintSelection.Station(
            printing.mode(),
            printing.fallbackAfter(),
            printing.modeSince(),
            printing.screenSeenAt());
    if (!PrintSelection.mayPrint(station, now)) {
      // A station whose screens are up reads no tickets: the sweep costs one row a second.
      return queueCancellations(printing, now);
    }
    List<PrintSelection.OpenTicket> open =
        em
            .createQuery(
                "SELECT t.id, t.firedAt FROM KitchenTicket t WHERE t.station.code = :station"
                    + " AND t.status = com.angelskitchen.stations.entity.TicketStatus.OPEN"
                    + " AND NOT EXISTS (SELECT j FROM PrintJob j WHERE j.ticketId = t.id"
                    + " AND j.stationCode = :station"
                    + " AND j.kind = com.angelskitchen.printing.entity.JobKind.TICKET)",
                Object[].class)
            .setParameter("station", stationCode)
            .getResultList()
            .stream()
            .map(r -> new PrintSelection.OpenTicket((Long) r[0], (OffsetDateTime) r[1]))
            .toList();
    List<Long> due = PrintSelection.toPrint(station, open, now);
    int queued = 0;
    for (long ticketId : due) {
      KitchenTicket ticket = em.find(KitchenTicket.class, ticketId);
      queued +=
          insertOnce(JobKind.TICKET, printing, ticketId, ticket.order().id(), render(ticket), now);
    }
    return queued + queueCancellations(printing, now);
  }

  /**
   * A station working from paper must hear of a cancelled order on paper: each ticket of this
   * station that came out of its printer (or may have) and was cancelled since gets one slip that
   * says so. Slips still waiting are skipped by the sender instead.
   */
  private int queueCancellations(StationPrinting printing, OffsetDateTime now) {
    List<Object[]> cancelled =
        em.createQuery(
                "SELECT t.id, o.id FROM KitchenTicket t JOIN t.order o"
                    + " WHERE t.station.code = :station"
                    + " AND t.status = com.angelskitchen.stations.entity.TicketStatus.CANCELLED"
                    + " AND EXISTS (SELECT j FROM PrintJob j WHERE j.ticketId = t.id"
                    + " AND j.stationCode = :station AND j.createdAt >= :since"
                    + " AND (j.status = com.angelskitchen.printing.entity.JobStatus.PRINTED"
                    + " OR j.maybePrinted = true))"
                    + " AND NOT EXISTS (SELECT c FROM PrintJob c WHERE c.ticketId = t.id"
                    + " AND c.stationCode = :station"
                    + " AND c.kind = com.angelskitchen.printing.entity.JobKind.CANCEL)",
                Object[].class)
            .setParameter("station", printing.stationCode())
            .setParameter("since", now.minus(CANCELLATIONS_WITHIN))
            .getResultList();
    int queued = 0;
    for (Object[] row : cancelled) {
      KitchenTicket ticket = em.find(KitchenTicket.class, (Long) row[0]);
      KitchenOrder order = ticket.order();
      byte[] slip =
          TicketSlip.cancelled(
              ticket.station().name(),
              order.number().display(),
              order.cancelReason(),
              SlipWords.of(settings.language()));
      queued += insertOnce(JobKind.CANCEL, printing, ticket.id(), order.id(), slip, now);
    }
    return queued;
  }

  /** Queues a station's automatic slip unless another server already did (the unique index). */
  private int insertOnce(
      JobKind kind,
      StationPrinting printing,
      long ticketId,
      long orderId,
      byte[] payload,
      OffsetDateTime now) {
    return em.createNativeQuery(
            "INSERT INTO print_job (printer_code, station_code, kind, ticket_id, order_id,"
                + " payload, status, attempts, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 'QUEUED', 0, ?)"
                + " ON CONFLICT (ticket_id, station_code) WHERE kind = '"
                + kind.name()
                + "' DO NOTHING")
        .setParameter(1, printing.printerCode())
        .setParameter(2, printing.stationCode())
        .setParameter(3, kind.name())
        .setParameter(4, ticketId)
        .setParameter(5, orderId)
        .setParameter(6, payload)
        .setParameter(7, Timestamp.from(now.toInstant()))
        .executeUpdate();
  }

  /**
   * Prints a ticket again on its station's printer, under the REPRINT banner.
   *
   * @return the job's id
   */
  public long reprintTicket(long ticketId) {
    KitchenTicket ticket = em.find(KitchenTicket.class, ticketId);
    if (ticket == null) {
      throw new NotFoundException("stations.ticket-not-found", "no ticket " + ticketId, ticketId);
    }
    if (ticket.status() == TicketStatus.CANCELLED) {
      throw new PrintingRefusedException(
          "printing.ticket-cancelled",
          "ticket " + ticketId + " was cancelled with its order: it is not cooked",
          ticketId);
    }
    return reprint(ticket);
  }

  /**
   * Prints every ticket of an order again, each on its station's printer; tickets at stations
   * without a printer are left out, and an order none of whose stations prints is refused.
   *
   * @return the jobs' ids
   */
  public List<Long> reprintOrder(long orderId) {
    KitchenOrder order = order(orderId);
    List<KitchenTicket> tickets =
        em
            .createNamedQuery(KitchenTicket.OF_ORDER, KitchenTicket.class)
            .setParameter("orderId", orderId)
            .getResultList()
            .stream()
            .filter(t -> t.firedAt() != null)
            .filter(t -> t.status() != TicketStatus.CANCELLED)
            .filter(t -> printerOf(t.station().code()).isPresent())
            .toList();
    if (tickets.isEmpty()) {
      throw new PrintingRefusedException(
          "printing.order-without-printer",
          "order " + order.number().display() + " has no ticket at a station with a printer",
          order.number().display());
    }
    return tickets.stream().map(this::reprint).toList();
  }

  /**
   * Prints an order's receipt on the receipt printer.
   *
   * @return the job's id
   */
  public long printReceipt(long orderId) {
    KitchenOrder order = order(orderId);
    Printer printer =
        receiptPrinter()
            .orElseThrow(
                () ->
                    new PrintingRefusedException(
                        "printing.no-receipt-printer", "no receipt printer is set up"));
    return queue(printer.code(), JobKind.RECEIPT, null, orderId, renderReceipt(order));
  }

  /**
   * A payment was taken: cash opens the drawer, and a paid order's receipt prints — when there is a
   * receipt printer. After the payment's commit, in a transaction of its own: a printer (removed
   * meanwhile, a slip that cannot be laid out) must never refuse the guest's money. A server that
   * dies in between loses that pulse and that receipt, not the payment; the receipt page prints it
   * again.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void paymentTaken(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) PaymentTaken payment) {
    try {
      printAfterPayment(payment);
    } catch (RuntimeException unprintable) {
      LOG.log(
          Level.WARNING,
          "could not queue the drawer or the receipt of order " + payment.orderId(),
          unprintable);
    }
  }

  private void printAfterPayment(PaymentTaken payment) {
    Optional<Printer> printer = receiptPrinter();
    if (printer.isEmpty()) {
      return;
    }
    byte[] receipt = null;
    if (payment.orderPaid()) {
      try {
        receipt = renderReceipt(order(payment.orderId()));
      } catch (RuntimeException unprintable) {
        // A receipt that cannot be laid out must not refuse the guest's money: it is reprinted
        // from the POS once fixed.
        LOG.log(
            Level.WARNING,
            "could not lay out the receipt of order " + payment.orderId(),
            unprintable);
      }
    }
    if ("CASH".equals(payment.method())) {
      queue(
          printer.get().code(), JobKind.DRAWER, null, payment.orderId(), ReceiptSlip.drawerKick());
    }
    if (receipt != null) {
      queue(printer.get().code(), JobKind.RECEIPT, null, payment.orderId(), receipt);
    }
  }

  private long reprint(KitchenTicket ticket) {
    String printer =
        printerOf(ticket.station().code())
            .orElseThrow(
                () ->
                    new PrintingRefusedException(
                        "printing.station-without-printer",
                        "station " + ticket.station().name() + " has no printer",
                        ticket.station().name()));
    PrintJob job =
        new PrintJob(
            printer,
            ticket.station().code(),
            JobKind.REPRINT,
            ticket.id(),
            ticket.order().id(),
            render(ticket),
            OffsetDateTime.now(clock));
    em.persist(job);
    em.flush();
    return job.id();
  }

  private Optional<String> printerOf(String stationCode) {
    return Optional.ofNullable(em.find(StationPrinting.class, stationCode))
        .map(StationPrinting::printerCode);
  }

  private long queue(String printer, JobKind kind, Long ticketId, Long orderId, byte[] payload) {
    PrintJob job =
        new PrintJob(printer, kind, ticketId, orderId, payload, OffsetDateTime.now(clock));
    em.persist(job);
    em.flush();
    return job.id();
  }

  private Optional<Printer> receiptPrinter() {
    return em.createNamedQuery(Printer.RECEIPT, Printer.class).getResultStream().findFirst();
  }

  private KitchenOrder order(long orderId) {
    KitchenOrder order = em.find(KitchenOrder.class, orderId);
    if (order == null) {
      throw new NotFoundException("order.not-found", "no order " + orderId, orderId);
    }
    return order;
  }

  /** The ticket's slip, rendered now in the store's language and time zone. */
  byte[] render(KitchenTicket ticket) {
    KitchenOrder order = ticket.order();
    Map<Integer, String> bundles =
        order.lines().stream()
            .filter(OrderLine::isBundle)
            .collect(Collectors.toMap(OrderLine::lineNumber, OrderLine::kitchenName, (a, b) -> a));
    List<TicketSlip.Line> lines = new ArrayList<>();
    for (TicketLine ticketLine : ticket.lines()) {
      OrderLine line = ticketLine.orderLine();
      lines.add(
          new TicketSlip.Line(
              line.quantity(),
              line.kitchenName(),
              line.partOf().map(bundles::get).orElse(null),
              line.choices().stream().map(LineModifier::label).toList(),
              line.removed().stream().map(LineModifier::name).toList(),
              line.added().stream().map(LineModifier::name).toList(),
              line.note(),
              line.isVoided()));
    }
    return TicketSlip.render(
        new TicketSlip.Ticket(
            ticket.station().name(),
            order.number().display(),
            order.source().code(),
            order.fulfillment().name(),
            order.customerName(),
            ticket.firedAt(),
            ticket.addOn(),
            order.rush(),
            order.allergyAlert(),
            order.note(),
            lines),
        SlipWords.of(settings.language()),
        clock.getZone());
  }

  /** The receipt, from the same figures as the receipt page (ReceiptBacking). */
  byte[] renderReceipt(KitchenOrder order) {
    List<ReceiptSlip.Line> lines =
        order.liveLines().stream()
            .filter(l -> !l.isPart())
            .map(
                l ->
                    new ReceiptSlip.Line(
                        l.quantity(),
                        l.itemName(),
                        l.lineTotal().amount(),
                        Stream.of(
                                l.choices().stream()
                                    .map(
                                        c ->
                                            new ReceiptSlip.Part(
                                                "> " + c.label(), c.charge().amount())),
                                l.removed().stream()
                                    .map(m -> new ReceiptSlip.Part("- " + m.name(), null)),
                                l.added().stream()
                                    .map(
                                        m ->
                                            new ReceiptSlip.Part(
                                                "+ " + m.name(), m.price().amount())))
                            .flatMap(s -> s)
                            .toList(),
                        l.note()))
            .toList();
    Optional<Payment> payment = order.payment();
    BigDecimal tips =
        till.payments(order.id()).stream()
            .map(p -> p.tip().amount())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return ReceiptSlip.render(
        new ReceiptSlip.Receipt(
            STORE_NAME,
            order.number().display(),
            order.placedAt(),
            order.fulfillment().name(),
            order.customerName(),
            order.status() == OrderStatus.CANCELLED,
            lines,
            order.subtotal().amount(),
            order.discount().amount(),
            discountReasons(order.id()),
            order.taxRate(),
            order.taxIncluded(),
            order.tax().amount(),
            order.total().amount(),
            payment.map(p -> p.method().name()).orElse(null),
            payment.map(p -> p.tendered().amount()).orElse(null),
            tips,
            payment.map(p -> p.change().amount()).orElse(null)),
        SlipWords.of(settings.language()),
        SlipFormat.of(settings.language(), settings.currency(), clock.getZone()));
  }

  private String discountReasons(long orderId) {
    List<OrderDiscount> given = discounts.of(orderId);
    if (given.isEmpty()) {
      return "";
    }
    Map<String, String> names =
        discounts.reasons().stream()
            .collect(Collectors.toMap(DiscountReason::code, DiscountReason::name, (a, b) -> a));
    return given.stream()
        .map(d -> names.getOrDefault(d.reasonCode(), d.reasonCode()))
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
