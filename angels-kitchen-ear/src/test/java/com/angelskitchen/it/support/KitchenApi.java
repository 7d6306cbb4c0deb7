package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A client of the application's HTTP API, as a POS or a partner would use it. */
public final class KitchenApi {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** One order line in a request. */
  public record Line(String item, int quantity, String station) {}

  public static Line line(String item, int quantity, String station) {
    return new Line(item, quantity, station);
  }

  /** The JSON of an order request. */
  public static String orderJson(String customerName, Line... lines) {
    JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
    for (Line line : lines) {
      array.add(
          jakarta.json.Json.createObjectBuilder()
              .add("item", line.item())
              .add("quantity", line.quantity())
              .add("station", line.station()));
    }
    return jakarta.json.Json.createObjectBuilder()
        .add("customerName", customerName)
        .add("lines", array)
        .build()
        .toString();
  }

  /** Places an order through {@code POST /api/orders} and expects 201 Created. */
  public JsonObject placeOrder(String customerName, Line... lines) {
    HttpResponse<String> response = post("api/orders", orderJson(customerName, lines));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.object(response.body());
  }

  public HttpResponse<String> post(String path, String json) {
    return post(path, "application/json", json);
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(TestServer.http(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(TestServer.http(path)).GET().build());
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static URI uri(String path) {
    return TestServer.http(path);
  }
}
