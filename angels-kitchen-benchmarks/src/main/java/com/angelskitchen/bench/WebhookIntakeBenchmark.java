package com.angelskitchen.bench;

import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Delivery-partner webhook intake under load: DoorDash order webhooks (bearer token, the whole
 * order in the body) posted at a fixed rate (open loop: acknowledgement latency counted from each
 * webhook's <em>scheduled</em> send time) or back to back ({@code mode=burst}), a share of them
 * delivered twice as partners do. Reports acknowledgement latency p50 / p99 / max, the rate
 * acknowledged, how long the queue took to turn them all into orders, and the proof that every
 * acknowledged webhook became exactly one order (counted in the database), with the server's CPU
 * per webhook and resident memory.
 *
 * <p>Arguments ({@code key=value}): {@code port=8080 mode=open|burst rate=100 seconds=30 warmup=10
 * count=10000 connections=16 redeliver=0.1 config=<partners properties> pid=<server pid> db=<JDBC
 * URL> user=<database user>}. Run it with {@code server-config/bin/benchmark.sh webhooks ...}.
 */
public final class WebhookIntakeBenchmark {

  private final BenchArguments args;
  private final String mode;
  private final int rate;
  private final int seconds;
  private final int warmupSeconds;
  private final int count;
  private final double redeliver;
  private final long serverPid;
  private final ServerProcess server;
  private final DatabaseActivity database;
  private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  private final Set<Integer> acked = ConcurrentHashMap.newKeySet();
  private volatile int measuredFrom;

  /** The server's largest resident memory sampled, in kB. */
  private long maxRss;

  private WebhookIntakeBenchmark(BenchArguments args) {
    this.args = args;
    mode = args.get("mode", "open");
    rate = Integer.parseInt(args.get("rate", "100"));
    seconds = Integer.parseInt(args.get("seconds", "30"));
    warmupSeconds = Integer.parseInt(args.get("warmup", "10"));
    count = Integer.parseInt(args.get("count", "10000"));
    redeliver = Double.parseDouble(args.get("redeliver", "0.1"));
    serverPid = Long.parseLong(args.get("pid", "0"));
    server = new ServerProcess(serverPid);
    database = new DatabaseActivity(args);
    System.setProperty("ak.test.http.port", args.get("port", "8080"));
  }

  public static void main(String[] arguments) throws Exception {
    try {
      new WebhookIntakeBenchmark(new BenchArguments(arguments)).run();
    } catch (Exception | Error failed) {
      failed.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  private void run() throws Exception {
    SignedWebhooks partners = new SignedWebhooks(Path.of(args.get("config", "")));
    KitchenSetup menu = KitchenSetup.empanadaMenu(new KitchenApi());
    SignedWebhooks.Item item = new SignedWebhooks.Item(menu.carne, "Empanada de carne");

    // When each webhook is due: the open loop ramps up over the warm-up, then holds the rate;
    // a burst sends them all at once.
    SendSchedule schedule =
        mode.equals("burst")
            ? SendSchedule.burst(count)
            : SendSchedule.ramped(rate, warmupSeconds, seconds);
    List<Long> offsets = schedule.offsets();
    measuredFrom = schedule.warmup();
    int total = offsets.size();
    int measured = total - measuredFrom;
    int copies = 0;
    int every = redeliver > 0 ? (int) Math.round(1 / redeliver) : 0;
    for (int i = 0; i < total; i++) {
      copies += every > 0 && i % every == 0 ? 2 : 1;
    }
    System.out.printf(
        "%s: %d webhooks (%d measured), every %s delivered twice, over %s connections%n",
        mode.equals("burst") ? "Back to back" : rate + " webhooks/s open loop",
        total,
        measured,
        every > 0 ? every + "th" : "none",
        args.get("connections", "16"));

    OrderSender sender =
        new OrderSender(
            "localhost",
            Integer.parseInt(System.getProperty("ak.test.http.port")),
            Integer.parseInt(args.get("connections", "16")));
    long cpuBefore = server.cpuTicks();
    DatabaseActivity.Reading databaseBefore = database.read();
    long windowStart = System.nanoTime();
    maxRss = server.rssKb();
    // The loop times each webhook's first delivery: scheduled send → acknowledgement.
    OpenLoop loop = new OpenLoop(schedule, sender, status -> status == 202);
    long measureStart = loop.start() + (measuredFrom < total ? offsets.get(measuredFrom) : 0);
    loop.run(
        (i, at) -> {
          if (mode.equals("open") && i % rate == 0) {
            maxRss = Math.max(maxRss, server.rssKb());
          }
          SignedWebhooks.Webhook webhook =
              partners.doorDash("bench-" + runId + "-" + i, "W" + runId + "-" + i, item);
          int deliveries = every > 0 && i % every == 0 ? 2 : 1;
          for (int d = 0; d < deliveries; d++) {
            loop.post(
                i,
                at,
                d == 0 && i >= measuredFrom,
                webhook.request(),
                (index, answeredAt, answer) -> acked.add(index));
          }
        });
    long unanswered = loop.awaitAnswers(300);
    if (unanswered > 0) {
      System.out.printf("%d webhooks still unanswered after 300 s%n", unanswered);
    }
    loop.close();
    long sendEnd = loop.lastAccepted();
    maxRss = Math.max(maxRss, server.rssKb());

    Drain drain = awaitOrders(sendEnd);
    long cpuAfter = server.cpuTicks();
    DatabaseActivity.Reading databaseAfter = database.read();
    double windowSeconds = (System.nanoTime() - windowStart) / 1e9;
    maxRss = Math.max(maxRss, server.rssKb());
    report(
        loop, total, measured, copies, measureStart, sendEnd, drain, cpuAfter - cpuBefore, maxRss);
    // Same window as the server's CPU: every webhook, intake and placement, until drained.
    System.out.print(database.report(databaseBefore, databaseAfter, total, windowSeconds));
    BenchOrders.handOut(args, "W" + runId + "-%");
  }

  /** How the queue worked off the acknowledged webhooks. */
  private record Drain(
      long waitingAtEnd, long placed, long distinctPlaced, long ordersInKitchen, long drainedAt) {}

  private Drain awaitOrders(long sendEnd) throws SQLException {
    String like = "bench-" + runId + "-%";
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
    long waiting = Long.MAX_VALUE;
    try (Connection db = args.connect()) {
      while (System.nanoTime() < deadline) {
        waiting =
            number(
                db,
                "SELECT count(*) FROM partner_event WHERE partner = 'doordash'"
                    + " AND partner_order_id LIKE ? AND status = 'RECEIVED'",
                like);
        if (waiting == 0) {
          break;
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
      }
      long drainedAt = System.nanoTime();
      long placed =
          number(
              db,
              "SELECT count(*) FROM partner_order WHERE partner = 'doordash' AND partner_order_id LIKE ?",
              like);
      long distinct =
          number(
              db,
              "SELECT count(DISTINCT partner_order_id) FROM partner_order"
                  + " WHERE partner = 'doordash' AND partner_order_id LIKE ?",
              like);
      long kitchen =
          number(
              db,
              "SELECT count(*) FROM kitchen_order WHERE customer_name LIKE ?",
              "W" + runId + "-%");
      return new Drain(waiting, placed, distinct, kitchen, Math.max(drainedAt, sendEnd));
    }
  }

  private void report(
      OpenLoop loop,
      int total,
      int measured,
      int copies,
      long measureStart,
      long sendEnd,
      Drain drain,
      long cpuTicks,
      long maxRssKb) {
    double sendSeconds = (sendEnd - measureStart) / 1e9;
    System.out.println();
    System.out.printf(
        "webhooks               %d distinct, %d deliveries, acknowledged %d distinct, errors %d%n",
        total, copies, acked.size(), loop.errors());
    if (!loop.errorKinds().isEmpty()) {
      System.out.printf("errors                 %s%n", loop.errorKinds());
    }
    System.out.printf(
        "acknowledged rate      %.0f webhooks/s (%d measured in %.2f s%s)%n",
        measured / sendSeconds,
        measured,
        sendSeconds,
        mode.equals("burst") ? ", sent back to back" : ", offered " + rate + "/s");
    System.out.printf(
        "acknowledgement (ms)   %s   (%d samples, from the scheduled send)%n",
        loop.latency().percentiles(), loop.latency().count());
    System.out.printf(
        "orders placed          %d (distinct partner orders %d, kitchen orders %d), still queued %d,"
            + " queue drained %.1f s after the last acknowledgement%n",
        drain.placed(),
        drain.distinctPlaced(),
        drain.ordersInKitchen(),
        drain.waitingAtEnd(),
        (drain.drainedAt() - sendEnd) / 1e9);
    boolean exactlyOnce =
        drain.waitingAtEnd() == 0
            && drain.placed() == acked.size()
            && drain.distinctPlaced() == acked.size()
            && drain.ordersInKitchen() == acked.size();
    System.out.printf(
        "exactly once           %s (acknowledged %d = placed %d = kitchen orders %d, duplicates %d)%n",
        exactlyOnce ? "YES" : "NO",
        acked.size(),
        drain.placed(),
        drain.ordersInKitchen(),
        drain.placed() - drain.distinctPlaced());
    if (serverPid > 0) {
      double cpuSeconds = cpuTicks / 100.0;
      System.out.printf(
          "server CPU             %.2f ms per webhook, intake and order placement (%.1f s)%n",
          cpuSeconds * 1000 / total, cpuSeconds);
      System.out.printf("server resident memory %d MB (max sampled)%n", maxRssKb / 1024);
    }
  }

  private static long number(Connection db, String sql, String parameter) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
