package com.angelskitchen.printing.entity;

import com.angelskitchen.platform.InvalidRequestException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * How one station prints: on which printer, and when (see {@link PrintMode}). It also keeps when a
 * screen of the station was last seen connected to any server, which the fallback mode measures
 * against. Turning printing on never prints the past: every-ticket prints tickets fired from that
 * moment ({@code modeSince}).
 */
@Entity
@Cacheable(false) // the screens' last sighting is written every two seconds by every server
@Table(name = "station_printing")
@NamedQuery(
    name = StationPrinting.ALL,
    query = "SELECT s FROM StationPrinting s ORDER BY s.stationCode")
public class StationPrinting {

  public static final String ALL = "StationPrinting.all";

  public static final int MIN_FALLBACK_SECONDS = 5;
  public static final int MAX_FALLBACK_SECONDS = 3600;

  @Id
  @Column(name = "station_code", length = 32)
  private String stationCode;

  @Column(name = "printer_code", length = 32)
  private String printerCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PrintMode mode = PrintMode.OFF;

  @Column(name = "fallback_seconds", nullable = false)
  private int fallbackSeconds = 30;

  @Column(name = "mode_since", nullable = false)
  private OffsetDateTime modeSince;

  @Column(name = "screen_seen_at")
  private OffsetDateTime screenSeenAt;

  @Version private long version;

  protected StationPrinting() {}

  public StationPrinting(String stationCode, OffsetDateTime now) {
    this.stationCode = Objects.requireNonNull(stationCode, "stationCode");
    this.modeSince = now;
  }

  /** What a manager sets: a printer (null: none), a mode and the fallback's seconds. */
  public record Settings(String printer, PrintMode mode, int fallbackSeconds) {
    public Settings {
      if (mode == null) {
        throw new InvalidRequestException(
            "printing.mode-missing", "say how the station prints: OFF, EVERY_TICKET or FALLBACK");
      }
      if (fallbackSeconds < MIN_FALLBACK_SECONDS || fallbackSeconds > MAX_FALLBACK_SECONDS) {
        throw new InvalidRequestException(
            "printing.fallback-seconds-invalid",
            "the fallback waits from 5 to 3600 seconds, was " + fallbackSeconds,
            fallbackSeconds);
      }
      if (printer != null && printer.isBlank()) {
        printer = null;
      }
      if (printer == null && mode != PrintMode.OFF) {
        throw new InvalidRequestException(
            "printing.printer-required", "a station that prints needs a printer");
      }
    }
  }

  /** Changes the settings; a new mode counts from now. */
  public void configure(Settings settings, OffsetDateTime now) {
    if (settings.mode() != mode) {
      modeSince = now;
    }
    printerCode = settings.printer();
    mode = settings.mode();
    fallbackSeconds = settings.fallbackSeconds();
  }

  public String stationCode() {
    return stationCode;
  }

  public String printerCode() {
    return printerCode;
  }

  public PrintMode mode() {
    return mode;
  }

  public int fallbackSeconds() {
    return fallbackSeconds;
  }

  public Duration fallbackAfter() {
    return Duration.ofSeconds(fallbackSeconds);
  }

  public OffsetDateTime modeSince() {
    return modeSince;
  }

  public OffsetDateTime screenSeenAt() {
    return screenSeenAt;
  }
}
