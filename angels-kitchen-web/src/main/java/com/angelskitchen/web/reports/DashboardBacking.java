package com.angelskitchen.web.reports;

import com.angelskitchen.reporting.boundary.KitchenLoad;
import com.angelskitchen.reporting.boundary.ManagerReports;
import com.angelskitchen.reporting.boundary.Period;
import com.angelskitchen.reporting.boundary.Sales;
import com.angelskitchen.reporting.boundary.Speed;
import com.angelskitchen.web.PageMessages;
import com.angelskitchen.web.i18n.StoreFormat;
import com.angelskitchen.web.i18n.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Backs admin/dashboard.xhtml: a period of business days (today, 7 or 30 days, this year, or any
 * dates), its sales and speed of service, and the live kitchen panel, which the page's script
 * refreshes whenever the kitchen socket reports a change.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A source's and a fulfillment's names: Texts keys ending with the code. */
  private static final String SOURCE = "dashboard.source.";

  private static final String FULFILLMENT = "dashboard.fulfillment.";

  @EJB ManagerReports reports;

  @Inject StoreFormat format;

  private LocalDate from;
  private LocalDate to;
  // Figures are worked out again after a session is restored (records are not Serializable).
  private transient Sales sales;
  private transient Speed speed;
  private transient KitchenLoad load;

  @PostConstruct
  void init() {
    LocalDate today = reports.today();
    from = today;
    to = today;
  }

  /** Runs when the page opens (after ?from=&to= are applied): loads the period and the panel. */
  public void open() {
    reload();
    refreshLive();
  }

  public void reload() {
    if (from == null || to == null) {
      PageMessages.error("dashboard.period.missing");
      return;
    }
    PageMessages.attempt(
        "dashboard.attempt.load",
        () -> {
          ManagerReports.Figures figures = reports.figures(new Period(from, to));
          sales = figures.sales();
          speed = figures.speed();
        });
  }

  public void refreshLive() {
    load = reports.load();
  }

  /** Today, or the last {@code days} business days up to today. */
  public void lastDays(int days) {
    to = reports.today();
    from = to.minusDays(days - 1L);
    reload();
  }

  public void thisYear() {
    to = reports.today();
    from = to.withDayOfYear(1);
    reload();
  }

  public Sales getSales() {
    loaded();
    return sales;
  }

  public Speed getSpeed() {
    loaded();
    return speed;
  }

  public KitchenLoad getLoad() {
    if (load == null) {
      refreshLive();
    }
    return load;
  }

  /** Figures for today when the page could not load the asked period (e.g. a malformed date). */
  private void loaded() {
    if (sales == null || speed == null) {
      Period today = Period.day(reports.today());
      sales = reports.sales(today);
      speed = reports.speed(today);
    }
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  /** The query string of the CSV links: the period shown. */
  public String getPeriodQuery() {
    return "from=" + getSales().period().first() + "&to=" + getSales().period().last();
  }

  /**
   * A bucket's key as the tables and charts show it: a source or fulfillment in the screen's
   * language (a code with no text shows as it is), a business day the store's way, an hour as it
   * is.
   */
  public String bucketLabel(String kind, String key) {
    if (key == null) {
      return "";
    }
    return switch (kind == null ? "" : kind) {
      case "source" -> named(PageMessages.texts(), SOURCE + key, key);
      case "fulfillment" -> named(PageMessages.texts(), FULFILLMENT + key, key);
      case "day" -> day(key);
      default -> key;
    };
  }

  /** A cancellation's kind, "void" or "partner cancellation", in the screen's language. */
  public String cancellationKind(String kind) {
    return "void".equals(kind)
        ? PageMessages.texts().get("dashboard.kind.void")
        : PageMessages.texts().get("dashboard.kind.partner");
  }

  private static String named(Texts texts, String key, String otherwise) {
    return texts.has(key) ? texts.get(key) : otherwise;
  }

  private String day(String key) {
    try {
      return format.date(LocalDate.parse(key));
    } catch (DateTimeParseException notADay) {
      return key;
    }
  }

  private List<String> labels(String kind, List<Sales.Bucket> buckets) {
    return buckets.stream().map(b -> bucketLabel(kind, b.key())).toList();
  }

  private String locale() {
    return format.locale().toLanguageTag();
  }

  public String getHourChart() {
    Texts texts = PageMessages.texts();
    return Charts.bars(
        locale(),
        texts.get("dashboard.chart.ordersByHour"),
        labels("hour", getSales().byHour()),
        List.of(
            new Charts.Series(
                texts.get("dashboard.orders"),
                getSales().byHour().stream().map(b -> (Number) b.orders()).toList()),
            new Charts.Series(
                texts.get("dashboard.revenue"),
                getSales().byHour().stream().map(b -> (Number) b.revenue()).toList(),
                "revenue")));
  }

  public String getDayChart() {
    Texts texts = PageMessages.texts();
    return Charts.line(
        locale(),
        texts.get("dashboard.chart.revenueByDay"),
        labels("day", getSales().byDay()),
        new Charts.Series(
            texts.get("dashboard.revenue"),
            getSales().byDay().stream().map(b -> (Number) b.revenue()).toList()));
  }

  public String getSourceChart() {
    return Charts.doughnut(
        locale(),
        PageMessages.texts().get("dashboard.chart.ordersBySource"),
        labels("source", getSales().bySource()),
        getSales().bySource().stream().map(b -> (Number) b.orders()).toList());
  }

  public String getFulfillmentChart() {
    return Charts.doughnut(
        locale(),
        PageMessages.texts().get("dashboard.chart.ordersByFulfillment"),
        labels("fulfillment", getSales().byFulfillment()),
        getSales().byFulfillment().stream().map(b -> (Number) b.orders()).toList());
  }

  public String getStationChart() {
    Texts texts = PageMessages.texts();
    return Charts.bars(
        locale(),
        texts.get("dashboard.chart.ticketTime"),
        getSpeed().stations().stream().map(Speed.StationSpeed::name).toList(),
        List.of(
            new Charts.Series(
                texts.get("dashboard.chart.median"),
                getSpeed().stations().stream().map(s -> (Number) s.medianMinutes()).toList()),
            new Charts.Series(
                texts.get("dashboard.chart.p90"),
                getSpeed().stations().stream().map(s -> (Number) s.p90Minutes()).toList())));
  }

  public String getQuarterChart() {
    Texts texts = PageMessages.texts();
    return Charts.bars(
        locale(),
        texts.get("dashboard.chart.quarterHours"),
        getLoad().quarterHours().stream().map(q -> q.start().toString()).toList(),
        List.of(
            new Charts.Series(
                texts.get("dashboard.orders"),
                getLoad().quarterHours().stream().map(q -> (Number) q.orders()).toList())));
  }
}
