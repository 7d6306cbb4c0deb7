package com.angelskitchen.printing.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.printing.control.TicketSlip;
import com.angelskitchen.printing.entity.JobKind;
import com.angelskitchen.printing.entity.PrintJob;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PrintSenderTest {

  static final byte[] SLIP = {0x1b, 0x40, 'h', 'i', 0x1d, 'V', 66, 0};

  static PrintJob job(JobKind kind) {
    return new PrintJob("fritura", kind, 1L, 2L, SLIP, OffsetDateTime.now());
  }

  @Test
  void aFirstTicketGoesOutAsItWasRendered() {
    assertThat(PrintSender.bytes(job(JobKind.TICKET))).isEqualTo(SLIP);
  }

  @Test
  void aReprintGoesOutUnderTheBanner() {
    byte[] banner = TicketSlip.reprintBanner();
    byte[] sent = PrintSender.bytes(job(JobKind.REPRINT));
    assertThat(Arrays.copyOfRange(sent, 0, banner.length)).isEqualTo(banner);
    assertThat(Arrays.copyOfRange(sent, banner.length, sent.length)).isEqualTo(SLIP);
  }
}
