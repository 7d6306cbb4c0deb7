package com.angelskitchen.it.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Where the tests' own Payara domain and database are. The values come from the properties file
 * that {@code server-config/bin/test-server.sh up} writes, which Failsafe passes in as system
 * properties; run the tests with {@code ./mvnw verify}.
 */
public final class TestServer {

  private TestServer() {}

  /** The server the tests talk to now, when not the test domain (the cluster tests' cluster). */
  private static volatile Properties target;

  /**
   * Points every helper (API, partners, screens, browser, database) at the server these properties
   * describe, until the returned handle is closed; the cluster tests use it for their cluster.
   * Properties it does not set keep the test domain's values.
   */
  public static AutoCloseable target(Properties server) {
    target = server;
    return () -> target = null;
  }

  public static String property(String name) {
    Properties current = target;
    String value = current == null ? null : current.getProperty(name);
    if (value == null) {
      value = System.getProperty(name);
    }
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set: run the integration tests with ./mvnw verify");
    }
    return value;
  }

  public static int httpPort() {
    return Integer.parseInt(property("ak.test.http.port"));
  }

  /** The application's root, e.g. http://localhost:28080/. */
  public static URI base() {
    return URI.create("http://localhost:" + httpPort() + "/");
  }

  public static URI http(String path) {
    return base().resolve(path);
  }

  public static URI ws(String path) {
    return URI.create("ws://localhost:" + httpPort() + "/").resolve(path);
  }

  /** A direct connection to the test database, for checking what was (not) written. */
  public static Connection database() throws SQLException {
    return DriverManager.getConnection(
        property("ak.test.db.url"), property("ak.test.db.user"), property("ak.test.db.password"));
  }

  /**
   * Restarts the test domain with asadmin, as an operator would, and returns once the application
   * answers its health check again. Deployed applications come back with the domain.
   */
  public static void restart() throws Exception {
    Path domainDir = Path.of(property("ak.test.domain.dir"));
    asadmin(
        "restart-domain",
        "--domaindir",
        domainDir.getParent().toString(),
        domainDir.getFileName().toString());
    awaitHealthy();
  }

  /**
   * Kills the test domain's JVM outright (kill -9: no shutdown hooks, no broker or transaction
   * clean-up, as in a power cut) and returns once it is gone.
   */
  public static void kill() throws Exception {
    Path domainDir = Path.of(property("ak.test.domain.dir"));
    long pid =
        Long.parseLong(java.nio.file.Files.readString(domainDir.resolve("config/pid")).strip());
    ProcessHandle server =
        ProcessHandle.of(pid)
            .orElseThrow(() -> new IllegalStateException("no server process " + pid));
    server.destroyForcibly();
    server.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
  }

  /** Starts the (stopped or killed) test domain and waits for the application. */
  public static void start() throws Exception {
    Path domainDir = Path.of(property("ak.test.domain.dir"));
    asadmin(
        "start-domain",
        "--domaindir",
        domainDir.getParent().toString(),
        domainDir.getFileName().toString());
    awaitHealthy();
  }

  /**
   * Changes one of the application's settings as an operator does from the admin console
   * (Configuration > MicroProfile, the domain's config source). The test domain caches no setting
   * (AK_CONFIG_CACHE_SECONDS=0 in test-server.sh): it applies to the next request.
   */
  public static void setting(String name, String value) throws Exception {
    asadmin(
        "set-config-property",
        "--source=domain",
        "--propertyName=" + name,
        "--propertyValue=" + value);
  }

  private static void asadmin(String... command) throws Exception {
    java.util.List<String> line =
        new java.util.ArrayList<>(
            java.util.List.of(
                property("ak.test.asadmin"),
                "--interactive=false",
                "--user",
                "admin",
                "--passwordfile",
                property("ak.test.asadmin.passwordfile"),
                "--port",
                property("ak.test.admin.port")));
    line.addAll(java.util.List.of(command));
    Process asadmin = new ProcessBuilder(line).redirectErrorStream(true).start();
    String output = new String(asadmin.getInputStream().readAllBytes());
    if (asadmin.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  private static void awaitHealthy() {
    KitchenApi api = new KitchenApi();
    org.awaitility.Awaitility.await("the application after the restart")
        .atMost(java.time.Duration.ofMinutes(3))
        .pollInterval(java.time.Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> api.get("api/health").statusCode() == 200);
  }

  /** Where screenshots and other evidence go (target/test-artifacts). */
  public static Path artifacts() {
    try {
      return Files.createDirectories(Path.of(property("ak.test.artifacts")));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
