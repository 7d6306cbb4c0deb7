package com.angelskitchen.web.printing;

import com.angelskitchen.printing.entity.Printer;
import java.time.OffsetDateTime;

/** A printer as the API shows it, with what the last probe found and how many jobs wait. */
public record PrinterView(
    String code,
    String name,
    String host,
    int port,
    boolean receipt,
    String status,
    String statusDetail,
    OffsetDateTime checkedAt,
    long queuedJobs) {

  static PrinterView of(Printer p, long queued) {
    return new PrinterView(
        p.code(),
        p.name(),
        p.host(),
        p.port(),
        p.isReceipt(),
        p.status().name(),
        p.statusDetail(),
        p.checkedAt(),
        queued);
  }
}
