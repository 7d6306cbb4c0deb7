package com.angelskitchen.it.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.partners.UberOrder;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import com.angelskitchen.it.support.PosPage;
import com.angelskitchen.it.support.ServerLog;
import com.angelskitchen.it.support.TestCluster;
import com.angelskitchen.it.support.TestServer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Friday night, two servers behind the load balancer, and one of them dies (kill -9): station
 * screens and a cashier are connected through the balancer, orders keep coming from the POS API and
 * from Uber Eats webhooks, each retried the way their senders retry. Nothing acknowledged is lost
 * or made twice, every screen shows every order in order within ten seconds of the kill without a
 * reload, and the cashier's next tap works without signing in again. The dead server, started
 * again, rejoins and takes traffic.
 */
class FailoverIT {

  static final Duration SHOWN_WITHIN = Duration.ofSeconds(10);

  @Test
  void killingAnInstanceLosesNoOrderNoScreenAndNoCashier() throws Exception {
    TestCluster cluster = TestCluster.get();
    try (AutoCloseable onTheCluster = cluster.target()) {
      KitchenApi api = new KitchenApi();
      KitchenSetup menu = KitchenSetup.empanadaMenu(api);
      List<KitchenWall> walls =
          List.of(
              new KitchenWall("expo"),
              new KitchenWall("expo"),
              new KitchenWall("fritura"),
              new KitchenWall("board"));
      try (PosPage pos = PosPage.open();
          Traffic traffic = new Traffic(api, new Partners(), menu)) {
        walls.forEach(KitchenWall::connect);
        await("every screen is connected")
            .atMost(Duration.ofSeconds(30))
            .until(() -> walls.stream().allMatch(KitchenWall::welcomed));
        String victim = pos.browser().driver().manage().getCookieNamed("AK_INSTANCE").getValue();
        assertThat(cluster.instances()).contains(victim);
        pos.markPageLoad();
        pos.tapItem("Fritas " + menu.suffix, menu.carne);
        pos.addToOrder(1);

        traffic.start();
        await("orders flow")
            .atMost(Duration.ofSeconds(60))
            .until(() -> traffic.acknowledged() >= 20);
        // The kill happens between these two instants: the survivor may adopt the victim's calls
        // and make them before kill() has even returned.
        java.time.Instant killStarted = java.time.Instant.now();
        int posConnections = pos.pushConnections();
        pos.recordAjax();
        cluster.kill(victim);
        long killedAt = System.nanoTime();
        java.time.Instant killedAtInstant = java.time.Instant.now();
        int beforeKill = traffic.acknowledged();
        await("orders keep flowing through the survivor")
            .atMost(Duration.ofSeconds(90))
            .until(() -> traffic.acknowledged() >= beforeKill + 40);

        // The cashier's next taps, on the survivor, with the same session and cart, once the POS
        // shows Live again. A tap racing the page's socket reconnect can be served from an older
        // copy of the session: Payara's session swap-in takes no lock per session (see
        // docs/scale-out.md).
        try {
          pos.awaitPushReconnected(posConnections);
          pos.tapItem("Horno " + menu.suffix, menu.humita);
          pos.addToOrder(2);
        } catch (RuntimeException failed) {
          pos.screenshot("failover-pos");
          StringBuilder survivorLogs = new StringBuilder();
          for (String survivor : cluster.instances()) {
            if (!survivor.equals(victim)) {
              cluster.threadDump(survivor, "failover-threads-" + survivor);
              survivorLogs
                  .append("\n")
                  .append(survivor)
                  .append("'s latest warnings:\n")
                  .append(ServerLog.recentProblems(cluster.serverLog(survivor), 6));
            }
          }
          throw new AssertionError(
              "the POS did not come back Live, or the cashier's next tap after the kill did not"
                  + " work; browser console: "
                  + pos.browser().console()
                  + "\nAJAX exchanges since the kill:\n"
                  + pos.ajaxLog()
                  + survivorLogs,
              failed);
        }
        assertThat(pos.browser().driver().getCurrentUrl()).doesNotContain("login");
        assertThat(pos.isSamePageLoad()).as("no reload").isTrue();
        String cashierGuest = Guests.unique("Cajera");
        pos.customer(cashierGuest);
        pos.send();
        assertThat(pos.awaitSentNumber()).matches("\\d{3,}");
        assertThat(KitchenDatabase.ordersOf(cashierGuest)).isOne();
        traffic.stop();

        Map<String, Long> acknowledged = traffic.acknowledgedAt();
        assertThat(traffic.failures()).as("requests given up on").isZero();
        await("every acknowledged order is in the kitchen")
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    acknowledged.keySet().stream().allMatch(g -> KitchenDatabase.ordersOf(g) >= 1));
        List<String> twice = new ArrayList<>();
        Map<String, Long> orderIds = new ConcurrentHashMap<>();
        for (String guest : acknowledged.keySet()) {
          if (KitchenDatabase.ordersOf(guest) != 1) {
            twice.add(guest);
          }
          orderIds.put(
              guest,
              KitchenDatabase.number(
                  "SELECT min(id) FROM kitchen_order WHERE customer_name = ?", guest));
        }
        assertThat(twice).as("orders made twice").isEmpty();

        // Every Uber Eats order is accepted, once. A partner call is a row first: one decided on
        // the killed server is made by the survivor. Twice only when the server died during that
        // very call (the partner answered, the server died before it could note it): then the
        // survivor, not knowing, makes it again. The partners' accept is idempotent.
        Partners partners = new Partners();
        List<String> uberOrders = traffic.uberOrderIds();
        assertThat(uberOrders).isNotEmpty();
        await("every Uber Eats order is accepted")
            .atMost(Duration.ofSeconds(60))
            .until(
                () ->
                    acceptances(partners, uberOrders).values().stream()
                        .allMatch(a -> !a.isEmpty()));
        Map<String, List<java.time.Instant>> acceptances = acceptances(partners, uberOrders);
        List<String> acceptedTwice =
            uberOrders.stream()
                .filter(id -> acceptances.get(id).size() > 1)
                .filter(
                    id ->
                        acceptances.get(id).size() != 2
                            || acceptances.get(id).get(0).isAfter(killedAtInstant)
                            || acceptances.get(id).get(0).isBefore(killStarted.minusSeconds(5))
                            || !acceptances.get(id).get(1).isAfter(killStarted))
                .toList();
        assertThat(acceptedTwice)
            .as("Uber Eats orders accepted more than once, not because of the kill")
            .isEmpty();

        try {
          await("every screen shows every order")
              .atMost(Duration.ofSeconds(30))
              .until(
                  () ->
                      walls.stream()
                          .allMatch(
                              w ->
                                  orderIds.values().stream()
                                      .allMatch(id -> w.placedAt(id) != null)));
        } catch (org.awaitility.core.ConditionTimeoutException notAll) {
          // reported screen by screen below
        }
        for (KitchenWall wall : walls) {
          List<String> missed =
              orderIds.entrySet().stream()
                  .filter(o -> wall.placedAt(o.getValue()) == null)
                  .map(o -> o.getKey() + " (order " + o.getValue() + ")")
                  .toList();
          assertThat(missed).as("orders never shown on " + wall).isEmpty();
        }
        List<String> late = new ArrayList<>();
        for (KitchenWall wall : walls) {
          assertThat(wall.duplicates()).as(wall.channel() + ": events shown twice").isZero();
          assertThat(wall.outOfOrder()).as(wall.channel() + ": sequences skipped").isZero();
          assertThat(wall.increasing()).as(wall.channel() + ": in sequence order").isTrue();
          for (Map.Entry<String, Long> order : acknowledged.entrySet()) {
            long due = Math.max(order.getValue(), killedAt) + SHOWN_WITHIN.toNanos();
            Long shown = wall.placedAt(orderIds.get(order.getKey()));
            if (shown > due) {
              late.add(
                  wall.channel()
                      + " showed "
                      + order.getKey()
                      + " "
                      + TimeUnit.NANOSECONDS.toMillis(shown - Math.max(order.getValue(), killedAt))
                      + " ms after the kill or its acknowledgement");
            }
          }
        }
        for (KitchenWall wall : walls) {
          // A figure for docs/benchmarks.md, not an assertion (the 10 s bound is checked above).
          System.out.printf(
              "[failover] %s: longest wait for the next event after the kill %d ms%n",
              wall, TimeUnit.NANOSECONDS.toMillis(wall.longestGapNanosFrom(killedAt)));
        }
        assertThat(late).as("orders shown later than 10 s").isEmpty();
        assertThat(walls.stream().mapToInt(KitchenWall::reconnections).sum())
            .as("the screens on the killed instance reconnected")
            .isPositive();

        // The killed instance comes back, rejoins and gets new visitors again.
        cluster.start(victim);
        await(victim + " is ready again")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> cluster.ready(victim));
        Set<String> served = new HashSet<>();
        await("the load balancer sends it traffic")
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> {
                  HttpResponse<String> answer = api.get("api/health");
                  answer.headers().allValues("set-cookie").stream()
                      .filter(c -> c.startsWith("AK_INSTANCE="))
                      .forEach(c -> served.add(c.substring(12, c.indexOf(';'))));
                  return served.contains(victim);
                });
      } finally {
        walls.forEach(KitchenWall::close);
      }
    }
  }

  /** When the fake Uber Eats API received each accept call of these orders, in order. */
  static Map<String, List<java.time.Instant>> acceptances(
      Partners partners, List<String> orderIds) {
    List<jakarta.json.JsonObject> calls = partners.callsTo("/accept_pos_order");
    Map<String, List<java.time.Instant>> at = new java.util.HashMap<>();
    for (String id : orderIds) {
      at.put(
          id,
          calls.stream()
              .filter(c -> c.getString("path").contains("/orders/" + id + "/"))
              .map(c -> java.time.Instant.parse(c.getString("at")))
              .sorted()
              .toList());
    }
    return at;
  }

  /**
   * Orders at a steady rate through the balancer: from the POS API (4 a second, each with an
   * Idempotency-Key, retried until answered) and from Uber Eats (2 a second, the webhook retried
   * until acknowledged, as Uber does).
   */
  static final class Traffic implements AutoCloseable {
    private final KitchenApi api;
    private final Partners partners;
    private final KitchenSetup menu;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(8);
    private final Map<String, Long> acknowledgedAt = new ConcurrentHashMap<>();
    private final Map<String, String> uberOrders = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();

    Traffic(KitchenApi api, Partners partners, KitchenSetup menu) {
      this.api = api;
      this.partners = partners;
      this.menu = menu;
    }

    void start() {
      clock.scheduleAtFixedRate(
          () -> senders.execute(this::posOrder), 0, 250, TimeUnit.MILLISECONDS);
      clock.scheduleAtFixedRate(
          () -> senders.execute(this::uberOrder), 100, 500, TimeUnit.MILLISECONDS);
    }

    int acknowledged() {
      return acknowledgedAt.size();
    }

    Map<String, Long> acknowledgedAt() {
      return Map.copyOf(acknowledgedAt);
    }

    int failures() {
      return failures.get();
    }

    void stop() throws InterruptedException {
      clock.shutdownNow();
      senders.shutdown();
      assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }

    private void posOrder() {
      String guest = Guests.unique("Pos");
      String key = UUID.randomUUID().toString();
      String body = KitchenApi.order(guest, KitchenApi.line(menu.carne, 1)).json();
      retry(
          guest,
          () ->
              api.send(
                          HttpRequest.newBuilder(TestServer.http("api/orders"))
                              .timeout(Duration.ofSeconds(10))
                              .header("Content-Type", "application/json")
                              .header("Idempotency-Key", key)
                              .POST(HttpRequest.BodyPublishers.ofString(body))
                              .build())
                      .statusCode()
                  == 201);
    }

    private void uberOrder() {
      String orderId = Partners.newOrderId();
      String guest = Guests.unique("Uber");
      partners.uberHolds(orderId, new UberOrder(orderId, guest).item(menu.carne, 1).json());
      String notification = Partners.uberNotification(UUID.randomUUID().toString(), orderId);
      retry(guest, () -> partners.uberWebhook(notification).statusCode() == 200);
      uberOrders.put(guest, orderId);
    }

    /** Uber Eats' order ids of the acknowledged webhooks. */
    List<String> uberOrderIds() {
      return uberOrders.entrySet().stream()
          .filter(o -> acknowledgedAt.containsKey(o.getKey()))
          .map(Map.Entry::getValue)
          .toList();
    }

    private void retry(String guest, java.util.function.BooleanSupplier attempt) {
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < giveUp) {
        try {
          if (attempt.getAsBoolean()) {
            acknowledgedAt.put(guest, System.nanoTime());
            return;
          }
        } catch (RuntimeException refused) {
          // the connection died with the instance: the sender tries again, as a till would
        }
        try {
          TimeUnit.MILLISECONDS.sleep(200); // a sender's back-off, not a test synchronisation
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      failures.incrementAndGet();
    }

    @Override
    public void close() {
      clock.shutdownNow();
      senders.shutdownNow();
    }
  }
}
