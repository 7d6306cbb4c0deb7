package com.angelskitchen.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The cluster tests' cluster: two Payara instances of their own domain behind HAProxy, with a
 * database of their own ({@code server-config/bin/test-cluster.sh}). Started the first time a
 * cluster test asks for it and left running for the next one; Maven stops it after the integration
 * tests. While a test holds {@link #target()}, every helper talks to the cluster through its load
 * balancer.
 */
public final class TestCluster {

  private static TestCluster started;

  private final Properties properties;

  private TestCluster(Properties properties) {
    this.properties = properties;
  }

  /** The running cluster, started now if it is not yet (about four minutes). */
  public static synchronized TestCluster get() throws Exception {
    if (started == null) {
      Path file = Path.of(TestServer.property("ak.test.cluster.properties"));
      Process up =
          new ProcessBuilder(
                  "bash", TestServer.property("ak.test.cluster.script"), "up", file.toString())
              .redirectErrorStream(true)
              .redirectOutput(TestServer.artifacts().resolve("test-cluster-up.log").toFile())
              .start();
      if (!up.waitFor(15, TimeUnit.MINUTES) || up.exitValue() != 0) {
        up.destroyForcibly();
        throw new IllegalStateException(
            "the test cluster did not start: see target/test-artifacts/test-cluster-up.log");
      }
      Properties properties = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      }
      started = new TestCluster(properties);
    }
    started.everyInstanceUp();
    return started;
  }

  /** Starts any instance an earlier test left stopped, and waits until every one is ready. */
  private void everyInstanceUp() throws Exception {
    for (String name : instances()) {
      if (!ready(name)) {
        try {
          start(name);
        } catch (IllegalStateException alreadyRunning) {
          // starting: wait for it below
        }
        org.awaitility.Awaitility.await(name + " is ready")
            .atMost(Duration.ofMinutes(3))
            .pollInterval(Duration.ofSeconds(1))
            .until(() -> ready(name));
      }
    }
  }

  /** Points the helpers at the cluster's load balancer until closed. */
  public AutoCloseable target() {
    return TestServer.target(properties);
  }

  public List<String> instances() {
    return Arrays.asList(properties.getProperty("ak.test.cluster.instances").split(","));
  }

  /** An instance's own address, bypassing the load balancer. */
  public URI instance(String name, String path) {
    return URI.create(
            "http://localhost:"
                + properties.getProperty("ak.test.cluster." + name + ".http.port")
                + "/")
        .resolve(path);
  }

  /** Kills the instance's JVM outright (kill -9) and returns once it is gone. */
  public void kill(String name) throws Exception {
    Path dir = Path.of(properties.getProperty("ak.test.cluster." + name + ".dir"));
    long pid = Long.parseLong(Files.readString(dir.resolve("config/pid")).strip());
    ProcessHandle server =
        ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    server.destroyForcibly();
    server.onExit().get(60, TimeUnit.SECONDS);
  }

  /**
   * Saves the instance's threads (jcmd Thread.print) as target/test-artifacts/{file}.txt, for a
   * failing test to show what the server was doing.
   */
  public Path threadDump(String name, String file) throws Exception {
    Path dir = Path.of(properties.getProperty("ak.test.cluster." + name + ".dir"));
    String pid = Files.readString(dir.resolve("config/pid")).strip();
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Path target = TestServer.artifacts().resolve(file + ".txt");
    Process dump =
        new ProcessBuilder(jcmd.toString(), pid, "Thread.print")
            .redirectErrorStream(true)
            .redirectOutput(target.toFile())
            .start();
    dump.waitFor(60, TimeUnit.SECONDS);
    return target;
  }

  /** The instance's server log. */
  public Path serverLog(String name) {
    return Path.of(
        properties.getProperty("ak.test.cluster." + name + ".dir"), "logs", "server.log");
  }

  /** Starts a stopped (or killed) instance with asadmin, as an operator would. */
  public void start(String name) throws Exception {
    List<String> line =
        new ArrayList<>(
            List.of(
                properties.getProperty("ak.test.asadmin"),
                "--interactive=false",
                "--user",
                "admin",
                "--passwordfile",
                properties.getProperty("ak.test.asadmin.passwordfile"),
                "--port",
                properties.getProperty("ak.test.admin.port"),
                "start-instance",
                name));
    Process asadmin = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(asadmin.getInputStream().readAllBytes());
    if (asadmin.waitFor() != 0) {
      throw new IllegalStateException("start-instance " + name + " failed: " + output);
    }
  }

  /** Whether the instance answers its readiness check (what the load balancer asks). */
  public boolean ready(String name) {
    try {
      return HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(2))
              .build()
              .send(
                  HttpRequest.newBuilder(instance(name, "health/ready"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
