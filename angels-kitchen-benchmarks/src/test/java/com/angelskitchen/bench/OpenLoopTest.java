package com.angelskitchen.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loop against a small HTTP server on the loopback interface: 201 for orders, 503 if busy. */
class OpenLoopTest {

  HttpServer server;

  @BeforeEach
  void server() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/orders", answering(201));
    server.createContext("/busy", answering(503));
    server.start();
  }

  static com.sun.net.httpserver.HttpHandler answering(int status) {
    return exchange -> {
      exchange.getRequestBody().readAllBytes();
      byte[] body = "{}".getBytes();
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    };
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void everyRequestIsSentAtItsMomentAndEveryAnswerIsAccounted() throws Exception {
    SendSchedule schedule = SendSchedule.steady(200, 10, 4);
    Set<Integer> heard = ConcurrentHashMap.newKeySet();
    try (OpenLoop cut =
        new OpenLoop(
            schedule,
            new OrderSender("127.0.0.1", server.getAddress().getPort(), 2),
            status -> status == 201)) {
      cut.run(
          (i, at) -> {
            assertThat(System.nanoTime()).isGreaterThanOrEqualTo(at);
            String path = i % 5 == 0 ? "/busy" : "/orders";
            cut.post(
                i,
                at,
                i >= schedule.warmup(),
                new OpenLoop.Request(path, "{\"order\":" + i + "}", "X-Test: yes\r\n"),
                (index, answeredAt, answer) -> {
                  assertThat(answeredAt).isGreaterThanOrEqualTo(answer.sentNanos());
                  heard.add(index);
                });
          });

      assertThat(cut.awaitAnswers(10)).isZero();
      assertThat(heard).containsExactlyInAnyOrder(1, 2, 3, 4, 6, 7, 8, 9);
      assertThat(cut.accepted()).isEqualTo(8);
      assertThat(cut.errors()).isEqualTo(2);
      assertThat(cut.errorKinds()).isEqualTo(Map.of("HTTP 503", 2));
      assertThat(cut.latency().count())
          .as("the measured ones accepted: 4, 6, 7, 8, 9")
          .isEqualTo(5);
      assertThat(cut.lastAccepted()).isGreaterThan(cut.start());
    }
  }

  @Test
  void aRequestThatFindsNoServerIsAnErrorOfItsKindAndHeardAsSuch() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    Set<Integer> failed = ConcurrentHashMap.newKeySet();
    try (OpenLoop cut =
        new OpenLoop(
            SendSchedule.burst(3), new OrderSender("127.0.0.1", closed, 1), status -> true)) {
      cut.run(
          (i, at) ->
              cut.post(
                  i,
                  at,
                  true,
                  new OpenLoop.Request("/orders", "{}", ""),
                  null,
                  (index, answer) -> failed.add(index)));

      assertThat(cut.awaitAnswers(10)).isZero();
      assertThat(failed).containsExactlyInAnyOrder(0, 1, 2);
      assertThat(cut.errorKinds()).isEqualTo(Map.of("ConnectException", 3));
      assertThat(cut.accepted()).isZero();
      assertThat(cut.latency().count()).isZero();
      assertThat(cut.lastAccepted()).isZero();
    }
  }
}
