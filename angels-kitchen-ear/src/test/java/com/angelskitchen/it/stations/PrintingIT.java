package com.angelskitchen.it.stations;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Printers;
import com.angelskitchen.it.support.StationScreen;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Paper in the kitchen, on the fake ESC/POS printer: a station of the test's own prints every
 * ticket of a burst once and in order, or — in fallback mode — nothing while its screen is up and
 * every open ticket once the screen has been gone for the fallback's seconds; a reprint says so;
 * the cash drawer opens on a cash payment and the receipt prints.
 */
class PrintingIT extends EarTestBase {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  @EmpanadaMenu KitchenSetup menu;

  final Printers printers = new Printers();

  String station;
  int port;

  @BeforeEach
  void aStationWithAPrinterOfItsOwn() {
    station = "print-" + menu.suffix;
    KitchenSetup.putStation(api, station, "Impresión " + menu.suffix, 20);
    menu.rule("item", menu.carne, station);
    port = printers.port(1);
    printers.clear();
    ok(
        api.put(
            "api/printers/" + station,
            "{\"name\": \"Printer %s\", \"host\": \"%s\", \"port\": %d}"
                .formatted(menu.suffix, printers.host(), port)),
        201);
  }

  @AfterEach
  void removeThePrinters() {
    for (String printer : List.of(station, "receipt-" + menu.suffix)) {
      api.send(HttpRequest.newBuilder(TestServer.http("api/printers/" + printer)).DELETE().build());
    }
  }

  @Test
  void everyTicketOfABurstPrintsOnceInTheOrderItWasFired() {
    printing("EVERY_TICKET", 30);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      numbers.add(
          api.placeOrder(Guests.unique("Burst"), line(menu.carne, 1 + i % 3))
              .getString("orderNumber"));
    }
    await("12 tickets on paper").atMost(PATIENCE).until(() -> printers.printed(port).size() >= 12);
    List<Printers.Slip> slips = printers.printed(port);
    assertThat(slips).hasSize(12).allMatch(s -> s.cut() && !s.reprint());
    for (int i = 0; i < 12; i++) {
      assertThat(slips.get(i).text()).contains("#" + numbers.get(i)).contains("x CARNE");
    }
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM print_job WHERE printer_code = ? AND kind = 'TICKET'"
                    + " AND status = 'PRINTED'",
                station))
        .isEqualTo(12);
  }

  @Test
  void aStationWhoseScreenIsGonePrintsItsOpenTicketsOnceAfterTheFallback() throws Exception {
    StationScreen screen = StationScreen.connect(station);
    printing("FALLBACK", 5);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      numbers.add(
          api.placeOrder(Guests.unique("Dark"), line(menu.carne, 1)).getString("orderNumber"));
    }
    await("nothing prints while the screen is up")
        .during(Duration.ofSeconds(8))
        .atMost(Duration.ofSeconds(12))
        .until(() -> printers.printed(port).isEmpty());
    screen.close();
    await("the open tickets on paper")
        .atMost(PATIENCE)
        .until(() -> printers.printed(port).size() >= 3);
    List<Printers.Slip> slips = printers.printed(port);
    assertThat(slips).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(slips.get(i).text()).contains("#" + numbers.get(i));
    }
    long orderId =
        api.placeOrder(Guests.unique("Later"), line(menu.carne, 2))
            .getJsonNumber("orderId")
            .longValue();
    await("a new ticket prints at once while the screens stay dark")
        .atMost(PATIENCE)
        .until(() -> printers.printed(port).size() >= 4);
    assertThat(printers.printed(port)).hasSize(4);

    long ticketId = api.ticket(orderId, station).getJsonNumber("ticketId").longValue();
    HttpResponse<String> reprint = api.post("api/tickets/" + ticketId + "/print");
    assertThat(reprint.statusCode()).as(reprint.body()).isEqualTo(202);
    await("the reprint").atMost(PATIENCE).until(() -> printers.printed(port).size() >= 5);
    Printers.Slip again = printers.printed(port).get(4);
    assertThat(again.reprint()).isTrue();
    assertThat(again.text()).startsWith("REIMPRESIÓN / REPRINT");
  }

  @Test
  void aCashPaymentOpensTheDrawerAndThePaidOrdersReceiptPrints() {
    int receipt = printers.port(0);
    ok(
        api.put(
            "api/printers/receipt-" + menu.suffix,
            "{\"name\": \"Caja\", \"host\": \"%s\", \"port\": %d, \"receipt\": true}"
                .formatted(printers.host(), receipt)),
        201);
    int drawerBefore = printers.drawerOpenings(receipt);
    JsonObject placed = api.placeOrder(Guests.unique("Cash"), line(menu.carne, 1));
    long orderId = placed.getJsonNumber("orderId").longValue();
    HttpResponse<String> paid =
        api.post(
            "api/orders/" + orderId + "/payments", "{\"method\": \"CASH\", \"cashGiven\": 10000}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);

    await("the drawer opens")
        .atMost(PATIENCE)
        .until(() -> printers.drawerOpenings(receipt) == drawerBefore + 1);
    await("the receipt prints")
        .atMost(PATIENCE)
        .until(
            () ->
                printers.printed(receipt).stream()
                    .anyMatch(s -> s.text().contains("Order " + placed.getString("orderNumber"))));
    Printers.Slip slip =
        printers.printed(receipt).stream()
            .filter(s -> s.text().contains("Order " + placed.getString("orderNumber")))
            .findFirst()
            .orElseThrow();
    assertThat(slip.text()).contains("TOTAL").contains("Paid in cash").contains("Change");
  }

  private void printing(String mode, int fallbackSeconds) {
    ok(
        api.put(
            "api/stations/" + station + "/printing",
            "{\"printer\": \"%s\", \"mode\": \"%s\", \"fallbackSeconds\": %d}"
                .formatted(station, mode, fallbackSeconds)),
        200);
  }

  private static JsonObject ok(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    return Json.object(answer.body());
  }
}
