package com.angelskitchen.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A client of the application's HTTP API, as a POS, a screen or a partner would use it. */
public final class KitchenApi {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final Staff.Member member;

  /** A client signed in as the manager (who holds every role). */
  public KitchenApi() {
    this(Staff.manager());
  }

  /** A client signed in as this member (HTTP Basic), or anonymous with null. */
  public KitchenApi(Staff.Member member) {
    this.member = member;
  }

  public static KitchenApi anonymous() {
    return new KitchenApi(null);
  }

  /** One order line in a request: item code, quantity, modifiers by code, a note. */
  public record Line(
      String item, int quantity, List<String> remove, List<String> add, String note) {

    public Line without(String... ingredients) {
      List<String> more = new ArrayList<>(remove);
      more.addAll(Arrays.asList(ingredients));
      return new Line(item, quantity, more, add, note);
    }

    public Line with(String... extras) {
      List<String> more = new ArrayList<>(add);
      more.addAll(Arrays.asList(extras));
      return new Line(item, quantity, remove, more, note);
    }

    public Line note(String text) {
      return new Line(item, quantity, remove, add, text);
    }
  }

  public static Line line(String item, int quantity) {
    return new Line(item, quantity, List.of(), List.of(), null);
  }

  /** An order request being put together. */
  public static final class Order {
    private final JsonObjectBuilder json = jakarta.json.Json.createObjectBuilder();

    private Order(String customerName, Line... lines) {
      if (customerName != null) {
        json.add("customerName", customerName);
      }
      JsonArrayBuilder array = jakarta.json.Json.createArrayBuilder();
      for (Line line : lines) {
        JsonObjectBuilder l =
            jakarta.json.Json.createObjectBuilder()
                .add("item", line.item())
                .add("quantity", line.quantity())
                .add("remove", jakarta.json.Json.createArrayBuilder(line.remove()))
                .add("add", jakarta.json.Json.createArrayBuilder(line.add()));
        if (line.note() != null) {
          l.add("note", line.note());
        }
        array.add(l);
      }
      json.add("lines", array);
    }

    public Order pickupAt(OffsetDateTime pickupAt) {
      json.add("pickupAt", pickupAt.toString());
      return this;
    }

    public Order allergyAlert(String alert) {
      json.add("allergyAlert", alert);
      return this;
    }

    public Order note(String note) {
      json.add("note", note);
      return this;
    }

    public Order rush() {
      json.add("rush", true);
      return this;
    }

    public Order fulfillment(String fulfillment) {
      json.add("fulfillment", fulfillment);
      return this;
    }

    private String built;

    /**
     * The request body; the same text every time (a JSON-P builder empties itself on build), also
     * when several threads send one order at once.
     */
    public synchronized String json() {
      if (built == null) {
        built = json.build().toString();
      }
      return built;
    }
  }

  public static Order order(String customerName, Line... lines) {
    return new Order(customerName, lines);
  }

  /** Places an order through {@code POST /api/orders} and expects 201 Created. */
  public JsonObject place(Order order) {
    HttpResponse<String> response = post("api/orders", order.json());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return Json.object(response.body());
  }

  public JsonObject placeOrder(String customerName, Line... lines) {
    return place(order(customerName, lines));
  }

  /** {@code GET /api/orders/{id}}, expecting 200. */
  public JsonObject order(long orderId) {
    HttpResponse<String> response = get("api/orders/" + orderId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.object(response.body());
  }

  /** The ticket of an order at a station. */
  public JsonObject ticket(long orderId, String station) {
    return order(orderId).getJsonArray("tickets").stream()
        .map(t -> t.asJsonObject())
        .filter(t -> t.getString("station").equals(station))
        .findFirst()
        .orElseThrow(() -> new AssertionError("order " + orderId + " has no ticket at " + station));
  }

  public HttpResponse<String> post(String path, String json) {
    return post(path, "application/json", json);
  }

  public HttpResponse<String> post(String path) {
    return send(
        HttpRequest.newBuilder(TestServer.http(path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(TestServer.http(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public HttpResponse<String> put(String path, String json) {
    return send(
        HttpRequest.newBuilder(TestServer.http(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(TestServer.http(path)).GET().build());
  }

  /**
   * Sends a request, adding the member's Basic credentials unless it carries its own Authorization
   * or goes to the partner webhooks (which authenticate partners, not staff).
   */
  public HttpResponse<String> send(HttpRequest request) {
    HttpRequest signed = request;
    if (member != null
        && request.headers().firstValue("Authorization").isEmpty()
        && !request.uri().getPath().startsWith("/partners/")) {
      signed =
          HttpRequest.newBuilder(request, (name, value) -> true)
              .header("Authorization", member.basic())
              .build();
    }
    try {
      return http.send(signed, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
