package com.angelskitchen.it.kds;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.StationScreen;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The push protocol at the WebSocket level: resume, replay, snapshot, order, channels. */
class KdsProtocolIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void aScreenThatReconnectsGetsExactlyWhatItMissedInOrder() throws Exception {
    long last;
    try (StationScreen fritura = StationScreen.connect("fritura")) {
      JsonObject before = api.placeOrder(Guests.unique("Before"), line(menu.carne, 1));
      last = fritura.nextEvent().getJsonNumber("sequence").longValue();
      assertThat(last).isEqualTo(before.getJsonNumber("sequence").longValue());
    }
    List<Long> missed = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      missed.add(
          api.placeOrder(Guests.unique("Missed" + i), line(menu.carne, 1))
              .getJsonNumber("orderId")
              .longValue());
    }
    api.placeOrder(Guests.unique("NotFritura"), line(menu.humita, 1));

    try (StationScreen fritura = StationScreen.open("fritura")) {
      assertThat(fritura.next().getString("type")).isEqualTo("Welcome");
      List<JsonObject> replay = fritura.resume(last);

      assertThat(replay)
          .extracting(m -> m.getString("type"))
          .containsExactly("OrderPlaced", "OrderPlaced", "OrderPlaced", "ReplayDone");
      assertThat(replay.subList(0, 3))
          .extracting(KdsProtocolIT::orderId)
          .containsExactlyElementsOf(missed);
      List<Long> sequences =
          replay.subList(0, 3).stream().map(m -> m.getJsonNumber("sequence").longValue()).toList();
      assertThat(sequences).isSorted().doesNotHaveDuplicates();

      // And live again afterwards.
      long liveOrder =
          api.placeOrder(Guests.unique("Live"), line(menu.carne, 1))
              .getJsonNumber("orderId")
              .longValue();
      assertThat(orderId(fritura.nextEvent())).isEqualTo(liveOrder);
    }
  }

  @Test
  void aNewScreenStartsFromASnapshotOfItsOpenTickets() throws Exception {
    long orderId =
        api.placeOrder(Guests.unique("Snap"), line(menu.carne, 2).without(menu.cebolla))
            .getJsonNumber("orderId")
            .longValue();

    try (StationScreen fritura = StationScreen.open("fritura")) {
      fritura.next();
      List<JsonObject> answer = fritura.resume(0);

      JsonObject snapshot = answer.get(answer.size() - 1);
      assertThat(snapshot.getString("type")).isEqualTo("Snapshot");
      JsonObject mine =
          snapshot.getJsonArray("tickets").stream()
              .map(t -> t.asJsonObject())
              .filter(t -> t.getJsonObject("order").getJsonNumber("orderId").longValue() == orderId)
              .findFirst()
              .orElseThrow();
      assertThat(
              mine.getJsonObject("ticket")
                  .getJsonArray("lines")
                  .getJsonObject(0)
                  .getJsonArray("removed")
                  .getString(0))
          .isEqualTo("Cebolla");
    }
  }

  @Test
  void theExpoHearsEveryEventStrictlyInSequenceEvenFromConcurrentWriters() throws Exception {
    int terminals = 6;
    int ordersEach = 15;
    try (StationScreen expo = StationScreen.connect("expo")) {
      ExecutorService pool = Executors.newFixedThreadPool(terminals);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < terminals; t++) {
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < ordersEach; i++) {
                    api.placeOrder(
                        Guests.unique("Expo"), line(menu.carne, 1), line(menu.humita, 1));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get();
      }
      pool.shutdown();

      List<Long> sequences = new ArrayList<>();
      for (int i = 0; i < terminals * ordersEach; i++) {
        sequences.add(expo.nextEvent().getJsonNumber("sequence").longValue());
      }
      long first = sequences.get(0);
      assertThat(sequences)
          .as("every event, in commit order, no gap, no duplicate")
          .containsExactlyElementsOf(
              LongStream.range(first, first + sequences.size()).boxed().toList());
    }
  }

  @Test
  void theBoardHearsOrderNumbersOnly() throws Exception {
    try (StationScreen board = StationScreen.connect("board")) {
      String guest = Guests.unique("Secret");
      JsonObject placed = api.placeOrder(guest, line(menu.carne, 1).note("private note"));

      JsonObject message = board.nextEvent();
      assertThat(message.getString("type")).isEqualTo("OrderPlaced");
      assertThat(message.getJsonObject("data").getString("orderNumber"))
          .isEqualTo(placed.getString("orderNumber"));
      assertThat(message.getJsonObject("data").getString("status")).isEqualTo("IN_KITCHEN");
      assertThat(message.toString()).doesNotContain(guest, "private note", "CARNE");
    }
  }

  @Test
  void anUnknownChannelIsRefusedAtTheHandshake() throws Exception {
    for (String nowhere : List.of("parrilla", "Fritura", "fritura/extra")) {
      assertThat(StationScreen.handshakeStatus(nowhere, Staff.manager()))
          .as(nowhere)
          .isEqualTo(404);
    }
    // A known one still opens, from the same kind of client.
    try (StationScreen fritura = StationScreen.open("fritura")) {
      assertThat(fritura.next().getString("type")).isEqualTo("Welcome");
    }
  }

  static long orderId(JsonObject message) {
    return message
        .getJsonObject("data")
        .getJsonObject("order")
        .getJsonNumber("orderId")
        .longValue();
  }

  @Test
  void aBacklogOfMoreThanFiveHundredTicketsSnapshotsTheNewestFiveHundred() throws Exception {
    // A station of its own, fed by one item, so the backlog is exactly what this test placed.
    String station = "backlog-" + menu.suffix;
    KitchenSetup.putStation(api, station, "Backlog " + menu.suffix, 9);
    menu.rule("item", menu.gaseosa, station);

    long oldest =
        api.placeOrder(Guests.unique("First"), line(menu.gaseosa, 1))
            .getJsonNumber("orderId")
            .longValue();
    ExecutorService terminals = Executors.newFixedThreadPool(8);
    try {
      List<Future<JsonObject>> placed = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        placed.add(
            terminals.submit(
                () -> api.placeOrder(Guests.unique("Backlog"), line(menu.gaseosa, 1))));
      }
      for (Future<JsonObject> order : placed) {
        order.get();
      }
    } finally {
      terminals.shutdownNow();
    }
    long newest =
        api.placeOrder(Guests.unique("Last"), line(menu.gaseosa, 1))
            .getJsonNumber("orderId")
            .longValue();

    try (StationScreen backlog = StationScreen.open(station)) {
      backlog.next();
      List<JsonObject> answer = backlog.resume(0);
      JsonObject snapshot = answer.get(answer.size() - 1);
      assertThat(snapshot.getString("type")).isEqualTo("Snapshot");
      List<Long> orders =
          snapshot.getJsonArray("tickets").stream()
              .map(
                  t -> t.asJsonObject().getJsonObject("order").getJsonNumber("orderId").longValue())
              .toList();
      assertThat(orders).hasSize(500).contains(newest).doesNotContain(oldest);
      assertThat(orders.get(orders.size() - 1)).as("still listed oldest first").isEqualTo(newest);
    }
  }
}
