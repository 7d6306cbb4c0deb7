package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

/**
 * The kitchen's printers, as the tests see them: the fake ESC/POS printer
 * (server-config/lib/FakePrinter.java, started by test-server.sh) that takes print jobs on a few
 * loopback ports and decodes them to text. By convention the first port is the receipt printer, the
 * next ones the stations'; the tests set the printers up through the API ({@link #host()}, {@link
 * #port(int)}).
 */
public final class Printers {

  private final KitchenApi http = new KitchenApi();
  private final URI fake = URI.create(TestServer.property("ak.test.printers.fake") + "/");
  private final List<Integer> ports =
      Arrays.stream(TestServer.property("ak.test.printers.ports").split(","))
          .map(String::strip)
          .map(Integer::valueOf)
          .toList();

  /** A slip that came out: its text as it would read on paper, cut or not, and REPRINT or not. */
  public record Slip(int port, long seq, String text, boolean cut, String at, boolean reprint) {
    static Slip of(JsonObject json) {
      return new Slip(
          json.getInt("port"),
          json.getJsonNumber("seq").longValue(),
          json.getString("text"),
          json.getBoolean("cut"),
          json.getString("at"),
          json.getBoolean("reprint"));
    }
  }

  /** Where the fake printers listen, as a printer's host setting. */
  public String host() {
    return "127.0.0.1";
  }

  /** The fake's printer ports: 0 is the receipt printer by convention, 1.. the stations'. */
  public int port(int index) {
    return ports.get(index);
  }

  public List<Integer> ports() {
    return ports;
  }

  /** The slips printed on a port, oldest first (a drawer opening is not a slip). */
  public List<Slip> printed(int port) {
    HttpResponse<String> answer = get("fake/printed?port=" + port);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Json.array(answer.body()).stream().map(JsonValue::asJsonObject).map(Slip::of).toList();
  }

  /** Every slip on every port, in the order they came out. */
  public List<Slip> printed() {
    HttpResponse<String> answer = get("fake/printed");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Json.array(answer.body()).stream().map(JsonValue::asJsonObject).map(Slip::of).toList();
  }

  /** How often the drawer on this port was kicked open. */
  public int drawerOpenings(int port) {
    HttpResponse<String> answer = get("fake/drawer?port=" + port);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Json.object(answer.body()).getInt("opened");
  }

  /** Out of paper (the printer keeps what it is sent and prints it when paper is back) or not. */
  public void paperOut(int port, boolean out) {
    control("PUT", "fake/paper?port=" + port + "&state=" + (out ? "out" : "ok"));
  }

  /** Unplugged (connections refused) or back. */
  public void offline(int port, boolean offline) {
    control("PUT", "fake/offline?port=" + port + "&state=" + (offline ? "on" : "off"));
  }

  /** Forgets every slip and drawer opening of every port. */
  public void clear() {
    control("DELETE", "fake/printed");
  }

  /** Forgets the slips and drawer openings of one port. */
  public void clear(int port) {
    control("DELETE", "fake/printed?port=" + port);
  }

  private void control(String method, String path) {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(fake.resolve(path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(answer.statusCode()).as(method + " " + path + ": " + answer.body()).isEqualTo(200);
  }

  private HttpResponse<String> get(String path) {
    return http.send(HttpRequest.newBuilder(fake.resolve(path)).GET().build());
  }
}
