package com.angelskitchen.it.reports;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard in Chromium, for the known data set: its cards and tables show the hand-worked
 * figures, every chart is drawn, a table's CSV link downloads the same figures, and the live panel
 * follows the kitchen without a reload.
 */
class DashboardPageIT extends EarTestBase {

  @Test
  void theDashboardShowsChartsAndTablesAndItsCsvHasTheSameFigures() throws Exception {
    KnownSales known = KnownSales.write();
    try (Browser manager = Browser.signedInAs(Staff.manager())) {
      manager.open("admin/dashboard.xhtml?" + known.period());
      String orders = manager.await(d -> text(d.findElement(By.id("ak-orders"))));
      assertThat(orders).isEqualTo("3");
      // Money the store's way: the test store is en-US, in dollars.
      assertThat(manager.driver().findElement(By.id("ak-revenue")).getText()).isEqualTo("$423.50");
      assertThat(manager.driver().findElement(By.id("ak-average")).getText()).isEqualTo("$141.17");
      assertThat(manager.driver().findElement(By.id("ak-cancelled")).getText()).isEqualTo("2");
      assertThat(manager.driver().findElement(By.id("ak-discounts")).getText()).isEqualTo("$0.00");
      assertThat(manager.driver().findElement(By.id("ak-tips")).getText()).isEqualTo("$0.00");
      assertThat(manager.driver().findElement(By.id("ak-refunds")).getText()).isEqualTo("$0.00");
      assertThat(manager.driver().findElement(By.id("ak-revenue-after-refunds")).getText())
          .isEqualTo("$423.50");

      for (String chart :
          List.of(
              "hour-chart", "day-chart", "source-chart", "fulfillment-chart", "station-chart")) {
        manager.await(
            d ->
                Boolean.TRUE.equals(
                    manager.script(
                        "const c = document.querySelector(arguments[0] + ' canvas');"
                            + " if (!c || c.width === 0) return false;"
                            + " const px = c.getContext('2d').getImageData(0, 0, c.width,"
                            + " c.height).data;"
                            + " for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) return"
                            + " true; }"
                            + " return false;",
                        "[id$='" + chart + "']")));
      }

      assertThat(
              manager.script(
                  "const c = document.querySelector(\"[id$='source-chart'] canvas\");"
                      + " const chart = window.Chart && Chart.getChart(c);"
                      + " return chart ? JSON.stringify([chart.data.labels,"
                      + " chart.data.datasets[0].data]) : 'no chart';"))
          .as("the source chart plots the period's orders by source")
          .isEqualTo("[[\"DoorDash\",\"POS\",\"Uber Eats\"],[1,1,1]]");

      List<String> shown =
          manager.driver().findElements(By.cssSelector("[id$='by-source'] tbody tr")).stream()
              .map(r -> r.getText().replaceAll("\\s+", " ").strip())
              .toList();
      assertThat(shown).containsExactly("DoorDash 1 242.00", "POS 1 121.00", "Uber Eats 1 60.50");
      manager.screenshot("dashboard");

      manager.driver().findElement(By.xpath("//a[contains(@href, 'by-source.csv')]")).click();
      String csv = manager.downloaded("by-source-");
      assertThat(csv)
          .as("UTF-8 with a BOM, commas for an en-US store, the header in the manager's language")
          .startsWith("\uFEFFsource,orders,revenue\r\n");
      assertThat(csv.lines().skip(1).toList())
          .as("the CSV file has the figures the page shows, sources as their codes")
          .containsExactly("DOORDASH,1,242.00", "POS,1,121.00", "UBER_EATS,1,60.50");
    }
  }

  @Test
  void theLivePanelFollowsTheKitchenWithoutAReload() throws Exception {
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    try (Browser manager = Browser.signedInAs(Staff.manager())) {
      manager.open("admin/dashboard.xhtml");
      manager.await(d -> d.findElement(By.id("ak-dash-link")).getText().equals("live"));
      manager.script("window.akSamePage = 'yes';");
      long before = openTickets(manager, "Fritura");
      api.placeOrder(Guests.unique("Live"), line(menu.carne, 1));
      manager.await(d -> openTickets(manager, "Fritura") > before);
      assertThat(manager.script("return window.akSamePage;")).isEqualTo("yes");
    }
  }

  private static long openTickets(Browser browser, String station) {
    return browser.driver().findElements(By.cssSelector("[id$='live-stations'] tbody tr")).stream()
        .filter(r -> r.getText().startsWith(station))
        .map(r -> r.findElement(By.cssSelector(".ak-open")).getText())
        .mapToLong(Long::parseLong)
        .findFirst()
        .orElse(-1);
  }

  private static String text(WebElement element) {
    String t = element.getText();
    return t.isEmpty() ? null : t;
  }
}
