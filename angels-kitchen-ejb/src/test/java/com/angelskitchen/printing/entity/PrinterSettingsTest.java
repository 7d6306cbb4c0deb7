package com.angelskitchen.printing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.platform.InvalidRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrinterSettingsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "192.168.0.50",
        "printer-fritura",
        "fritura.kitchen.lan",
        "localhost",
        "::1",
        "fe80::1:2"
      })
  void aHostIsAHostNameOrAnIpAddress(String host) {
    assertThat(new Printer.Settings("Fritura", host, 9100, false).host()).isEqualTo(host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://192.168.0.50",
        "192.168.0.50:9100",
        "printer/ticket",
        "-printer",
        "printer-",
        "two words",
        "",
        "a..b"
      })
  void anythingElseIsRefused(String host) {
    assertThatThrownBy(() -> new Printer.Settings("Fritura", host, 9100, false))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("printing.host-invalid");
  }

  @Test
  void aHostIsAtMost253Characters() {
    String label = "a".repeat(60);
    String ok = String.join(".", label, label, label, label.substring(0, 50)); // 233
    assertThat(Printer.Settings.isHost(ok)).isTrue();
    assertThat(Printer.Settings.isHost(ok + ".bbbbbbbbbbbbbbbbbbbbb")).isFalse(); // 255
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65536})
  void aPortIsFrom1To65535(int port) {
    assertThatThrownBy(() -> new Printer.Settings("Fritura", "10.0.0.9", port, false))
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("printing.port-invalid");
    assertThat(new Printer.Settings("Fritura", "10.0.0.9", 65535, false).port()).isEqualTo(65535);
  }

  @Test
  void aPrinterNeedsAShortName() {
    assertThatThrownBy(() -> new Printer.Settings(" ", "10.0.0.9", 9100, false))
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("printing.name-missing");
    assertThatThrownBy(() -> new Printer.Settings("x".repeat(61), "10.0.0.9", 9100, false))
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("printing.name-too-long");
    assertThat(new Printer.Settings("  Caja ", " 10.0.0.9 ", 9100, true))
        .isEqualTo(new Printer.Settings("Caja", "10.0.0.9", 9100, true));
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 3601, 0})
  void theFallbackWaitsFrom5To3600Seconds(int seconds) {
    assertThatThrownBy(() -> new StationPrinting.Settings("fritura", PrintMode.FALLBACK, seconds))
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("printing.fallback-seconds-invalid");
  }

  @Test
  void aStationThatPrintsNeedsAPrinterAndAMode() {
    assertThatThrownBy(() -> new StationPrinting.Settings(" ", PrintMode.EVERY_TICKET, 30))
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("printing.printer-required");
    assertThatThrownBy(() -> new StationPrinting.Settings("fritura", null, 30))
        .extracting(e -> ((InvalidRequestException) e).code())
        .isEqualTo("printing.mode-missing");
    assertThat(new StationPrinting.Settings("", PrintMode.OFF, 30).printer()).isNull();
  }
}
