package com.angelskitchen.bench;

import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Order-to-screen latency under an open-loop load: N station screens connected over WebSocket,
 * orders placed through the API at a fixed rate, each order's latency counted from its
 * <em>scheduled</em> send time (so queueing in the client is not hidden) to the moment the matching
 * message reaches each screen of its station. Reports p50 / p99 / max, messages lost, duplicated or
 * out of order, the server's CPU time per order and its resident memory, and with {@code db=} the
 * database's CPU, transactions and (with pg_stat_statements loaded) statements per order.
 *
 * <p>Afterwards it marks its own orders handed out (COMPLETED, tickets bumped) straight in the
 * database, so that a benchmark does not leave the demo kitchen with tens of thousands of open
 * tickets. Screens that were open during the run keep showing those orders until reloaded.
 *
 * <p>Arguments ({@code key=value}): {@code port=8080 rate=200 seconds=30 warmup=5 screens=20
 * connections=32 idle=0 trace=<csv file> pid=<server pid> db=<JDBC URL> user=<database user>}
 * (password from {@code AK_DB_PASSWORD}); with {@code kill-at=<s> kill-pid-file=<file>} (a cluster)
 * the server of that pid file is killed that many seconds into the measured phase, the screens
 * reconnect through the load balancer and resume, and the longest gap each saw is reported. Run it
 * with {@code server-config/bin/benchmark.sh}.
 */
public final class KitchenLoadBenchmark {

  private final int rate;
  private final int seconds;
  private final int warmupSeconds;
  private final int screenCount;
  private final long serverPid;
  private final ServerProcess server;
  private final DatabaseActivity database;

  /** With {@code idle=<s>}: seconds measured with the screens connected and no orders first. */
  private final int idleSeconds;

  /** The database's counters when the measured part began (read off the sending thread). */
  private CompletableFuture<DatabaseActivity.Reading> databaseBefore;

  private final BenchArguments args;
  private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  /** Scheduled send → each screen of the order's station, for the measured orders. */
  private final Latencies latency = new Latencies();

  private final Map<Integer, Long> scheduledAt = new ConcurrentHashMap<>();
  private final Map<Integer, String> stationOf = new ConcurrentHashMap<>();
  private final Set<Integer> acceptedOrders = ConcurrentHashMap.newKeySet();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong outOfOrder = new AtomicLong();
  private final AtomicLong received = new AtomicLong();
  private volatile int measuredFrom = Integer.MAX_VALUE;

  /** When the measured part began: the server's CPU ticks then, and the harness's clock. */
  private long cpuBefore;

  private long measureStart;

  /** The server's largest resident memory sampled, in kB. */
  private long maxRss;

  /** With {@code kill-at=<s>}: the measured second at which the server is killed, else -1. */
  private final int killAt;

  /** The pid file of the server to kill (another cluster instance than the one measured). */
  private final String killPidFile;

  private volatile long killedAtNanos;
  private volatile boolean reconnecting;
  private HttpClient wsClient;

  /**
   * With {@code trace=<file>}: per measured order, how late the harness wrote it, how long the API
   * took to answer and the slowest of its screens to receive it — to line slow orders up with a
   * flight recording or another clock. Kept only when tracing.
   */
  private static final class Timing {
    volatile long sentLateMicros = -1000;
    volatile long answeredMicros = -1000;
    final AtomicLong slowestScreenMicros = new AtomicLong(-1000);
  }

