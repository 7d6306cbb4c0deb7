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
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An ESC/POS printer on the network, reached on a raw TCP port (9100 on almost every kitchen
 * printer). At most one is the receipt printer, the cashier's, with the cash drawer hung on it. Its
 * status is what the last probe found; the probes write it without touching the version, so a
 * manager's edit never loses a race against them.
 */
@Entity
@Cacheable(false) // its status is written by every server's probes, with plain updates
@Table(name = "printer")
@NamedQuery(name = Printer.ALL, query = "SELECT p FROM Printer p ORDER BY p.receipt DESC, p.code")
@NamedQuery(name = Printer.RECEIPT, query = "SELECT p FROM Printer p WHERE p.receipt = true")
public class Printer {

  public static final String ALL = "Printer.all";
  public static final String RECEIPT = "Printer.receipt";

  /** The port of raw printing on almost every network printer. */
  public static final int RAW_PORT = 9100;

  @Id
  @Column(length = 32)
  private String code;

  @Column(nullable = false, length = 60)
  private String name;

  @Column(nullable = false, length = 253)
  private String host;

  @Column(nullable = false)
  private int port;

  @Column(nullable = false)
  private boolean receipt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PrinterStatus status = PrinterStatus.UNKNOWN;

  @Column(name = "status_detail", length = 200)
  private String statusDetail;

  @Column(name = "checked_at")
  private OffsetDateTime checkedAt;

  @Version private long version;

  protected Printer() {}

  public Printer(String code, Settings settings) {
    this.code = Objects.requireNonNull(code, "code");
    configure(settings);
  }

  /**
   * What a manager sets for a printer: a name, where it is on the network (a host name or an IP
   * address, nothing else: no scheme, no path) and its port.
   */
  public record Settings(String name, String host, int port, boolean receipt) {

    /** A host name's labels, or an IPv4 address (which is made of such labels too). */
    private static final Pattern HOST_NAME =
        Pattern.compile(
            "(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    public Settings {
      if (name == null || name.isBlank()) {
        throw new InvalidRequestException("printing.name-missing", "a printer needs a name");
      }
      name = name.strip();
      if (name.length() > 60) {
        throw new InvalidRequestException(
            "printing.name-too-long", "a printer's name is at most 60 characters", 60);
      }
      host = host == null ? "" : host.strip();
      if (!isHost(host)) {
        throw new InvalidRequestException(
            "printing.host-invalid",
            "the printer's host must be a host name or an IP address (no http://, no path): "
                + host,
            host);
      }
      if (port < 1 || port > 65535) {
        throw new InvalidRequestException(
            "printing.port-invalid", "a port is from 1 to 65535, was " + port, port);
      }
    }

    /** A host name or an IP address, at most 253 characters. */
    public static boolean isHost(String candidate) {
      if (candidate == null || candidate.isEmpty() || candidate.length() > 253) {
        return false;
      }
      if (candidate.contains(":")) {
        return IPV6.matcher(candidate).matches()
            && candidate.chars().filter(c -> c == ':').count() >= 2;
      }
      return HOST_NAME.matcher(candidate).matches();
    }
  }

  public void configure(Settings settings) {
    name = settings.name();
    host = settings.host();
    port = settings.port();
    receipt = settings.receipt();
  }

  /** Another printer became the receipt printer: there is one. */
  public void clearReceipt() {
    receipt = false;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public boolean isReceipt() {
    return receipt;
  }

  public PrinterStatus status() {
    return status;
  }

  public String statusDetail() {
    return statusDetail;
  }

  public OffsetDateTime checkedAt() {
    return checkedAt;
  }
}
