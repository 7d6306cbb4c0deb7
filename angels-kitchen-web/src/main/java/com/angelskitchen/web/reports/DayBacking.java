package com.angelskitchen.web.reports;

import com.angelskitchen.reporting.boundary.DayReport;
import com.angelskitchen.reporting.boundary.DayReports;
import com.angelskitchen.reporting.entity.DayClose;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Backs admin/day.xhtml, the end of day: the X report now (printable, as CSV), the Z close of the
 * business day behind a confirmation, and the days closed, each one's Z report as it was frozen
 * ({@code ?closed=2026-12-07}).
 */
@Named
@ViewScoped
public class DayBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB DayReports reports;

  @Inject StoreFormat format;

  /** The closed day shown, from the view parameter; null for the X report now. */
  private LocalDate closed;

  // Worked out again after a restore: the X report changes with every payment.
  private transient DayReport report;
  private transient List<DayClose> closes;

  /** The view action: reads the report shown. */
  public void open() {
    report = null;
    getReport();
  }

  /** Closes the business day (Z) and shows its report as frozen. */
  public void close() {
    PageMessages.attempt("day.attempt.close", () -> reports.close(manager()))
        .ifPresent(
            z -> {
              report = z;
              closed = z.businessDay();
              closes = null;
              PageMessages.info("day.closed", format.date(z.businessDay()), format.time(z.to()));
            });
  }

  private static String manager() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
  }

  /** The X report now, or the frozen Z report of the closed day asked for. */
  public DayReport getReport() {
    if (report == null) {
      LocalDate day = closed;
      report =
          day == null
              ? reports.now()
              : PageMessages.attempt("day.attempt.show", () -> reports.frozen(day))
                  .orElseGet(
                      () -> {
                        closed = null;
                        return reports.now();
                      });
    }
    return report;
  }

  /** True when the report shown is a closed day's (Z). */
  public boolean isFrozen() {
    return DayReport.Z.equals(getReport().kind());
  }

  /** True when the report starts at a previous close (not at the beginning). */
  public boolean isSinceAClose() {
    return !DayReportCsv.isBeginning(getReport().from());
  }

  /** The days closed, newest first. */
  public List<DayClose> getCloses() {
    if (closes == null) {
      closes = reports.closes();
    }
    return closes;
  }

  /** The report's CSV, relative to the application's root. */
  public String getCsvPath() {
    return isFrozen()
        ? "api/reports/closes/" + getReport().businessDay() + "?format=csv"
        : "api/reports/day?format=csv";
  }

  public LocalDate getClosed() {
    return closed;
  }

  public void setClosed(LocalDate closed) {
    this.closed = closed;
  }
}
