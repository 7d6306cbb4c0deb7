package com.angelskitchen.web.stations;

import com.angelskitchen.printing.boundary.Printers;
import com.angelskitchen.printing.control.PrinterDetail;
import com.angelskitchen.printing.entity.PrintMode;
import com.angelskitchen.printing.entity.Printer;
import com.angelskitchen.printing.entity.StationPrinting;
import com.angelskitchen.stations.boundary.StationSetup;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Backs the Printers tab of admin/kitchen.xhtml: the ESC/POS printers with what their last probe
 * found and the jobs waiting, and for each station its printer, when it prints and after how many
 * seconds of dark screens the fallback starts.
 */
@Named
@ViewScoped
public class PrintersBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Printers printers;

  @EJB StationSetup setup;

  /** One printer in the table; its status detail is a {@link PrinterDetail} code. */
  public record Row(
      String code,
      String name,
      String host,
      int port,
      boolean receipt,
      String status,
      String statusDetail,
      OffsetDateTime checkedAt,
      long queued)
      implements Serializable {

    /**
     * The text key of the status detail ({@code printers.detail.<code>}), or null when there is no
     * detail or it is not a known code (a detail written before the codes: shown as it is).
     */
    public String detailKey() {
      return statusDetail != null && PrinterDetail.ALL.contains(statusDetail)
          ? "printers.detail." + statusDetail
          : null;
    }
  }

  /** One station's printing, edited in place. */
  public static class StationRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String station;
    private final String stationName;
    private String printer;
    private String mode;
    private int fallbackSeconds;

    StationRow(String station, String stationName, String printer, String mode, int seconds) {
      this.station = station;
      this.stationName = stationName;
      this.printer = printer;
      this.mode = mode;
      this.fallbackSeconds = seconds;
    }

    public String getStation() {
      return station;
    }

    public String getStationName() {
      return stationName;
    }

    public String getPrinter() {
      return printer;
    }

    public void setPrinter(String printer) {
      this.printer = printer;
    }

    public String getMode() {
      return mode;
    }

    public void setMode(String mode) {
      this.mode = mode;
    }

    public int getFallbackSeconds() {
      return fallbackSeconds;
    }

    public void setFallbackSeconds(int fallbackSeconds) {
      this.fallbackSeconds = fallbackSeconds;
    }
  }

  private List<Row> rows = List.of();
  private List<StationRow> stations = List.of();

  private boolean creating;
  private String code;
  private String name;
  private String host;
  private int port = Printer.RAW_PORT;
  private boolean receipt;

  @PostConstruct
  public void reload() {
    Map<String, Long> queued = printers.queuedByPrinter();
    rows =
        printers.printers().stream()
            .map(
                p ->
                    new Row(
                        p.code(),
                        p.name(),
                        p.host(),
                        p.port(),
                        p.isReceipt(),
                        p.status().name(),
                        p.statusDetail(),
                        p.checkedAt(),
                        queued.getOrDefault(p.code(), 0L)))
            .toList();
    Map<String, StationPrinting> printing =
        printers.stationPrinting().stream()
            .collect(java.util.stream.Collectors.toMap(StationPrinting::stationCode, p -> p));
    List<StationRow> all = new ArrayList<>();
    setup
        .stations()
        .forEach(
            station -> {
              String stationCode = station.code();
              String stationName = station.name();
              StationPrinting p = printing.get(stationCode);
              all.add(
                  p == null
                      ? new StationRow(stationCode, stationName, null, PrintMode.OFF.name(), 30)
                      : new StationRow(
                          stationCode,
                          stationName,
                          p.printerCode(),
                          p.mode().name(),
                          p.fallbackSeconds()));
            });
    stations = all;
  }

  public void startNew() {
    creating = true;
    code = null;
    name = null;
    host = null;
    port = Printer.RAW_PORT;
    receipt = false;
  }

  public void edit(String printerCode) {
    rows.stream()
        .filter(r -> r.code().equals(printerCode))
        .findFirst()
        .ifPresent(
            r -> {
              creating = false;
              code = r.code();
              name = r.name();
              host = r.host();
              port = r.port();
              receipt = r.receipt();
              PrimeFaces.current().ajax().addCallbackParam("editing", true);
            });
  }

  public void save() {
    boolean saved =
        PageMessages.attempt(
                "printers.attempt.save",
                () ->
                    printers.putPrinter(
                        code == null ? null : code.strip(),
                        new Printer.Settings(name, host, port, receipt)))
            .isPresent();
    if (saved) {
      PageMessages.info("printers.saved", name.strip());
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
      reload();
    }
  }

  public void remove(String printerCode) {
    if (PageMessages.attempt(
        "printers.attempt.remove", () -> printers.removePrinter(printerCode))) {
      PageMessages.info("printers.removed", printerCode);
      reload();
    }
  }

  public void saveStation(StationRow row) {
    boolean saved =
        PageMessages.attempt(
                "printers.attempt.saveStation",
                () ->
                    printers.putStationPrinting(
                        row.getStation(),
                        new StationPrinting.Settings(
                            row.getPrinter(),
                            row.getMode() == null ? null : PrintMode.valueOf(row.getMode()),
                            row.getFallbackSeconds())))
            .isPresent();
    if (saved) {
      PageMessages.info("printers.stationSaved", row.getStationName());
      reload();
    }
  }

  public List<Row> getPrinters() {
    return rows;
  }

  public List<StationRow> getStations() {
    return stations;
  }

  public List<String> getModes() {
    return List.of(PrintMode.OFF.name(), PrintMode.EVERY_TICKET.name(), PrintMode.FALLBACK.name());
  }

  public String getTitle() {
    return creating
        ? PageMessages.texts().get("printers.new")
        : PageMessages.texts().get("printers.editTitle", name);
  }

  public boolean isCreating() {
    return creating;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  public boolean isReceipt() {
    return receipt;
  }

  public void setReceipt(boolean receipt) {
    this.receipt = receipt;
  }
}
