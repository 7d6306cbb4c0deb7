package com.angelskitchen.it.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSSecurityException;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * What someone on the restaurant's network finds: the server process listens outside loopback on
 * its HTTP(S) ports only; the message broker refuses its stock users; /metrics wants a login. The
 * domain is configured exactly as the run command configures the demo (server-config/lib).
 */
class NetworkSurfaceIT extends EarTestBase {

  /** A socket the server listens on. */
  record Listening(String address, int port) {

    boolean loopback() {
      return address.startsWith("127.")
          || address.equals("::1")
          || address.startsWith("::ffff:127.");
    }
  }

  @Test
  void onlyTheHttpListenersAreReachableFromTheNetwork() throws IOException {
    List<Listening> sockets = listeningSocketsOf(serverPid());
    int http = TestServer.httpPort();
    int https = http + 1;

    assertThat(sockets).as("the server listens at all").isNotEmpty();
    assertThat(sockets)
        .as("the broker's port mapper is there, on loopback")
        .anySatisfy(
            s -> {
              assertThat(s.port()).isEqualTo(brokerPort());
              assertThat(s.loopback()).isTrue();
            });
    assertThat(sockets.stream().filter(s -> !s.loopback()).map(Listening::port).distinct())
        .as("ports open beyond loopback, among " + sockets)
        .containsExactlyInAnyOrder(http, https);
  }

  @Test
  void theBrokerRefusesItsStockUsers() throws Exception {
    try (URLClassLoader openMq = openMqClient()) {
      for (String[] stock :
          List.of(new String[] {"guest", "guest"}, new String[] {"admin", "admin"})) {
        ConnectionFactory factory = brokerConnectionFactory(openMq);
        assertThatThrownBy(
                () -> {
                  try (Connection connection = factory.createConnection(stock[0], stock[1])) {
                    connection.start();
                  }
                })
            .as(stock[0] + "/" + stock[1])
            .isInstanceOf(JMSSecurityException.class);
      }
    }
  }

  @Test
  void metricsWantALoginOverHttps() throws Exception {
    HttpResponse<String> overHttp =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(TestServer.http("metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(overHttp.statusCode()).as("plain HTTP is sent to HTTPS").isEqualTo(302);

    URI metrics = URI.create("https://localhost:" + (TestServer.httpPort() + 1) + "/metrics");
    assertThat(statusOf(metrics, null, null)).as("anonymous: asked to sign in").isIn(302, 401);
    assertThat(statusOf(metrics, "mp", "mp")).as("Payara's stock metrics login").isEqualTo(401);
    Staff.Member cook = Staff.cook();
    assertThat(statusOf(metrics, cook.username(), cook.password())).as("a cook").isEqualTo(403);
    Staff.Member manager = Staff.manager();
    assertThat(statusOf(metrics, manager.username(), manager.password()))
        .as("a manager")
        .isEqualTo(200);
  }

  /** GET over HTTPS, trusting the test domain's self-signed certificate for its host name. */
  private static int statusOf(URI uri, String user, String password) throws Exception {
    HttpsURLConnection connection = (HttpsURLConnection) uri.toURL().openConnection();
    connection.setInstanceFollowRedirects(false);
    connection.setSSLSocketFactory(trustingTheTestCertificate().getSocketFactory());
    connection.setHostnameVerifier((host, session) -> "localhost".equals(host));
    if (user != null) {
      String basic =
          Base64.getEncoder()
              .encodeToString(
                  (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      connection.setRequestProperty("Authorization", "Basic " + basic);
    }
    try {
      int status = connection.getResponseCode();
      if (status == 200) {
        try (var body = connection.getInputStream()) {
          assertThat(new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
              .as("Payara's metrics")
              .contains("# TYPE");
        }
      }
      return status;
    } finally {
      connection.disconnect();
    }
  }

  private static SSLContext trustingTheTestCertificate() throws Exception {
    TrustManager trustAll =
        new X509TrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return context;
  }

  private static int brokerPort() {
    return TestServer.httpPort() - 80 + 76;
  }

  private static long serverPid() throws IOException {
    return Long.parseLong(
        Files.readString(Path.of(TestServer.property("ak.test.domain.dir"), "config", "pid"))
            .strip());
  }

  /** The OpenMQ client of the Payara installation itself, loaded beside the test's JMS API. */
  private static URLClassLoader openMqClient() throws Exception {
    Path payara = Path.of(TestServer.property("ak.test.asadmin")).getParent().getParent();
    URL imq = payara.resolve("mq/lib/imq.jar").toUri().toURL();
    return new URLClassLoader(new URL[] {imq}, NetworkSurfaceIT.class.getClassLoader());
  }

  private static ConnectionFactory brokerConnectionFactory(ClassLoader openMq) throws Exception {
    Class<?> type = openMq.loadClass("com.sun.messaging.ConnectionFactory");
    Object factory = type.getConstructor().newInstance();
    type.getMethod("setProperty", String.class, String.class)
        .invoke(factory, "imqAddressList", "mq://127.0.0.1:" + brokerPort());
    return (ConnectionFactory) factory;
  }

  /** The LISTEN sockets of a process, from Linux's /proc (the test runs on the server's host). */
  static List<Listening> listeningSocketsOf(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while listing
        }
      }
    }
    List<Listening> listening = new ArrayList<>();
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      for (String row : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
        String[] columns = row.trim().split("\\s+");
        if (columns[3].equals("0A") && inodes.contains(columns[9])) {
          String[] local = columns[1].split(":");
          listening.add(new Listening(address(local[0]), Integer.parseInt(local[1], 16)));
        }
      }
    }
    return listening;
  }

  /** /proc/net writes addresses as little-endian 32-bit words in hex. */
  static String address(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int word = 0; word < bytes.length / 4; word++) {
      for (int i = 0; i < 4; i++) {
        bytes[word * 4 + i] =
            (byte)
                Integer.parseInt(
                    hex.substring(word * 8 + (3 - i) * 2, word * 8 + (3 - i) * 2 + 2), 16);
      }
    }
    try {
      String text = java.net.InetAddress.getByAddress(bytes).getHostAddress();
      if (bytes.length == 16 && text.startsWith("0:0:0:0:0:ffff:")) {
        return "::ffff:"
            + (bytes[12] & 0xff)
            + "."
            + (bytes[13] & 0xff)
            + "."
            + (bytes[14] & 0xff)
            + "."
            + (bytes[15] & 0xff);
      }
      return text.equals("0:0:0:0:0:0:0:1") ? "::1" : text;
    } catch (java.net.UnknownHostException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
