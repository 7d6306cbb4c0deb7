package com.angelskitchen.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The running Payara domain as a power cut and then an operator treat it: its JVM killed outright
 * (SIGKILL: no shutdown hooks, no broker or transaction clean-up), then {@code asadmin
 * start-domain} and a wait until the application answers its health check. The process id is read
 * from {@code <domain>/config/pid} every time, since every start gives a new one.
 */
final class PayaraDomain {

  private final Path domainDir;
  private final String asadmin;
  private final String adminPort;
  private final String passwordFile;
  private final URI health;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  PayaraDomain(
      Path domainDir, String asadmin, String adminPort, String passwordFile, int httpPort) {
    this.domainDir = domainDir;
    this.asadmin = asadmin;
    this.adminPort = adminPort;
    this.passwordFile = passwordFile;
    this.health = URI.create("http://localhost:" + httpPort + "/api/health");
  }

  Path domainDir() {
    return domainDir;
  }

  /** The server's process, as its pid file names it, when it is alive. */
  Optional<ProcessHandle> process() {
    try {
      long pid = Long.parseLong(Files.readString(domainDir.resolve("config/pid")).strip());
      return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    } catch (IOException | NumberFormatException noPidFile) {
      return Optional.empty();
    }
  }

  /** Kills the server's JVM with SIGKILL and returns once it is gone. */
  void kill(ProcessHandle server) throws Exception {
    server.destroyForcibly();
    server.onExit().get(60, TimeUnit.SECONDS);
  }

  /**
   * Starts the domain as {@code server-config/lib/payara.sh} does; asadmin returns once the server
   * listens, while the application may still be loading.
   *
   * @return null when asadmin succeeded, else the end of its output
   */
  String start(Duration timeout) throws IOException, InterruptedException {
    Path log = Files.createTempFile("crash-campaign-start-domain", ".log");
    try {
      Process start =
          new ProcessBuilder(
                  List.of(
                      asadmin,
                      "--interactive=false",
                      "--user",
                      "admin",
                      "--passwordfile",
                      passwordFile,
                      "--port",
                      adminPort,
                      "start-domain",
                      "--domaindir",
                      domainDir.getParent().toString(),
                      domainDir.getFileName().toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!start.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        start.destroyForcibly();
        return "asadmin start-domain did not return within " + timeout.toSeconds() + " s";
      }
      if (start.exitValue() == 0) {
        return null;
      }
      String output = Files.readString(log);
      return "asadmin start-domain exited with "
          + start.exitValue()
          + ": "
          + output.substring(Math.max(0, output.length() - 2000));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** True when {@code GET /api/health} answers 200 within a few seconds. */
  boolean healthy() {
    try {
      return http.send(
                  HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).GET().build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException failed) {
      return false;
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Polls the health check twice a second.
   *
   * @return true once it answers 200, false when {@code deadlineNanos} ({@link System#nanoTime()})
   *     passes first
   */
  boolean awaitHealthy(long deadlineNanos) {
    while (System.nanoTime() < deadlineNanos) {
      if (healthy()) {
        return true;
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
      if (Thread.currentThread().isInterrupted()) {
        return false;
      }
    }
    return false;
  }
}
