package com.angelskitchen.it.devices;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Printers;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A manager sets up a kitchen printer on the stations page as they would on a Friday afternoon: a
 * wrong address is refused with a message, the printer shows online, a station is set to print
 * every ticket; the orders page reprints an order's tickets, and the cashier's receipt page prints
 * the receipt on the receipt printer.
 */
class PrinterPagesIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  final Printers printers = new Printers();

  private String printer;
  private String receiptPrinter;

  @AfterEach
  void removeThePrinters() {
    for (String code : new String[] {printer, receiptPrinter}) {
      if (code != null) {
        api.send(HttpRequest.newBuilder(TestServer.http("api/printers/" + code)).DELETE().build());
      }
    }
  }

  @Test
  void aManagerSetsUpAPrinterTheStationPrintsAndTheOrdersPageReprints() throws Exception {
    String station = "pages-" + menu.suffix;
    KitchenSetup.putStation(api, station, "Pages " + menu.suffix, 22);
    menu.rule("item", menu.carne, station);
    printer = "p-" + menu.suffix;
    int port = printers.port(2);
    printers.clear(port);

    try (Browser manager = Browser.signedInAs(Staff.manager())) {
      manager.open("admin/kitchen.xhtml");
      WebDriver page = manager.driver();
      manager.await(d -> d.findElement(By.linkText("Printers"))).click();
      manager.await(d -> d.findElement(By.id("tabs:printers:new-printer"))).click();
      manager.await(d -> visible(d, By.id("printer-form:code"))).sendKeys(printer);
      page.findElement(By.id("printer-form:name")).sendKeys("Pages " + menu.suffix);
      page.findElement(By.id("printer-form:host")).sendKeys("http://" + printers.host() + "/x");
      WebElement portField = page.findElement(By.id("printer-form:port_input"));
      portField.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(port), Keys.TAB);
      page.findElement(By.id("printer-form:save")).click();
      // A URL is not a printer's address: said on the page, nothing saved.
      manager.await(d -> d.getPageSource().contains("must be a host name or an IP address"));
      assertThat(api.get("api/printers/" + printer).statusCode()).isEqualTo(404);

      WebElement host = page.findElement(By.id("printer-form:host"));
      host.clear();
      host.sendKeys(printers.host());
      page.findElement(By.id("printer-form:save")).click();
      manager.await(
          d ->
              d
                  .findElements(
                      By.cssSelector(".ak-printer-status[data-printer='" + printer + "']"))
                  .stream()
                  .findFirst()
                  .orElse(null));
      // The printer answers the status probe (every ten seconds): online.
      manager.await(
          d -> {
            boolean online =
                d
                    .findElements(
                        By.cssSelector(".ak-printer-status[data-printer='" + printer + "']"))
                    .stream()
                    .anyMatch(s -> "ONLINE".equals(s.getAttribute("data-status")));
            if (!online && ajaxIdle(manager)) {
              d.findElement(By.id("tabs:printers:refresh")).click();
            }
            return online;
          },
          Duration.ofSeconds(30));
      // A refresh still on its way would redraw the form over the choices made below.
      manager.await(d -> ajaxIdle(manager));
      manager.screenshot("printers-tab-online");

      // The station prints every ticket on it.
      WebElement row =
          manager.await(
              d ->
                  d.findElements(By.cssSelector("[id='tabs:printers:stations_data'] > tr")).stream()
                      .filter(r -> r.getText().contains(station))
                      .findFirst()
                      .orElse(null));
      String rowPrefix = row.findElement(By.cssSelector("[id$=':printer']")).getAttribute("id");
      rowPrefix = rowPrefix.substring(0, rowPrefix.length() - "printer".length());
      manager.script(
          "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
          rowPrefix + "printer",
          printer);
      manager.script(
          "PrimeFaces.getWidgetById(arguments[0]).selectValue('EVERY_TICKET');",
          rowPrefix + "mode");
      page.findElement(By.id(rowPrefix + "save-station")).click();
      await("the station prints every ticket")
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  "EVERY_TICKET"
                      .equals(
                          Json.object(api.get("api/stations/" + station + "/printing").body())
                              .getString("mode")));

      JsonObject placed = api.placeOrder(Guests.unique("Paper"), line(menu.carne, 2));
      String number = placed.getString("orderNumber");
      await("the ticket on paper")
          .atMost(Duration.ofSeconds(30))
          .until(() -> slipsFor(port, number).size() == 1);
      assertThat(slipsFor(port, number).get(0).reprint()).isFalse();

      // The orders page prints the order's tickets again, marked as a reprint.
      manager.open("orders/");
      manager
          .await(
              d ->
                  d
                      .findElements(
                          By.cssSelector(
                              ".ak-reprint[data-order='" + placed.getJsonNumber("orderId") + "']"))
                      .stream()
                      .findFirst()
                      .orElse(null))
          .click();
      manager.await(d -> d.getPageSource().contains("ticket(s) sent to the kitchen printers"));
      await("the reprint on paper")
          .atMost(Duration.ofSeconds(30))
          .until(() -> slipsFor(port, number).size() == 2);
      Printers.Slip reprint = slipsFor(port, number).get(1);
      assertThat(reprint.reprint()).isTrue();
      assertThat(reprint.text()).contains("REPRINT").contains("2x CARNE");
    }
  }

  @Test
  void theReceiptPageAsksForTheReceiptPrinterAndPrintsOnIt() throws Exception {
    JsonObject placed = api.placeOrder(Guests.unique("Receipt"), line(menu.gaseosa, 1));
    long orderId = placed.getJsonNumber("orderId").longValue();
    try (Browser cashier = Browser.signedInAs(Staff.cashier())) {
      cashier.open("pos/receipt.xhtml?order=" + orderId);
      cashier.await(d -> d.findElement(By.id("receipt-actions:print-receipt"))).click();
      // No receipt printer yet: the cashier is told so.
      cashier.await(d -> d.getPageSource().contains("no receipt printer is set up"));

      receiptPrinter = "r-" + menu.suffix;
      int port = printers.port(3);
      printers.clear(port);
      assertThat(
              api.put(
                      "api/printers/" + receiptPrinter,
                      "{\"name\": \"Caja\", \"host\": \"%s\", \"port\": %d, \"receipt\": true}"
                          .formatted(printers.host(), port))
                  .statusCode())
          .isEqualTo(201);
      cashier.open("pos/receipt.xhtml?order=" + orderId);
      cashier.await(d -> d.findElement(By.id("receipt-actions:print-receipt"))).click();
      await("the receipt on paper")
          .atMost(Duration.ofSeconds(30))
          .until(() -> !slipsFor(port, placed.getString("orderNumber")).isEmpty());
      assertThat(slipsFor(port, placed.getString("orderNumber")).get(0).text().toUpperCase())
          .contains("GASEOSA")
          .contains("TOTAL");
    }
  }

  private static boolean ajaxIdle(Browser browser) {
    return Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty();"));
  }

  private List<Printers.Slip> slipsFor(int port, String number) {
    return printers.printed(port).stream()
        .filter(s -> s.text().contains("#" + number) || s.text().contains("Order " + number))
        .toList();
  }

  private static WebElement visible(WebDriver driver, By by) {
    WebElement element = driver.findElement(by);
    return element.isDisplayed() ? element : null;
  }
}
