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
    for (String printer : List.of(station, "receipt-" + menu.suffix, "other-" + menu.suffix)) {
      api.send(HttpRequest.newBuilder(TestServer.http("api/printers/" + printer)).DELETE().build());
    }
  }

  @Test
  void everyTicketOfABurstPrintsOnceInTheOrderItWasQueued() throws Exception {
    printing("EVERY_TICKET", 30);
    // Twelve orders from four tills at once.
    java.util.concurrent.ExecutorService tills =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<String>> placing = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        int quantity = 1 + i % 3;
        placing.add(
            tills.submit(
                () ->
                    api.placeOrder(Guests.unique("Burst"), line(menu.carne, quantity))
                        .getString("orderNumber")));
      }
      List<String> numbers = new ArrayList<>();
      for (java.util.concurrent.Future<String> placed : placing) {
        numbers.add(placed.get(60, java.util.concurrent.TimeUnit.SECONDS));
      }
      await("12 tickets on paper")
          .atMost(PATIENCE)
          .until(() -> printers.printed(port).size() >= 12);
      await("every job printed")
          .atMost(PATIENCE)
          .until(
              () ->
                  KitchenDatabase.number(
                          "SELECT count(*) FROM print_job WHERE printer_code = ? AND kind = 'TICKET'"
                              + " AND status = 'PRINTED'",
                          station)
                      == 12);
      List<Printers.Slip> slips = printers.printed(port);
      assertThat(slips).as("each ticket once").hasSize(12).allMatch(s -> s.cut() && !s.reprint());
      assertThat(slips.stream().map(s -> Integer.valueOf(numberOn(s.text()))).toList())
          .containsExactlyInAnyOrderElementsOf(numbers.stream().map(Integer::valueOf).toList())
          // Paper comes out in the order the jobs were queued: the tickets in each sweep in the
          // order they were fired, sweep after sweep.
          .containsExactlyElementsOf(queuedOrderNumbers());
      assertThat(slips.get(0).text()).contains("x CARNE");
    } finally {
      tills.shutdownNow();
    }
  }

  /** The order numbers of this station's ticket jobs, in the order they were queued. */
  private List<Integer> queuedOrderNumbers() throws Exception {
    List<Integer> numbers = new ArrayList<>();
    try (java.sql.Connection db = TestServer.database();
        java.sql.PreparedStatement query =
            db.prepareStatement(
                "SELECT o.order_number FROM print_job j JOIN kitchen_order o ON o.id = j.order_id"
                    + " WHERE j.printer_code = ? AND j.kind = 'TICKET' ORDER BY j.id")) {
      query.setString(1, station);
      try (java.sql.ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          numbers.add(rows.getInt(1));
        }
      }
    }
    return numbers;
  }

  /** The order number a kitchen slip is for ("#12" on it). */
  private static String numberOn(String text) {
    java.util.regex.Matcher number = java.util.regex.Pattern.compile("#(\\d+)").matcher(text);
    assertThat(number.find()).as(text).isTrue();
    return number.group(1);
  }

  @Test
  void aJobQueuedWhileThePrinterIsUnpluggedSurvivesAServerCrashAndPrintsOnce() throws Exception {
    printers.offline(port, true);
    try {
      printing("EVERY_TICKET", 30);
      String number =
          api.placeOrder(Guests.unique("Crash"), line(menu.carne, 2)).getString("orderNumber");
      await("the job tried and waiting")
          .atMost(PATIENCE)
          .until(
              () ->
                  KitchenDatabase.number(
                          "SELECT count(*) FROM print_job WHERE printer_code = ? AND status ="
                              + " 'QUEUED' AND attempts > 0",
                          station)
                      == 1);
      await("the printer shows offline")
          .atMost(PATIENCE)
          .until(() -> printerStatus().equals("OFFLINE"));
      TestServer.kill();
      printers.offline(port, false);
      TestServer.start();
      await("printed after the restart")
          .atMost(Duration.ofSeconds(60))
          .until(() -> printers.printed(port).size() >= 1);
      await("the job printed")
          .atMost(PATIENCE)
          .until(
              () ->
                  KitchenDatabase.number(
                          "SELECT count(*) FROM print_job WHERE printer_code = ? AND status ="
                              + " 'PRINTED'",
                          station)
                      == 1);
      List<Printers.Slip> slips = printers.printed(port);
      assertThat(slips).hasSize(1);
      assertThat(slips.get(0).text()).contains("#" + number);
      assertThat(slips.get(0).reprint()).as("nothing reached the printer before").isFalse();
    } finally {
      printers.offline(port, false);
    }
  }

  @Test
  void aPrinterOutOfPaperShowsOnTheApiAndTheHealthCheckAndTheServerStaysReady() {
    printing("EVERY_TICKET", 30);
    printers.paperOut(port, true);
    try {
      await("paper out").atMost(PATIENCE).until(() -> printerStatus().equals("PAPER_OUT"));
      HttpResponse<String> health = api.get("health/ready");
      assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
      assertThat(health.body()).contains("printer." + station).contains("PAPER_OUT");
    } finally {
      printers.paperOut(port, false);
    }
    await("paper back").atMost(PATIENCE).until(() -> printerStatus().equals("ONLINE"));
  }

  @Test
  void aTicketMovedAwayPrintsAtItsNewStationAndItsWaitingSlipIsSkipped() throws Exception {
    // This station's printer is unplugged: the ticket's slip waits.
    printers.offline(port, true);
    try {
      printing("EVERY_TICKET", 30);
      String other = "other-" + menu.suffix;
      KitchenSetup.putStation(api, other, "Otra " + menu.suffix, 21);
      int otherPort = printers.port(4);
      printers.clear(otherPort);
      ok(
          api.put(
              "api/printers/" + other,
              "{\"name\": \"Otra\", \"host\": \"%s\", \"port\": %d}"
                  .formatted(printers.host(), otherPort)),
          201);
      ok(
          api.put(
              "api/stations/" + other + "/printing",
              "{\"printer\": \"%s\", \"mode\": \"EVERY_TICKET\", \"fallbackSeconds\": 30}"
                  .formatted(other)),
          200);
      JsonObject placed = api.placeOrder(Guests.unique("Moved"), line(menu.carne, 3));
      long orderId = placed.getJsonNumber("orderId").longValue();
      String number = placed.getString("orderNumber");
      long ticketId = api.ticket(orderId, station).getJsonNumber("ticketId").longValue();
      await("its slip waits for the unplugged printer")
          .atMost(PATIENCE)
          .until(
              () ->
                  KitchenDatabase.number(
                          "SELECT count(*) FROM print_job WHERE ticket_id = ? AND status = 'QUEUED'"
                              + " AND attempts > 0",
                          ticketId)
                      == 1);

      HttpResponse<String> moved =
          api.post("api/tickets/" + ticketId + "/move", "{\"station\": \"" + other + "\"}");
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
      await("the slip at the new station")
          .atMost(PATIENCE)
          .until(() -> printers.printed(otherPort).size() >= 1);
      assertThat(printers.printed(otherPort).get(0).text())
          .contains("#" + number)
          .contains("3x CARNE")
          .contains(("Otra " + menu.suffix).toUpperCase(java.util.Locale.ROOT));

      printers.offline(port, false);
      await("the old station's slip skipped")
          .atMost(PATIENCE)
          .until(
              () ->
                  "SKIPPED"
                      .equals(
                          KitchenDatabase.text(
                              "SELECT status FROM print_job WHERE ticket_id = ? AND station_code = ?",
                              ticketId,
                              station)));
      assertThat(printers.printed(port)).as("nothing at the station it left").isEmpty();
      assertThat(printers.printed(otherPort)).hasSize(1);
    } finally {
      printers.offline(port, false);
    }
  }

  @Test
  void aPrintedTicketWhoseOrderIsCancelledGetsACancelledSlip() {
    printing("EVERY_TICKET", 30);
    JsonObject placed = api.placeOrder(Guests.unique("Cancel"), line(menu.carne, 1));
    String number = placed.getString("orderNumber");
    await("the ticket on paper").atMost(PATIENCE).until(() -> printers.printed(port).size() >= 1);

    HttpResponse<String> cancelled =
        api.post(
            "api/orders/" + placed.getJsonNumber("orderId") + "/cancel",
            "{\"reason\": \"the guest left\"}");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    await("the cancellation on paper")
        .atMost(PATIENCE)
        .until(() -> printers.printed(port).size() >= 2);
    Printers.Slip slip = printers.printed(port).get(1);
    assertThat(slip.text()).contains("CANCELLED").contains("#" + number).contains("the guest left");
    assertThat(slip.reprint()).isFalse();
    long ticketId =
        api.ticket(placed.getJsonNumber("orderId").longValue(), station)
            .getJsonNumber("ticketId")
            .longValue();
    HttpResponse<String> reprint = api.post("api/tickets/" + ticketId + "/print");
    assertThat(reprint.statusCode()).as("a cancelled ticket is not reprinted").isEqualTo(409);
  }

  private String printerStatus() {
    return Json.object(api.get("api/printers/" + station).body()).getString("status");
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

    // A card payment opens no drawer; its receipt prints all the same.
    JsonObject byCard = api.placeOrder(Guests.unique("Card"), line(menu.carne, 1));
    HttpResponse<String> card =
        api.post(
            "api/orders/" + byCard.getJsonNumber("orderId").longValue() + "/payments",
            "{\"method\": \"CARD\"}");
    assertThat(card.statusCode()).as(card.body()).isEqualTo(201);
    await("the card receipt prints")
        .atMost(PATIENCE)
        .until(
            () ->
                printers.printed(receipt).stream()
                    .anyMatch(s -> s.text().contains("Order " + byCard.getString("orderNumber"))));
    assertThat(printers.drawerOpenings(receipt)).isEqualTo(drawerBefore + 1);
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
