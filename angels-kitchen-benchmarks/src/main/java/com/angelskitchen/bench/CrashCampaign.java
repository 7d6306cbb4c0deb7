package com.angelskitchen.bench;

import com.angelskitchen.bench.SignedWebhooks.Item;
import com.angelskitchen.bench.SignedWebhooks.Partner;
import com.angelskitchen.bench.SignedWebhooks.Webhook;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Crash campaign for the issue "every acknowledged webhook becomes exactly one order, whatever
 * moment the server dies". Offers order webhooks of the three partners (a third each: Uber Eats
 * notifications, whose orders the fake Uber API holds; DoorDash {@code OrderCreate}; website
 * orders) at a fixed rate, a share of them delivered a second time with the same event id (at once,
 * on another connection, or up to 30 s later), while it kills the Payara JVM with SIGKILL at random
 * moments and starts it again with asadmin. Like a partner, it re-sends every webhook that was not
 * answered 2xx (refused connection, reset, timeout, 5xx) with a growing back-off until it is. Then
 * it waits until the server has handled every event of the campaign and counts in the database:
 * acknowledged events, partner events by status, kitchen orders by their unique guest names, lost
 * (acknowledged, yet no event or no order), duplicated (more than one kitchen order for a partner
 * order) and stuck (still RECEIVED) ones. It exits non-zero unless all three are zero.
 *
 * <p>Every order of a run carries the run's own prefix (partner order ids {@code crash-<run>-<n>},
 * guests {@code Crash<run>-<n>}), so the counts are exact in a database full of other orders. Items
 * are demo-menu codes: on a server without them the lines arrive unmapped (still placed); an event
 * the store denies (items 86'd, store paused) or holds for manual acceptance counts as handled and
 * is reported separately.
 *
 * <p>Arguments ({@code key=value}): {@code count=20000 kills=10 rate=200 duplicates=0.1
 * seed=<random> connections=16 timeout-seconds=30 max-attempts=100 max-backoff-seconds=10
 * min-uptime-seconds=30 restart-minutes=5 drain-minutes=15 deadline-minutes=60
 * partners=ubereats,doordash,website port=8080 db=<JDBC URL> user=<database user> config=<partners
 * properties> domain-dir=<Payara domain dir> asadmin=<path> admin-port=4848 passwordfile=<asadmin
 * password file>}. Run it with {@code server-config/bin/benchmark.sh crash ...}. It kills the
 * server it is pointed at: never run it against a kitchen in service.
 */
public final class CrashCampaign {

  private static final List<Item> DEMO_ITEMS =
      List.of(
          new Item("carne", "Empanada de carne"),
          new Item("pollo", "Empanada de pollo"),
          new Item("humita", "Empanada de humita"),
          new Item("caprese", "Empanada caprese"));

  /**
   * Answers a partner would not retry: the request itself is wrong, sending it again won't help.
   */
  private static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 405, 413, 415, 422);

  private final BenchArguments args;
  private final int count;
  private final int kills;
  private final int rate;
  private final double duplicates;
  private final long seed;
  private final int connections;
  private final int timeoutSeconds;
  private final int maxAttempts;
  private final long maxBackoffMillis;
  private final long minUptimeNanos;
  private final Duration restartTimeout;
  private final Duration drainTimeout;
  private final long deadline;
  private final List<Partner> partners;
  private final int httpPort;
  private final PayaraDomain domain;
  private final SignedWebhooks webhooks;

  private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
  private final String orderPrefix = "crash-" + runId + "-";
  private final String guestPrefix = "Crash" + runId + "-";

  private final List<Delivery> deliveries = new ArrayList<>();
  private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
  private final AtomicInteger finished = new AtomicInteger();
  private final AtomicInteger firstSent = new AtomicInteger();
  private final AtomicInteger duplicateSent = new AtomicInteger();
  private final AtomicInteger resent = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private final AtomicInteger gaveUp = new AtomicInteger();
  private final List<Kill> killsDone = new ArrayList<>();
  private volatile String abortReason;
  private long start;
  private long nextProgress;

  private ScheduledThreadPoolExecutor retries;

  /** Sends the deliveries on the timeline, and counts their failures by kind. */
  private OpenLoop loop;

  /** One delivery of one order's webhook: the first, or the partner's redelivery. */
  private static final class Delivery {
    final int order;
    final Webhook webhook;
    final boolean duplicate;
    volatile int attempts;

    Delivery(int order, Webhook webhook, boolean duplicate) {
      this.order = order;
      this.webhook = webhook;
      this.duplicate = duplicate;
    }
  }

  private record Due(long offsetNanos, Delivery delivery) {}

  /** One kill: when it was planned and done (s from the start), and the restart it took. */
  private record Kill(
      double plannedAt,
      double killedAt,
      long pid,
      long newPid,
      double restartSeconds,
      String problem) {}

  private CrashCampaign(BenchArguments args) {
    this.args = args;
    count = Integer.parseInt(args.get("count", "20000"));
    kills = Integer.parseInt(args.get("kills", "10"));
    rate = Integer.parseInt(args.get("rate", "200"));
    duplicates = Double.parseDouble(args.get("duplicates", "0.1"));
    seed = Long.parseLong(args.get("seed", Long.toString(System.nanoTime() % 1_000_000)));
    connections = Integer.parseInt(args.get("connections", "16"));
    timeoutSeconds = Integer.parseInt(args.get("timeout-seconds", "30"));
    maxAttempts = Integer.parseInt(args.get("max-attempts", "100"));
    maxBackoffMillis =
        TimeUnit.SECONDS.toMillis(Long.parseLong(args.get("max-backoff-seconds", "10")));
    minUptimeNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args.get("min-uptime-seconds", "30")));
    restartTimeout = Duration.ofMinutes(Long.parseLong(args.get("restart-minutes", "5")));
    drainTimeout = Duration.ofMinutes(Long.parseLong(args.get("drain-minutes", "15")));
    deadline =
        System.nanoTime()
            + TimeUnit.MINUTES.toNanos(Long.parseLong(args.get("deadline-minutes", "60")));
    partners =
        Arrays.stream(args.get("partners", "ubereats,doordash,website").split(","))
            .map(
                id ->
                    Arrays.stream(Partner.values())
                        .filter(p -> p.id.equals(id.strip()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("no partner " + id)))
            .toList();
    httpPort = Integer.parseInt(args.get("port", "8080"));
    domain =
        new PayaraDomain(
            Path.of(required("domain-dir")),
            required("asadmin"),
            args.get("admin-port", "4848"),
            required("passwordfile"),
            httpPort);
    try {
      webhooks = new SignedWebhooks(Path.of(required("config")));
    } catch (java.io.IOException unreadable) {
      throw new IllegalArgumentException(
          "cannot read config=" + args.get("config", ""), unreadable);
    }
    required("db");
  }

  private String required(String key) {
    String value = args.get(key, "");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          key + "= is required (see server-config/bin/benchmark.sh)");
    }
    return value;
  }

  public static void main(String[] arguments) {
    boolean passed;
    try {
      passed = new CrashCampaign(new BenchArguments(arguments)).run();
    } catch (Exception | Error failed) {
      failed.printStackTrace();
      System.exit(2);
      return;
    }
    System.exit(passed ? 0 : 1);
  }

  private boolean run() throws Exception {
    if (domain.process().isEmpty() || !domain.healthy()) {
      throw new IllegalStateException(
          "the server of "
              + domain.domainDir()
              + " is not running or not healthy: start it first (server-config/bin/run.sh)");
    }
    List<Due> timeline = plan();
    List<Double> killMoments = killMoments();
    holdUberOrders();

    SendSchedule schedule = new SendSchedule(timeline.stream().map(Due::offsetNanos).toList(), 0);
    loop =
        new OpenLoop(
            schedule,
            new OrderSender("localhost", httpPort, connections, timeoutSeconds * 1000),
            status -> status >= 200 && status < 300);
    retries = new ScheduledThreadPoolExecutor(1, daemon("crash-retries"));
    start = loop.start();
    Thread killer = daemon("crash-killer").newThread(() -> killAt(killMoments));
    killer.start();

    nextProgress = start + TimeUnit.SECONDS.toNanos(10);
    loop.run(
        () -> abortReason != null || System.nanoTime() > deadline,
        (i, at) -> {
          send(timeline.get(i).delivery());
          progressEvery10Seconds();
        });
    while ((finished.get() < deliveries.size() || killer.isAlive())
        && abortReason == null
        && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
      progressEvery10Seconds();
    }
    if (abortReason == null && (finished.get() < deliveries.size() || killer.isAlive())) {
      abortReason = "the deadline (deadline-minutes) passed before the campaign was done";
    }
    // A restart under way is let finish (it is bounded): the server is not left down.
    killer.join(2 * restartTimeout.toMillis() + TimeUnit.MINUTES.toMillis(1));
    retries.shutdownNow();
    loop.close();
    progress();

    long drainedIn = awaitHandled();
    Counts counts = count();
    boolean passed = report(counts, drainedIn);
    if (counts.kitchenOrders() > 0) {
      BenchOrders.handOut(args, guestPrefix + "%");
    }
    return passed;
  }

  // The plan --------------------------------------------------------------------------------------

  /**
   * Every order's webhook at {@code i / rate} s; the chosen share delivered a second time, half of
   * them at the same moment (the two race each other on two connections), half 1-30 s later.
   */
  private List<Due> plan() {
    Random random = new Random(seed);
    List<Due> timeline = new ArrayList<>();
    Map<Partner, Integer> perPartner = new EnumMap<>(Partner.class);
    int concurrent = 0;
    int later = 0;
    for (int i = 0; i < count; i++) {
      Partner partner = partners.get(i % partners.size());
      perPartner.merge(partner, 1, Integer::sum);
      Webhook webhook = webhook(partner, i);
      long offset = i * TimeUnit.SECONDS.toNanos(1) / rate;
      Delivery first = new Delivery(i, webhook, false);
      deliveries.add(first);
      timeline.add(new Due(offset, first));
      if (random.nextDouble() < duplicates) {
        Delivery again = new Delivery(i, webhook, true);
        deliveries.add(again);
        boolean atOnce = random.nextBoolean();
        long delay = atOnce ? 0 : TimeUnit.MILLISECONDS.toNanos(1000 + random.nextInt(29_000));
        timeline.add(new Due(offset + delay, again));
        if (atOnce) {
          concurrent++;
        } else {
          later++;
        }
      }
    }
    timeline.sort(Comparator.comparingLong(Due::offsetNanos));
    System.out.printf(
        "crash campaign %s (seed %d): %d orders %s at %d webhooks/s open loop (%.0f s), %d delivered"
            + " twice (%d at once, %d later), %d kills, over %d connections%n",
        runId,
        seed,
        count,
        perPartner,
        rate,
        count / (double) rate,
        concurrent + later,
        concurrent,
        later,
        kills,
        connections);
    return timeline;
  }

  private Webhook webhook(Partner partner, int i) {
    String orderId = orderPrefix + i;
    String guest = guestPrefix + i;
    Item item = DEMO_ITEMS.get(i % DEMO_ITEMS.size());
    return switch (partner) {
      case UBER_EATS -> webhooks.uberEats(orderId + "-notification", orderId);
      case DOORDASH -> webhooks.doorDash(orderId, guest, item);
      case WEBSITE -> webhooks.website(orderId, guest, item);
    };
  }

  /** The kill moments, from the seed alone: the same seed kills at the same moments. */
  private List<Double> killMoments() {
    Random random = new Random(seed + 1);
    double sending = count / (double) rate;
    List<Double> moments = new ArrayList<>();
    for (int k = 0; k < kills; k++) {
      moments.add(sending * (0.05 + 0.9 * random.nextDouble()));
    }
    moments.sort(Comparator.naturalOrder());
    return moments;
  }

  /** Uber Eats holds every order before it notifies: the fake API gets them all up front. */
  private void holdUberOrders() throws Exception {
    if (!partners.contains(Partner.UBER_EATS)) {
      return;
    }
    if (webhooks.fake() == null) {
      throw new IllegalStateException(
          "ak.partners.ubereats.api-url is not the local fake partner API: Uber Eats orders cannot"
              + " be created; run with partners=doordash,website");
    }
    long began = System.nanoTime();
    ExecutorService puts = Executors.newFixedThreadPool(4, daemon("crash-uber-orders"));
    List<java.util.concurrent.Future<?>> done = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (partners.get(i % partners.size()) == Partner.UBER_EATS) {
        int order = i;
        done.add(
            puts.submit(
                () -> {
                  webhooks.uberHolds(
                      orderPrefix + order,
                      webhooks.uberOrder(
                          orderPrefix + order,
                          guestPrefix + order,
                          DEMO_ITEMS.get(order % DEMO_ITEMS.size())));
                  return null;
                }));
      }
    }
    try {
      for (var put : done) {
        put.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } finally {
      puts.shutdownNow();
    }
    System.out.printf(
        "the fake Uber Eats API holds the %d Uber Eats orders (%.1f s)%n",
        done.size(), (System.nanoTime() - began) / 1e9);
  }

  // Sending and re-sending ----------------------------------------------------------------------

  private void send(Delivery delivery) {
    int attempt = ++delivery.attempts;
    if (attempt > 1) {
      resent.incrementAndGet();
    } else if (delivery.duplicate) {
      duplicateSent.incrementAndGet();
    } else {
      firstSent.incrementAndGet();
    }
    loop.post(
        delivery.order,
        0,
        false,
        delivery.webhook.request(),
        (order, answeredAt, answer) -> {
          acknowledged.add(order);
          finished.incrementAndGet();
        },
        (order, answer) -> notAcknowledged(delivery, answer));
  }

  /** A partner retries what was not acknowledged, unless the request itself was refused. */
  private void notAcknowledged(Delivery delivery, OrderSender.Answer answer) {
    int status = answer.status();
    if (answer.failure() == null && REFUSALS.contains(status)) {
      if (refused.incrementAndGet() <= 3) {
        System.out.printf(
            "%s webhook of %s refused with HTTP %d: not re-sent%n",
            delivery.webhook.partner().id, delivery.webhook.partnerOrderId(), status);
      }
      finished.incrementAndGet();
    } else if (delivery.attempts >= maxAttempts || abortReason != null) {
      gaveUp.incrementAndGet();
      finished.incrementAndGet();
    } else {
      // Exponential back-off with jitter, as partners retry: 0.25 s, 0.5 s, 1 s, ... up to the cap,
      // so a server that comes back is not met by every waiting webhook in the same millisecond.
      long backoff = Math.min(maxBackoffMillis, 250L << Math.min(20, delivery.attempts - 1));
      long delay = (long) (backoff * (0.5 + 0.5 * ThreadLocalRandom.current().nextDouble()));
      try {
        retries.schedule(() -> send(delivery), delay, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.RejectedExecutionException shutDown) {
        gaveUp.incrementAndGet();
        finished.incrementAndGet();
      }
    }
  }

  private void progressEvery10Seconds() {
    if (System.nanoTime() > nextProgress) {
      progress();
      nextProgress += TimeUnit.SECONDS.toNanos(10);
    }
  }

  private void progress() {
    System.out.printf(
        "%6.1f s  sent %d first + %d duplicate + %d re-sent, acknowledged %d orders, %d deliveries"
            + " open, kills %d of %d%n",
        (System.nanoTime() - start) / 1e9,
        firstSent.get(),
        duplicateSent.get(),
        resent.get(),
        acknowledged.size(),
        deliveries.size() - finished.get(),
        killCount(),
        kills);
  }

  // Killing and restarting ------------------------------------------------------------------------

  private int killCount() {
    synchronized (killsDone) {
      return killsDone.size();
    }
  }

  /**
   * Kills the server at each moment, or as soon after it as the server is back from the previous
   * kill and has run {@code min-uptime-seconds} (so that it dies working, not starting).
   */
  private void killAt(List<Double> moments) {
    long upSince = System.nanoTime();
    for (double moment : moments) {
      long at = Math.max(start + (long) (moment * 1e9), upSince + minUptimeNanos);
      while (System.nanoTime() < at) {
        LockSupport.parkNanos(Math.min(at - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(100)));
        if (abortReason != null || System.nanoTime() > deadline) {
          return;
        }
      }
      Optional<ProcessHandle> server = domain.process();
      if (server.isEmpty()) {
        abortReason = "the server process was gone before kill " + (killCount() + 1);
        return;
      }
      long killedAt = System.nanoTime();
      String problem = null;
      long newPid = 0;
      try {
        domain.kill(server.get());
        System.out.printf(
            "%6.1f s  killed the server (pid %d), starting it again%n",
            (killedAt - start) / 1e9, server.get().pid());
        problem = domain.start(restartTimeout);
        if (problem != null) {
          System.out.println(problem + "; trying once more");
          problem = domain.start(restartTimeout);
        }
        if (problem == null && !domain.awaitHealthy(System.nanoTime() + restartTimeout.toNanos())) {
          problem = "the application did not answer /api/health with 200 in time";
        }
        newPid = domain.process().map(ProcessHandle::pid).orElse(0L);
      } catch (Exception failed) {
        problem = failed.toString();
      }
      upSince = System.nanoTime();
      Kill kill =
          new Kill(
              moment,
              (killedAt - start) / 1e9,
              server.get().pid(),
              newPid,
              (upSince - killedAt) / 1e9,
              problem);
      synchronized (killsDone) {
        killsDone.add(kill);
      }
      if (problem != null) {
        abortReason = "restart after kill " + killCount() + " failed: " + problem;
        return;
      }
      System.out.printf(
          "%6.1f s  the application answers again (pid %d), %.1f s after the kill%n",
          (upSince - start) / 1e9, newPid, kill.restartSeconds());
    }
  }

  // Counting in the database ----------------------------------------------------------------------

  /**
   * Waits until no event of the campaign is RECEIVED any more.
   *
   * @return nanoseconds from the last acknowledgement until then, or -1 when it did not happen
   */
  private long awaitHandled() throws SQLException {
    long until = Math.min(deadline, System.nanoTime() + drainTimeout.toNanos());
    try (Connection db = args.connect()) {
      while (true) {
        long received =
            number(
                db,
                "SELECT count(*) FROM partner_event WHERE partner_order_id LIKE ?"
                    + " AND status = 'RECEIVED'");
        if (received == 0) {
          return System.nanoTime() - loop.lastAccepted();
        }
        if (System.nanoTime() > until) {
          return -1;
        }
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
      }
    }
  }

  /** What the database holds for the campaign, classified per acknowledged order. */
  private record Counts(
      Map<String, Integer> eventsByStatus,
      int kitchenOrders,
      int partnerOrderLinks,
      int placed,
      int denied,
      int waiting,
      int lost,
      int duplicated,
      int extraOrders,
      int stuck,
      int mismatched,
      int extraEvents,
      int placedUnacknowledged,
      Map<String, Integer> deniedWhy,
      Map<String, Integer> stuckWhy) {}

  private Counts count() throws SQLException {
    try (Connection db = args.connect()) {
      Map<String, List<String>> statuses = new HashMap<>();
      Map<String, Integer> byStatus = new TreeMap<>();
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT partner_order_id, status FROM partner_event WHERE partner_order_id LIKE ?")) {
        query.setString(1, orderPrefix + "%");
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            statuses
                .computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                .add(row.getString(2));
            byStatus.merge(row.getString(2), 1, Integer::sum);
          }
        }
      }
      Map<String, Integer> ordersByGuest = new HashMap<>();
      try (PreparedStatement query =
          db.prepareStatement(
              "SELECT customer_name, count(*) FROM kitchen_order WHERE customer_name LIKE ?"
                  + " GROUP BY customer_name")) {
        query.setString(1, guestPrefix + "%");
        try (ResultSet row = query.executeQuery()) {
          while (row.next()) {
            ordersByGuest.put(row.getString(1), row.getInt(2));
          }
        }
      }
      int links =
          (int) number(db, "SELECT count(*) FROM partner_order WHERE partner_order_id LIKE ?");

      int placed = 0;
      int denied = 0;
      int waiting = 0;
      int lost = 0;
      int stuck = 0;
      int mismatched = 0;
      int extraEvents = 0;
      int placedUnacknowledged = 0;
      for (int i = 0; i < count; i++) {
        List<String> events = statuses.getOrDefault(orderPrefix + i, List.of());
        int orders = ordersByGuest.getOrDefault(guestPrefix + i, 0);
        extraEvents += Math.max(0, events.size() - 1);
        if (!acknowledged.contains(i)) {
          placedUnacknowledged += orders > 0 ? 1 : 0;
          continue;
        }
        String status = events.isEmpty() ? "NONE" : events.get(0);
        switch (status) {
          case "PLACED" -> {
            if (orders > 0) {
              placed++;
            } else {
              lost++;
            }
          }
          case "RECEIVED" -> stuck++;
          case "DENIED", "WAITING" -> {
            if (status.equals("DENIED")) {
              denied++;
            } else {
              waiting++;
            }
            mismatched += orders > 0 ? 1 : 0;
          }
          default -> {
            // no event at all, or CANCELLED / IGNORED: an order webhook that placed nothing
            if (orders > 0) {
              mismatched++;
            } else {
              lost++;
            }
          }
        }
      }
      int kitchenOrders = ordersByGuest.values().stream().mapToInt(Integer::intValue).sum();
      int duplicated = (int) ordersByGuest.values().stream().filter(n -> n > 1).count();
      int extraOrders = ordersByGuest.values().stream().mapToInt(n -> Math.max(0, n - 1)).sum();
      return new Counts(
          byStatus,
          kitchenOrders,
          links,
          placed,
          denied,
          waiting,
          lost,
          duplicated,
          extraOrders,
          stuck,
          mismatched,
          extraEvents,
          placedUnacknowledged,
          reasons(db, "outcome", "DENIED"),
          reasons(db, "last_error", "RECEIVED"));
    }
  }

  /** The most frequent texts in a column of the campaign's events with a status. */
  private Map<String, Integer> reasons(Connection db, String column, String status)
      throws SQLException {
    Map<String, Integer> reasons = new LinkedHashMap<>();
    try (PreparedStatement query =
        db.prepareStatement(
            "SELECT coalesce("
                + column
                + ", '-'), count(*) FROM partner_event WHERE partner_order_id LIKE ?"
                + " AND status = ? GROUP BY 1 ORDER BY 2 DESC LIMIT 3")) {
      query.setString(1, orderPrefix + "%");
      query.setString(2, status);
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          String text = row.getString(1);
          reasons.put(text.length() > 160 ? text.substring(0, 160) + "…" : text, row.getInt(2));
        }
      }
    }
    return reasons;
  }

  private long number(Connection db, String sql) throws SQLException {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, orderPrefix + "%");
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  // The report
  // --------------------------------------------------------------------------------------

  private boolean report(Counts counts, long drainedIn) {
    int notAcknowledged = count - acknowledged.size();
    System.out.println();
    System.out.printf(
        "webhooks sent          %d first deliveries, %d duplicate deliveries, %d re-sent after"
            + " failures (%d refused, %d given up after %d attempts)%n",
        firstSent.get(),
        duplicateSent.get(),
        resent.get(),
        refused.get(),
        gaveUp.get(),
        maxAttempts);
    if (!loop.errorKinds().isEmpty()) {
      System.out.printf("not acknowledged       %s%n", new TreeMap<>(loop.errorKinds()));
    }
    List<Kill> done;
    synchronized (killsDone) {
      done = List.copyOf(killsDone);
    }
    System.out.printf("kills                  %d of %d%n", done.size(), kills);
    for (int k = 0; k < done.size(); k++) {
      Kill kill = done.get(k);
      System.out.printf(
          "  kill %2d at %7.1f s (planned %7.1f s)  pid %d -> %d  application answered %.1f s after"
              + " the kill%s%n",
          k + 1,
          kill.killedAt(),
          kill.plannedAt(),
          kill.pid(),
          kill.newPid(),
          kill.restartSeconds(),
          kill.problem() == null ? "" : "  FAILED: " + kill.problem());
    }
    double[] restarts = done.stream().mapToDouble(Kill::restartSeconds).sorted().toArray();
    if (restarts.length > 0) {
      System.out.printf(
          "restart (s)            min %.1f   median %.1f   max %.1f  (kill -> /api/health 200)%n",
          restarts[0], restarts[restarts.length / 2], restarts[restarts.length - 1]);
    }
    System.out.printf(
        "acknowledged           %d distinct events of %d, %d never acknowledged, last"
            + " acknowledgement %.1f s after the start%n",
        acknowledged.size(),
        count,
        notAcknowledged,
        loop.lastAccepted() == 0 ? 0 : (loop.lastAccepted() - start) / 1e9);
    System.out.printf(
        "partner events         %s%s%n",
        counts.eventsByStatus(),
        counts.extraEvents() > 0 ? ", " + counts.extraEvents() + " more than one per order" : "");
    System.out.printf(
        "all handled            %s%n",
        drainedIn >= 0
            ? String.format("%.1f s after the last acknowledgement", drainedIn / 1e9)
            : "NO: events still RECEIVED after " + drainTimeout.toMinutes() + " min");
    System.out.printf(
        "orders placed          %d kitchen orders (%d partner order links); acknowledged events"
            + " PLACED %d, DENIED %d, WAITING %d%n",
        counts.kitchenOrders(),
        counts.partnerOrderLinks(),
        counts.placed(),
        counts.denied(),
        counts.waiting());
    if (!counts.deniedWhy().isEmpty()) {
      System.out.printf("denied because         %s%n", counts.deniedWhy());
    }
    System.out.printf(
        "lost                   %d (acknowledged, but no event, or no order for a PLACED one)%n",
        counts.lost());
    System.out.printf(
        "duplicated             %d partner orders with more than one kitchen order (%d extra)%n",
        counts.duplicated(), counts.extraOrders());
    System.out.printf("stuck                  %d (still RECEIVED)%n", counts.stuck());
    if (!counts.stuckWhy().isEmpty()) {
      System.out.printf("stuck because          %s%n", counts.stuckWhy());
    }
    if (counts.mismatched() > 0) {
      System.out.printf(
          "mismatched             %d (a kitchen order for a DENIED/WAITING/other event)%n",
          counts.mismatched());
    }
    if (counts.placedUnacknowledged() > 0) {
      System.out.printf(
          "placed unacknowledged  %d (never acknowledged to the harness, yet placed)%n",
          counts.placedUnacknowledged());
    }
    if (abortReason != null) {
      System.out.println("ABORTED                " + abortReason);
    }
    boolean passed =
        abortReason == null
            && done.size() == kills
            && notAcknowledged == 0
            && refused.get() == 0
            && counts.lost() == 0
            && counts.duplicated() == 0
            && counts.stuck() == 0
            && counts.mismatched() == 0
            && counts.extraEvents() == 0;
    System.out.printf(
        "crash campaign: %d acknowledged, %d orders, %d lost, %d duplicated, %d stuck%s over %d"
            + " kills -> %s%n",
        acknowledged.size(),
        counts.kitchenOrders(),
        counts.lost(),
        counts.duplicated(),
        counts.stuck(),
        counts.denied() + counts.waiting() > 0
            ? String.format(" (%d denied, %d waiting)", counts.denied(), counts.waiting())
            : "",
        done.size(),
        passed ? "PASS" : "FAIL");
    return passed;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger number = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
