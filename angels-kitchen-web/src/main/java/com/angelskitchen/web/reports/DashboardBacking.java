package com.angelskitchen.web.reports;

import com.angelskitchen.reporting.boundary.KitchenLoad;
import com.angelskitchen.reporting.boundary.ManagerReports;
import com.angelskitchen.reporting.boundary.Period;
import com.angelskitchen.reporting.boundary.Sales;
import com.angelskitchen.reporting.boundary.Speed;
import com.angelskitchen.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
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

  @EJB ManagerReports reports;

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
      PageMessages.error("Choose the first and the last day.");
      return;
    }
    PageMessages.attempt(
        "load the figures",
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

  public String getHourChart() {
    return Charts.bars(
        "Orders by hour",
        getSales().byHour().stream().map(Sales.Bucket::key).toList(),
        List.of(
            new Charts.Series(
                "Orders", getSales().byHour().stream().map(b -> (Number) b.orders()).toList()),
            new Charts.Series(
                "Revenue",
                getSales().byHour().stream().map(b -> (Number) b.revenue()).toList(),
                "revenue")));
  }

  public String getDayChart() {
    return Charts.line(
        "Revenue by day",
        getSales().byDay().stream().map(Sales.Bucket::key).toList(),
        new Charts.Series(
            "Revenue", getSales().byDay().stream().map(b -> (Number) b.revenue()).toList()));
  }

  public String getSourceChart() {
    return Charts.doughnut(
        "Orders by source",
        getSales().bySource().stream().map(Sales.Bucket::key).toList(),
        getSales().bySource().stream().map(b -> (Number) b.orders()).toList());
  }

  public String getFulfillmentChart() {
    return Charts.doughnut(
        "Orders by fulfillment",
        getSales().byFulfillment().stream().map(Sales.Bucket::key).toList(),
        getSales().byFulfillment().stream().map(b -> (Number) b.orders()).toList());
  }

  public String getStationChart() {
    return Charts.bars(
        "Ticket time by station (minutes)",
        getSpeed().stations().stream().map(Speed.StationSpeed::name).toList(),
        List.of(
            new Charts.Series(
                "Median",
                getSpeed().stations().stream().map(s -> (Number) s.medianMinutes()).toList()),
            new Charts.Series(
                "90th percentile",
                getSpeed().stations().stream().map(s -> (Number) s.p90Minutes()).toList())));
  }

  public String getQuarterChart() {
    return Charts.bars(
        "Orders per quarter hour today",
        getLoad().quarterHours().stream().map(q -> q.start().toString()).toList(),
        List.of(
            new Charts.Series(
                "Orders",
                getLoad().quarterHours().stream().map(q -> (Number) q.orders()).toList())));
  }
}
