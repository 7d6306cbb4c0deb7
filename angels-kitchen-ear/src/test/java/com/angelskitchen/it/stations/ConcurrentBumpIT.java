package com.angelskitchen.it.stations;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Two screens bump the same ticket at the same moment: exactly one bump happens. */
class ConcurrentBumpIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  static final int ROUNDS = 20;

  @Test
  void ofTwoSimultaneousBumpsExactlyOneSucceedsAndTheOtherIsToldWhy() throws Exception {
    ExecutorService screens = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        long orderId =
            api.placeOrder(Guests.unique("Race"), line(menu.carne, 1))
                .getJsonNumber("orderId")
                .longValue();
        long ticketId = api.ticket(orderId, "fritura").getJsonNumber("ticketId").longValue();
        CountDownLatch go = new CountDownLatch(1);
        Future<HttpResponse<String>> first = screens.submit(() -> bumpOnSignal(api, ticketId, go));
        Future<HttpResponse<String>> second = screens.submit(() -> bumpOnSignal(api, ticketId, go));
        go.countDown();

        List<HttpResponse<String>> answers = List.of(first.get(), second.get());
        assertThat(answers)
            .extracting(HttpResponse::statusCode)
            .containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> lost =
            answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(Json.object(lost.body()).getString("message")).contains("already bumped");
        assertThat(
                KitchenDatabase.number(
                    "SELECT count(*) FROM kitchen_log WHERE order_id = ? AND event_type = 'TicketBumped'",
                    orderId))
            .as("one bump in the kitchen log")
            .isEqualTo(1);
        assertThat(
                KitchenDatabase.number(
                    "SELECT count(*) FROM kitchen_log WHERE order_id = ? AND event_type = 'OrderReady'",
                    orderId))
            .isEqualTo(1);
        assertThat(api.order(orderId).getString("status")).isEqualTo("READY");
      }
    } finally {
      screens.shutdownNow();
    }
  }

  static HttpResponse<String> bumpOnSignal(KitchenApi api, long ticketId, CountDownLatch go)
      throws InterruptedException {
    go.await();
    return api.post("api/tickets/" + ticketId + "/bump");
  }
}