  private final String trace;
  private final Map<Integer, Timing> timings = new ConcurrentHashMap<>();
  private final long epochMillisAtNanoZero =
      System.currentTimeMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime());

  private KitchenLoadBenchmark(BenchArguments args) {
    this.args = args;
    rate = Integer.parseInt(args.get("rate", "200"));
    seconds = Integer.parseInt(args.get("seconds", "30"));
    warmupSeconds = Integer.parseInt(args.get("warmup", "5"));
    screenCount = Integer.parseInt(args.get("screens", "20"));
    serverPid = Long.parseLong(args.get("pid", "0"));
    trace = args.get("trace", "");
    killAt = Integer.parseInt(args.get("kill-at", "-1"));
    killPidFile = args.get("kill-pid-file", "");
    server = new ServerProcess(serverPid);
    database = new DatabaseActivity(args);
    idleSeconds = Integer.parseInt(args.get("idle", "0"));
    System.setProperty("ak.test.http.port", args.get("port", "8080"));
  }

  public static void main(String[] arguments) throws Exception {
    try {
      new KitchenLoadBenchmark(new BenchArguments(arguments)).run();
    } catch (Exception | Error failed) {
      failed.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /** One station screen: records when each order's message arrives, and checks the stream. */
  private final class Screen implements WebSocket.Listener {
    final String station;
    final Set<Integer> seen = ConcurrentHashMap.newKeySet();
    final CountDownLatch live = new CountDownLatch(1);
    final StringBuilder partial = new StringBuilder();
    final List<Long> arrivals = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile WebSocket socket;
    volatile int reconnections;
    long lastSequence;

    Screen(String station) {
      this.station = station;
    }

    URI endpoint() {
      return URI.create(
          "ws://localhost:" + System.getProperty("ak.test.http.port") + "/ws/kds/" + station);
    }

    /** Connects (through the load balancer: to whichever server it picks). */
    void connect() {
      wsClient
          .newWebSocketBuilder()
          .header("Authorization", Staff.manager().basic())
          .connectTimeout(java.time.Duration.ofSeconds(3))
          .buildAsync(endpoint(), this)
          .whenComplete(
              (ws, failed) -> {
                if (failed != null) {
                  reconnectSoon();
                } else {
                  socket = ws;
                }
              });
    }

    /** After a kill, like the KDS page: connect again and resume after the last sequence. */
    void reconnectSoon() {
      if (reconnecting) {
        CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(this::connect);
      }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
      reconnections++;
      reconnectSoon();
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      reconnections++;
      reconnectSoon();
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        long now = System.nanoTime();
        String text = partial.toString();
        partial.setLength(0);
        handle(socket, text, now);
      }
      socket.request(1);
      return null;
    }

    /**
     * Reads only what it needs with plain string searches: at hundreds of orders per second a full
     * JSON parse of every message would make the harness, not the server, the bottleneck.
     */
    private void handle(WebSocket socket, String text, long now) {
      String type = field(text, "\"type\":\"", '"');
      switch (type) {
        case "Welcome" ->
            socket.sendText(
                "{\"type\":\"Resume\",\"after\":"
                    + (lastSequence > 0 ? lastSequence : field(text, "\"sequence\":", ','))
                    + "}",
                true);
        case "ReplayDone", "Snapshot" -> live.countDown();
        case "OrderPlaced" -> {
          long sequence = Long.parseLong(field(text, "\"sequence\":", ','));
          if (sequence <= lastSequence) {
            outOfOrder.incrementAndGet();
          }
          lastSequence = Math.max(lastSequence, sequence);
          String name = field(text, "\"customerName\":\"", '"');
          if (!name.startsWith("B" + runId + "-")) {
            return;
          }
          int order = Integer.parseInt(name.substring(name.indexOf('-') + 1));
          if (!seen.add(order)) {
            duplicates.incrementAndGet();
            return;
          }
          arrivals.add(now);
          received.incrementAndGet();
          Long scheduled = scheduledAt.get(order);
          if (scheduled != null && order >= measuredFrom) {
            long took = Math.max(0, TimeUnit.NANOSECONDS.toMicros(now - scheduled));
            latency.record(took);
            if (!trace.isEmpty()) {
              timing(order).slowestScreenMicros.accumulateAndGet(took, Math::max);
            }
          }
        }
        default -> {}
      }
    }
  }

  /** Kills the server named by {@code kill-pid-file} (kill -9), as a power cut would. */
  private void killTheOtherServer() {
    try {
      long pid =
          Long.parseLong(
              java.nio.file.Files.readString(java.nio.file.Path.of(killPidFile)).strip());
      ProcessHandle victim =
          ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
      victim.destroyForcibly();
      killedAtNanos = System.nanoTime();
      System.out.printf("killed server process %d (kill -9) during the measured phase%n", pid);
    } catch (java.io.IOException | RuntimeException failed) {
      System.out.printf("could not kill the server: %s%n", failed);
    }
  }

  /**
   * What the screens saw of the kill: for each, the longest time between two orders reaching it
   * from the kill on (orders kept being placed every few milliseconds on the survivor).
   */
  private void reportKill(List<Screen> screens) {
    List<Long> gaps = new ArrayList<>();
    int reconnected = 0;
    for (Screen screen : screens) {
      long previous = killedAtNanos;
      long longest = 0;
      synchronized (screen.arrivals) {
        for (long at : screen.arrivals.stream().sorted().toList()) {
          if (at >= killedAtNanos) {
            longest = Math.max(longest, at - previous);
            previous = at;
          }
        }
      }
      gaps.add(TimeUnit.NANOSECONDS.toMillis(longest));
      if (screen.reconnections > 0) {
        reconnected++;
      }
    }
    gaps.sort(Long::compare);
    System.out.printf(
        "kill                   longest gap a screen saw after the kill: max %d ms, median %d ms"
            + " (%d of %d screens reconnected)%n",
        gaps.get(gaps.size() - 1), gaps.get(gaps.size() / 2), reconnected, screens.size());
  }

  /** The text after the last occurrence of {@code key}, up to {@code end}. */
  static String field(String json, String key, char end) {
    int at = json.lastIndexOf(key);
    if (at < 0) {
      return "";
    }
    int from = at + key.length();
    int to = from;
    while (to < json.length() && json.charAt(to) != end && json.charAt(to) != '}') {
      to++;
    }
    return json.substring(from, to);
  }

  private void run() throws Exception {
    KitchenApi api = new KitchenApi();
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    Map<String, String> itemOf =
        Map.of("fritura", menu.carne, "horno", menu.humita, "mostrador", menu.gaseosa);
    List<String> stations = List.of("fritura", "horno", "mostrador");

    // Messages are handled on the client's selector thread (the handler never blocks): one thread
    // hand-off less per message keeps the harness's own CPU use down.
    wsClient = HttpClient.newBuilder().executor(Runnable::run).build();
    List<Screen> screens = new ArrayList<>();
    for (int i = 0; i < screenCount; i++) {
      Screen screen = new Screen(stations.get(i % stations.size()));
      screen.socket =
          wsClient
              .newWebSocketBuilder()
              .header("Authorization", Staff.manager().basic())
              .buildAsync(screen.endpoint(), screen)
              .get(10, TimeUnit.SECONDS);
      screens.add(screen);
    }
    reconnecting = killAt >= 0;
    for (Screen screen : screens) {
      if (!screen.live.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("a screen did not come live");
      }
    }
    // Like real screens, ping every 10 s (the server closes screens silent for 30 s).

    Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pinger");
              t.setDaemon(true);
              return t;
            })
        .scheduleAtFixedRate(
            () ->
                screens.stream()
                    .map(s -> s.socket)
                    .filter(ws -> ws != null && !ws.isOutputClosed())
                    .forEach(ws -> ws.sendText("{\"type\":\"Ping\"}", true)),
            10,
            10,
            TimeUnit.SECONDS);
    Map<String, Long> screensPerStation = new HashMap<>();
    screens.forEach(s -> screensPerStation.merge(s.station, 1L, Long::sum));
    if (idleSeconds > 0) {
      measureIdle(screens.size());
    }

    // Every order is sent as the manager, with HTTP Basic (the server remembers a verified
    // credential for a minute, so this costs no password hashing per order).
    String signedIn = "Authorization: " + Staff.manager().basic() + "\r\n";
    OrderSender sender =
        new OrderSender(
            "localhost",
            Integer.parseInt(System.getProperty("ak.test.http.port")),
            Integer.parseInt(args.get("connections", "32")));
    SendSchedule schedule = SendSchedule.ramped(rate, warmupSeconds, seconds);
    int warmupOrders = schedule.warmup();
    int total = schedule.size();
    measuredFrom = warmupOrders;

    System.out.printf(
        "Warming up %d s (ramping up to the rate), then %d orders/s for %d s with %d screens %s%n",
        warmupSeconds, rate, seconds, screenCount, screensPerStation);
    MachineHiccups hiccups = new MachineHiccups();
    // The API's answer is timed by the loop: scheduled send → answer, the request's share of it.
    OpenLoop loop = new OpenLoop(schedule, sender, status -> status == 201);
    loop.run(
        (i, at) -> {
          if (killAt >= 0 && i == warmupOrders + killAt * rate) {
            CompletableFuture.runAsync(this::killTheOtherServer);
          }
          if (i == warmupOrders) {
            hiccups.record();
            cpuBefore = server.cpuTicks();
            databaseBefore = CompletableFuture.supplyAsync(database::read);
            measureStart = System.nanoTime();
          }
          if (i % rate == 0) {
            maxRss = Math.max(maxRss, server.rssKb());
          }
          String station = stations.get(i % stations.size());
          stationOf.put(i, station);
          scheduledAt.put(i, at);
          String body =
              "{\"customerName\":\"B"
                  + runId
                  + "-"
                  + i
                  + "\",\"lines\":[{\"item\":\""
                  + itemOf.get(station)
                  + "\",\"quantity\":1}]}";
          loop.post(
              i,
              at,
              i >= measuredFrom,
              new OpenLoop.Request("/api/orders", body, signedIn),
              (order, answeredAt, answer) -> {
                acceptedOrders.add(order);
                if (order >= measuredFrom && !trace.isEmpty()) {
                  Timing timing = timing(order);
                  timing.answeredMicros = TimeUnit.NANOSECONDS.toMicros(answeredAt - at);
                  timing.sentLateMicros = TimeUnit.NANOSECONDS.toMicros(answer.sentNanos() - at);
                }
              });
        });
    long sendSeconds = System.nanoTime() - measureStart;
    long unanswered = loop.awaitAnswers(120);
    if (unanswered > 0) {
      System.out.printf("%d orders still unanswered after 120 s%n", unanswered);
    }
    loop.close();
    hiccups.close();
    long cpuAfter = server.cpuTicks();
    DatabaseActivity.Reading databaseAfter = database.read();
    double measuredSeconds = (System.nanoTime() - measureStart) / 1e9;
    maxRss = Math.max(maxRss, server.rssKb());

    long expected = 0;
    // Every screen of its station must receive every accepted order (a refused one is reported
    // as an HTTP error, not as lost messages).
    for (int i : acceptedOrders) {
      expected += screensPerStation.getOrDefault(stationOf.get(i), 0L);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    while (received.get() + duplicates.get() < expected && System.nanoTime() < deadline) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
    }
    long lost = 0;
    for (Screen screen : screens) {
      for (int i : acceptedOrders) {
        if (stationOf.get(i).equals(screen.station) && !screen.seen.contains(i)) {
          lost++;
        }
      }
    }
    report(loop, total, expected, lost, sendSeconds, cpuAfter - cpuBefore, maxRss);
    // The window runs from the first measured order to the last answer (up to a few ms longer than
    // the sending): the figures per order count everything the database did in it.
    System.out.print(
        database.report(
            databaseBefore.join(), databaseAfter, (long) rate * seconds, measuredSeconds));
    if (killedAtNanos > 0) {
      reportKill(screens);
    }
    System.out.printf("machine wake-up (ms)   %s%n", hiccups.summary());
    if (!trace.isEmpty()) {
      writeTrace(Path.of(trace));
    }
    BenchOrders.handOut(args, "B" + runId + "-%");
  }

  /**
   * The cost of doing nothing: the server's and the database's CPU with the screens connected and
   * no orders (timers, printing sweeps, heartbeats), over {@code idle=} seconds.
   */
  private void measureIdle(int screenCount) throws InterruptedException {
    System.out.printf("Idle for %d s with %d screens connected%n", idleSeconds, screenCount);
    long cpu = server.cpuTicks();
    DatabaseActivity.Reading before = database.read();
    long started = System.nanoTime();
    Thread.sleep(TimeUnit.SECONDS.toMillis(idleSeconds));
    double elapsed = (System.nanoTime() - started) / 1e9;
    long cpuTicks = server.cpuTicks() - cpu;
    System.out.println();
    System.out.println("idle phase (no orders)");
    if (serverPid > 0) {
      System.out.printf(
          "server CPU             %.1f ms per second (%.1f%% of one core)%n",
          cpuTicks * 10 / elapsed, cpuTicks / elapsed);
    }
    System.out.print(database.report(before, database.read(), 0, elapsed));
    System.out.println();
  }

  private Timing timing(int order) {
    return timings.computeIfAbsent(order, o -> new Timing());
  }

  private void writeTrace(Path file) throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add("order,scheduled_epoch_ms,sent_late_ms,answered_ms,slowest_screen_ms");
    for (int order = measuredFrom; scheduledAt.containsKey(order); order++) {
      Timing timing = timings.getOrDefault(order, new Timing());
      rows.add(
          String.format(
              Locale.ROOT,
              "%d,%.3f,%.3f,%.3f,%.3f",
              order,
              epochMillisAtNanoZero + scheduledAt.get(order) / 1e6,
              timing.sentLateMicros / 1000.0,
              timing.answeredMicros / 1000.0,
              timing.slowestScreenMicros.get() / 1000.0));
    }
    Files.write(file, rows);
    System.out.printf("per-order trace        %s (%d orders)%n", file, rows.size() - 1);
  }

  private void report(
      OpenLoop loop,
      int total,
      long expected,
      long lost,
      long sendNanos,
      long cpuTicks,
      long maxRssKb) {
    int measured = rate * seconds;
    double cpuSeconds = cpuTicks / 100.0;
    System.out.println();
    System.out.printf(
        "orders sent            %d (%d measured), accepted %d, HTTP errors %d%n",
        total, measured, loop.accepted(), loop.errors());
    if (!loop.errorKinds().isEmpty()) {
      System.out.printf("errors                 %s%n", loop.errorKinds());
    }
    System.out.printf(
        "offered rate           %d orders/s, achieved %.1f orders/s%n",
        rate, measured / (sendNanos / 1e9));
    System.out.printf(
        "screen messages        expected %d, received %d, lost %d, duplicated %d, out of order %d%n",
        expected, received.get(), lost, duplicates.get(), outOfOrder.get());
    System.out.printf(
        "order-to-screen (ms)   %s   (%d samples)%n", latency.percentiles(), latency.count());
    System.out.printf(
        "order answered (ms)    %s   (API response, from the same scheduled time)%n",
        loop.latency().percentiles());
    if (serverPid > 0) {
      System.out.printf(
          "server CPU             %.2f ms per order (%.1f s over %d measured orders, %.0f%% of one core)%n",
          cpuSeconds * 1000 / measured, cpuSeconds, measured, 100 * cpuSeconds / seconds);
      System.out.printf("server resident memory %d MB (max sampled)%n", maxRssKb / 1024);
    }
  }
}
