package com.angelskitchen.it.kds;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Two cooks tap the same ticket on two screens at once: one bump, and both screens agree. */
class TwoScreensBumpIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  static final int MAX_ROUNDS = 6;

  @Test
  void oneBumpWinsTheOtherIsToldAndBothScreensConverge() throws Exception {
    ExecutorService cooks = Executors.newFixedThreadPool(2);
    boolean sawTheLoser = false;
    try (ScreenPage left = ScreenPage.open("kds/fritura");
        ScreenPage right = ScreenPage.open("kds/fritura")) {
      for (int round = 0; round < MAX_ROUNDS && !sawTheLoser; round++) {
        var placed = api.placeOrder(Guests.unique("Race"), line(menu.carne, 1));
        String number = placed.getString("orderNumber");
        long orderId = placed.getJsonNumber("orderId").longValue();
        left.awaitCard(number);
        right.awaitCard(number);

        CyclicBarrier together = new CyclicBarrier(2);
        String tap =
            "const card = document.querySelector(\"[data-order-number='"
                + number
                + "'] .ak-ticket-header\");"
                + " if (card) card.click(); return card !== null;";
        Future<Object> a =
            cooks.submit(
                () -> {
                  together.await();
                  return left.browser().script(tap);
                });
        Future<Object> b =
            cooks.submit(
                () -> {
                  together.await();
                  return right.browser().script(tap);
                });
        a.get();
        b.get();

        left.awaitNoCard(number);
        right.awaitNoCard(number);
        assertThat(
                KitchenDatabase.number(
                    "SELECT count(*) FROM kitchen_log WHERE order_id = ? AND event_type = 'TicketBumped'",
                    orderId))
            .as("exactly one bump")
            .isEqualTo(1);
        List<Map<String, Object>> outcomes = new java.util.ArrayList<>();
        outcomes.addAll(bumps(left));
        outcomes.addAll(bumps(right));
        long lost = outcomes.stream().filter(o -> Boolean.FALSE.equals(o.get("ok"))).count();
        if (lost > 0) {
          sawTheLoser = true;
          assertThat(outcomes.stream().filter(o -> Boolean.TRUE.equals(o.get("ok")))).hasSize(1);
          assertThat(
                  outcomes.stream()
                      .filter(o -> Boolean.FALSE.equals(o.get("ok")))
                      .findFirst()
                      .orElseThrow()
                      .get("message"))
              .asString()
              .contains("already bumped");
          ScreenPage loser =
              bumps(left).stream().anyMatch(o -> Boolean.FALSE.equals(o.get("ok"))) ? left : right;
          assertThat(
                  loser
                      .browser()
                      .driver()
                      .findElement(By.id("ak-toast"))
                      .getAttribute("textContent"))
              .contains("already bumped");
          loser.screenshot("kds-two-screens-loser");
        }
        left.browser().script("window.akScreen.bumps.length = 0;");
        right.browser().script("window.akScreen.bumps.length = 0;");
      }
    } finally {
      cooks.shutdownNow();
    }
    assertThat(sawTheLoser)
        .as("in " + MAX_ROUNDS + " rounds, the two taps met at least once")
        .isTrue();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> bumps(ScreenPage page) {
    return (List<Map<String, Object>>) page.browser().script("return window.akScreen.bumps;");
  }
}
