package com.angelskitchen.bench;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * How fast one server of a cluster can tell the others "the kitchen log has grown", measured for
 * the two candidates that cross servers as the project runs them (the domain's JMS topic lives in
 * each instance's own embedded broker and reaches no other instance without an OpenMQ broker
 * cluster): PostgreSQL {@code NOTIFY}, sent inside the committing transaction and delivered by
 * PostgreSQL at commit, and a Hazelcast topic (Payara's data grid, the version Payara ships),
 * published after the commit. Each notification is timed from the start of the commit of a one-row
 * transaction to its arrival at a listener on another connection (another grid member), at a fixed
 * rate.
 *
 * <p>Arguments: {@code db=<JDBC URL> user=<user> rate=200 count=3000 warmup=500}. Run it with
 * {@code server-config/bin/benchmark.sh push-channels}.
 */
public final class PushChannels {

  private final int rate;
  private final int count;
  private final int warmup;
  private final BenchArguments args;

  private PushChannels(BenchArguments args) {
    this.args = args;
    rate = Integer.parseInt(args.get("rate", "200"));
    count = Integer.parseInt(args.get("count", "3000"));
    warmup = Integer.parseInt(args.get("warmup", "500"));
  }

  public static void main(String[] arguments) throws Exception {
    PushChannels bench = new PushChannels(new BenchArguments(arguments));
    System.out.printf(
        "%d notifications at %d/s after %d unmeasured, each after a one-row commit%n",
        bench.count, bench.rate, bench.warmup);
    report("PostgreSQL NOTIFY (in the transaction)", bench.postgres());
    report("Hazelcast topic (after the commit)", bench.hazelcast());
  }

  private static void report(String what, Latencies latency) {
    System.out.printf("%-40s %s ms (%d)%n", what, latency.percentiles(), latency.count());
  }

  private Latencies postgres() throws Exception {
    long[] sentAt = new long[warmup + count];
    Latencies latency = new Latencies(TimeUnit.SECONDS.toMicros(10));
    CountDownLatch all = new CountDownLatch(warmup + count);
    try (Connection listener = args.connect();
        Connection sender = args.connect()) {
      try (Statement listen = listener.createStatement()) {
        listen.execute("LISTEN ak_bench_push");
      }
      Thread hearing =
          new Thread(
              () -> {
                PGConnection pg;
                try {
                  pg = listener.unwrap(PGConnection.class);
                  while (all.getCount() > 0) {
                    PGNotification[] notices = pg.getNotifications(1000);
                    long now = System.nanoTime();
                    if (notices != null) {
                      for (PGNotification notice : notices) {
                        int i = Integer.parseInt(notice.getParameter());
                        if (i >= warmup) {
                          latency.recordBetween(sentAt[i], now);
                        }
                        all.countDown();
                      }
                    }
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      hearing.start();
      prepare(sender);
      try (PreparedStatement append =
          sender.prepareStatement(
              "WITH row AS (INSERT INTO ak_bench_push VALUES (?) RETURNING i)"
                  + " SELECT pg_notify('ak_bench_push', i::text) FROM row")) {
        paced(
            i -> {
              try {
                sentAt[i] = System.nanoTime();
                append.setInt(1, i);
                append.executeQuery().close();
                sender.commit();
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
      }
      if (!all.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(all.getCount() + " notifications never arrived");
      }
      hearing.join();
    }
    return latency;
  }

  private Latencies hazelcast() throws Exception {
    long[] sentAt = new long[warmup + count];
    Latencies latency = new Latencies(TimeUnit.SECONDS.toMicros(10));
    CountDownLatch all = new CountDownLatch(warmup + count);
    HazelcastInstance one = Hazelcast.newHazelcastInstance(member());
    HazelcastInstance other = Hazelcast.newHazelcastInstance(member());
    try (Connection sender = args.connect()) {
      other
          .<Integer>getTopic("ak-bench-push")
          .addMessageListener(
              m -> {
                long now = System.nanoTime();
                int i = m.getMessageObject();
                if (i >= warmup) {
                  latency.recordBetween(sentAt[i], now);
                }
                all.countDown();
              });
      ITopic<Integer> topic = one.getTopic("ak-bench-push");
      prepare(sender);
      try (PreparedStatement append =
          sender.prepareStatement("INSERT INTO ak_bench_push VALUES (?)")) {
        paced(
            i -> {
              try {
                sentAt[i] = System.nanoTime();
                append.setInt(1, i);
                append.executeUpdate();
                sender.commit();
                topic.publish(i);
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
            });
      }
      if (!all.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException(all.getCount() + " messages never arrived");
      }
    } finally {
      one.shutdown();
      other.shutdown();
    }
    return latency;
  }

  /** A grid member on loopback, found by the other through TCP/IP (no multicast). */
  private static Config member() {
    Config config = new Config();
    config.setClusterName("ak-bench-push");
    config.setProperty("hazelcast.logging.type", "none");
    config.getNetworkConfig().setPort(5960).setPortAutoIncrement(true);
    config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
    config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1");
    return config;
  }

  private static void prepare(Connection sender) throws SQLException {
    try (Statement ddl = sender.createStatement()) {
      ddl.execute("CREATE TEMP TABLE IF NOT EXISTS ak_bench_push (i integer)");
    }
    sender.setAutoCommit(false);
  }

  /**
   * Calls {@code send} for 0 … warmup + count − 1 at the rate, from now (open loop: a call that
   * comes late does not move the ones after it).
   */
  private void paced(IntConsumer send) throws Exception {
    SendSchedule.steady(rate, warmup + count, warmup)
        .play(System.nanoTime(), () -> false, (i, at) -> send.accept(i));
  }
}
