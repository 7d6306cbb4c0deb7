package com.angelskitchen.printing.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.printing.entity.PrinterStatus;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class PrinterLinkTest {

  @Test
  void aFailureIsDescribedByACodeNotByTheExceptionsEnglish() {
    assertThat(PrinterLink.describe(new ConnectException("Connection refused")))
        .isEqualTo(PrinterDetail.REFUSED);
    assertThat(PrinterLink.describe(new SocketTimeoutException("Connect timed out")))
        .isEqualTo(PrinterDetail.TIMEOUT);
    assertThat(PrinterLink.describe(new UnknownHostException("printer.invalid")))
        .isEqualTo(PrinterDetail.UNKNOWN_HOST);
    assertThat(PrinterLink.describe(new NoRouteToHostException("No route to host")))
        .isEqualTo(PrinterDetail.NO_ROUTE);
    assertThat(PrinterLink.describe(new SocketException("Broken pipe")))
        .isEqualTo(PrinterDetail.IO);
    assertThat(PrinterLink.describe(new IOException())).isEqualTo(PrinterDetail.IO);
  }

  @Test
  void everyCodeIsOneOfTheKnownDetails() {
    assertThat(PrinterDetail.ALL)
        .doesNotHaveDuplicates()
        .allMatch(code -> code.matches("[a-z]+(-[a-z]+)*"));
  }

  @Test
  void aPortNobodyListensOnIsRefused() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    assertThat(PrinterLink.probe("127.0.0.1", port))
        .isEqualTo(new StatusBytes.Reading(PrinterStatus.OFFLINE, PrinterDetail.REFUSED));
  }
}
