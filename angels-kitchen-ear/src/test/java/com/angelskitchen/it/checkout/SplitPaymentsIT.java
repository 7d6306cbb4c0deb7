package com.angelskitchen.it.checkout;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A table's check split and paid part by part: evenly or by item, by card with a tip, part in cash
 * and part by card; two cashiers paying the same order (or part) at once, one is told it is paid.
 * The test store adds a 21 % tax on top: carne $1,800.00, gaseosa $1,500.00.
 */
class SplitPaymentsIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private final KitchenApi cashier = new KitchenApi(Staff.cashier());

  private long order(KitchenApi.Line... lines) {
    return cashier.placeOrder(Guests.unique("Mesa"), lines).getJsonNumber("orderId").longValue();
  }

  private HttpResponse<String> pay(long orderId, String body) {
    return cashier.post("api/orders/" + orderId + "/payments", body);
  }

  private static String code(HttpResponse<String> refused) {
    return Json.object(refused.body()).getString("code");
  }

  @Test
  void aCheckSplitEvenlyIsPaidPartByPartWithATipAndAMixedTender() {
    // 3 × 1800 + 1500 = 6900; tax 1449.00; total 8349.00; in three: 2783.00 each
    long orderId = order(line(menu.carne, 3), line(menu.gaseosa, 1));
    HttpResponse<String> split =
        cashier.post("api/orders/" + orderId + "/split", "{\"evenly\": 3}");
    assertThat(split.statusCode()).as(split.body()).isEqualTo(200);
    assertThat(Json.object(split.body()).getJsonArray("parts").getValuesAs(JsonObject.class))
        .extracting(p -> p.getJsonNumber("amount").bigDecimalValue().toPlainString())
        .containsExactly("2783.00", "2783.00", "2783.00");

    HttpResponse<String> noPart = pay(orderId, "{\"method\": \"CARD\"}");
    assertThat(noPart.statusCode()).as(noPart.body()).isEqualTo(400);
    assertThat(code(noPart)).isEqualTo("checkout.part-required");

    HttpResponse<String> first =
        pay(orderId, "{\"partNo\": 1, \"method\": \"CARD\", \"tip\": 300}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    JsonObject card = Json.object(first.body()).getJsonObject("payment");
    assertThat(card.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("2783.00");
    assertThat(card.getJsonNumber("tendered").bigDecimalValue())
        .as("the card is charged the part and the tip")
        .isEqualByComparingTo("3083.00");
    HttpResponse<String> again = pay(orderId, "{\"partNo\": 1, \"method\": \"CARD\"}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(code(again)).isEqualTo("checkout.part-paid");

    HttpResponse<String> cashPart =
        pay(
            orderId,
            "{\"partNo\": 2, \"method\": \"CASH\", \"amount\": 1000, \"cashGiven\": 1000}");
    assertThat(cashPart.statusCode()).as(cashPart.body()).isEqualTo(201);
    HttpResponse<String> cardRest = pay(orderId, "{\"partNo\": 2, \"method\": \"CARD\"}");
    assertThat(cardRest.statusCode()).as(cardRest.body()).isEqualTo(201);
    assertThat(
            Json.object(cardRest.body())
                .getJsonObject("payment")
                .getJsonNumber("amount")
                .bigDecimalValue())
        .as("the rest of part 2")
        .isEqualByComparingTo("1783.00");

    HttpResponse<String> discount =
        cashier.post(
            "api/orders/" + orderId + "/discounts",
            "{\"kind\": \"PERCENT\", \"value\": 5, \"reason\": \"any\"}");
    assertThat(discount.statusCode()).as(discount.body()).isEqualTo(409);
    assertThat(code(discount)).isEqualTo("order.partly-paid");
    HttpResponse<String> resplit =
        cashier.post("api/orders/" + orderId + "/split", "{\"evenly\": 2}");
    assertThat(resplit.statusCode()).as(resplit.body()).isEqualTo(409);

    HttpResponse<String> last =
        pay(orderId, "{\"partNo\": 3, \"method\": \"CASH\", \"cashGiven\": 3000}");
    assertThat(last.statusCode()).as(last.body()).isEqualTo(201);
    JsonObject check = Json.object(last.body()).getJsonObject("check");
    assertThat(
            Json.object(last.body())
                .getJsonObject("payment")
                .getJsonNumber("change")
                .bigDecimalValue())
        .isEqualByComparingTo("217.00");
    assertThat(check.getJsonNumber("due").bigDecimalValue()).isEqualByComparingTo("0");
    assertThat(check.getString("paidBy")).isEqualTo("MIXED");
    assertThat(
            KitchenDatabase.text(
                "SELECT string_agg(action || ' ' || amount, '; ' ORDER BY id) FROM money_audit"
                    + " WHERE order_id = ?",
                orderId))
        .isEqualTo(
            "SPLIT 8349.00; PAYMENT 2783.00; PAYMENT 1000.00; PAYMENT 1783.00; PAYMENT 2783.00");
    assertThat(
            KitchenDatabase.text(
                "SELECT paid || ' ' || (paid_at IS NOT NULL) FROM kitchen_order WHERE id = ?",
                orderId))
        .isEqualTo("8349.00 true");
  }

  @Test
  void twoCashiersPayingTheSameOrderAtOnceOneIsToldItIsPaid() throws Exception {
    ExecutorService two = Executors.newFixedThreadPool(2);
    try {
      long whole = order(line(menu.carne, 1));
      assertThat(codesOfTwoAtOnce(two, whole, "{\"method\": \"CARD\"}"))
          .containsExactlyInAnyOrder("201", "order.already-paid");

      long split = order(line(menu.carne, 2));
      cashier.post("api/orders/" + split + "/split", "{\"evenly\": 2}");
      assertThat(codesOfTwoAtOnce(two, split, "{\"partNo\": 1, \"method\": \"CARD\"}"))
          .containsExactlyInAnyOrder("201", "checkout.part-paid");
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM order_payment WHERE order_id IN (?, ?)", whole, split))
          .as("one payment each, never two")
          .isEqualTo(2);
    } finally {
      two.shutdownNow();
    }
  }

  private List<String> codesOfTwoAtOnce(ExecutorService two, long orderId, String body)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<String>> answers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      KitchenApi own = new KitchenApi(Staff.cashier());
      answers.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                HttpResponse<String> answer = own.post("api/orders/" + orderId + "/payments", body);
                return answer.statusCode() == 201 ? "201" : code(answer);
              },
              two));
    }
    go.countDown();
    List<String> codes = new ArrayList<>();
    for (CompletableFuture<String> answer : answers) {
      codes.add(answer.get());
    }
    return codes;
  }

  @Test
  void aCashierSplitsByItemAndTakesACardWithATipThenCashAndCard() throws Exception {
    // 2 × 1800 = 3600 and 1500; total 4900 × 1.21 = 5929.00; part 1 (the carne) 4356.00, part 2
    // (the gaseosa) 1815.00
    JsonObject placed =
        cashier.placeOrder(Guests.unique("Split"), line(menu.carne, 2), line(menu.gaseosa, 1));
    long orderId = placed.getJsonNumber("orderId").longValue();
    String number = placed.getString("orderNumber");

    try (PosPage pos = PosPage.openAs(Staff.cashier())) {
      var page = pos.browser().driver();
      pos.openTender(number, ".ak-pay");
      pos.browser()
          .await(ExpectedConditions.elementToBeClickable(By.id("tender-form:split-open")))
          .click();
      pos.choose("tender-form:split-lines:1:part-of-line", "2");
      page.findElement(By.id("tender-form:split-by-item")).click();
      pos.browser()
          .await(
              d ->
                  d.findElements(By.cssSelector("[id$=':parts'] tbody .ak-part-amount")).stream()
                      .map(e -> e.getText())
                      .toList()
                      .equals(List.of("$4,356.00", "$1,815.00")));

      pos.browser().await(ExpectedConditions.textToBe(By.id("tender-form:due-now"), "$4,356.00"));
      page.findElement(By.id("tender-form:tip")).sendKeys("400");
      page.findElement(By.id("tender-form:pay-card")).click();
      pos.browser().await(ExpectedConditions.textToBe(By.id("ak-tender-due"), "$1,815.00"));

      pos.browser().await(ExpectedConditions.textToBe(By.id("tender-form:due-now"), "$1,815.00"));
      page.findElement(By.id("tender-form:amount")).sendKeys("1000");
      page.findElement(By.id("tender-form:cash")).sendKeys("1000");
      page.findElement(By.id("tender-form:pay-cash")).click();
      pos.browser().await(ExpectedConditions.textToBe(By.id("ak-tender-due"), "$815.00"));
      page.findElement(By.id("tender-form:pay-card")).click();
      pos.browser().await(ExpectedConditions.textToBe(By.id("ak-paid-by"), "Cash and card"));
      pos.screenshot("pos-split-mixed-tip");

      assertThat(
              KitchenDatabase.text(
                  "SELECT string_agg(coalesce(part_no::text, '-') || ' ' || method || ' ' || amount"
                      + " || ' ' || tip, '; ' ORDER BY id) FROM order_payment WHERE order_id = ?",
                  orderId))
          .isEqualTo("1 CARD 4356.00 400.00; 2 CASH 1000.00 0.00; 2 CARD 815.00 0.00");
      assertThat(KitchenDatabase.text("SELECT paid_by FROM kitchen_order WHERE id = ?", orderId))
          .isEqualTo("MIXED");

      pos.browser().open("pos/receipt.xhtml?order=" + orderId);
      pos.browser()
          .await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ak-receipt")));
      assertThat(page.findElement(By.id("ak-receipt-tip")).getText()).isEqualTo("$400.00");
      assertThat(page.findElement(By.cssSelector(".ak-receipt")).getText())
          .contains("Paid in cash and by card");
    }
  }
}
