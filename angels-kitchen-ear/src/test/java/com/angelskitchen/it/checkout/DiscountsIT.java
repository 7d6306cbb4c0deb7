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
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A cashier gives discounts: 10 % off an order goes through on the cashier's word (the store's
 * approval limit is 10 %), half off a line needs a manager, who types their password on the
 * cashier's screen. The order's totals, the audit log and the receipt agree. The test store adds a
 * 21 % tax on top: 3 × $1,800.00 = $5,400.00.
 */
class DiscountsIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private final KitchenApi cashier = new KitchenApi(Staff.cashier());
  private Staff.Member approver;
  private String reason;

  @BeforeEach
  void aReasonAndAManager() {
    reason = "staff-meal-" + menu.suffix;
    HttpResponse<String> kept =
        api.put("api/discount-reasons/" + reason, "{\"name\": \"Staff meal\", \"sortOrder\": 1}");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    approver = Staff.hire("approver-" + UUID.randomUUID().toString().substring(0, 8), "MANAGER");
  }

  private String discount(Long lineId, String kind, String value, Staff.Member manager, String pw) {
    StringBuilder body = new StringBuilder("{");
    if (lineId != null) {
      body.append("\"lineId\": ").append(lineId).append(", ");
    }
    body.append(
        "\"kind\": \"%s\", \"value\": %s, \"reason\": \"%s\"".formatted(kind, value, reason));
    if (manager != null) {
      body.append(
          ", \"approval\": {\"username\": \"%s\", \"password\": \"%s\"}"
              .formatted(manager.username(), pw));
    }
    return body.append("}").toString();
  }

  @Test
  void aSmallDiscountIsTheCashiersAndABigOneNeedsAManager() {
    JsonObject placed = cashier.placeOrder(Guests.unique("Descuento"), line(menu.carne, 3));
    long orderId = placed.getJsonNumber("orderId").longValue();
    long lineId =
        cashier
            .order(orderId)
            .getJsonArray("lines")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    String path = "api/orders/" + orderId + "/discounts";

    HttpResponse<String> tenPercent =
        cashier.post(path, discount(null, "PERCENT", "10", null, null));
    assertThat(tenPercent.statusCode()).as(tenPercent.body()).isEqualTo(201);
    JsonObject order = Json.object(tenPercent.body()).getJsonObject("order");
    // 5400 − 540 = 4860; tax 21 % on top = 1020.60; total 5880.60
    assertThat(order.getJsonNumber("discount").bigDecimalValue()).isEqualByComparingTo("540.00");
    assertThat(order.getJsonNumber("tax").bigDecimalValue()).isEqualByComparingTo("1020.60");
    assertThat(order.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("5880.60");
    HttpResponse<String> piledUp = cashier.post(path, discount(null, "PERCENT", "5", null, null));
    assertThat(piledUp.statusCode())
        .as("5 % more on top of 10 %: small discounts piled up need a manager too")
        .isEqualTo(403);

    HttpResponse<String> unapproved =
        cashier.post(path, discount(lineId, "PERCENT", "50", null, null));
    assertThat(unapproved.statusCode()).as(unapproved.body()).isEqualTo(403);
    assertThat(Json.object(unapproved.body()).getString("code"))
        .isEqualTo("checkout.approval-required");
    HttpResponse<String> wrong =
        cashier.post(path, discount(lineId, "PERCENT", "50", approver, "not-the-password"));
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
    assertThat(Json.object(wrong.body()).getString("code")).isEqualTo("checkout.approval-refused");
    HttpResponse<String> notAManager =
        cashier.post(
            path, discount(lineId, "PERCENT", "50", Staff.cashier(), Staff.cashier().password()));
    assertThat(notAManager.statusCode()).as(notAManager.body()).isEqualTo(403);

    HttpResponse<String> half =
        cashier.post(path, discount(lineId, "PERCENT", "50", approver, approver.password()));
    assertThat(half.statusCode()).as(half.body()).isEqualTo(201);
    JsonObject given = Json.object(half.body());
    // half of what is left of the line (5400 − 540 = 4860) = 2430; 5400 − 2970 = 2430 charged;
    // tax 510.30; total 2940.30
    assertThat(given.getJsonObject("discount").getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("2430.00");
    assertThat(given.getJsonObject("discount").getString("approvedBy"))
        .isEqualTo(approver.username());
    assertThat(given.getJsonObject("order").getJsonNumber("total").bigDecimalValue())
        .isEqualByComparingTo("2940.30");
    assertThat(cashier.get(path).body()).contains("\"reasonName\":\"Staff meal\"");

    assertThat(
            KitchenDatabase.text(
                "SELECT string_agg(action || ' ' || amount || ' ' || actor || ' '"
                    + " || coalesce(approved_by, '-'), '; ' ORDER BY id) FROM money_audit"
                    + " WHERE order_id = ?",
                orderId))
        .isEqualTo(
            "DISCOUNT 540.00 test-cashier -; DISCOUNT 2430.00 test-cashier " + approver.username());
    assertThat(KitchenDatabase.text("SELECT total::text FROM kitchen_order WHERE id = ?", orderId))
        .isEqualTo("2940.30");
  }

  @Test
  void aDiscountIsRefusedWithAReasonForWhatIsNotOne() {
    long orderId =
        cashier
            .placeOrder(Guests.unique("Mal"), line(menu.carne, 1))
            .getJsonNumber("orderId")
            .longValue();
    String path = "api/orders/" + orderId + "/discounts";

    HttpResponse<String> tooMuch =
        cashier.post(path, discount(null, "AMOUNT", "1800.01", null, null));
    assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(400);
    assertThat(Json.object(tooMuch.body()).getString("code"))
        .isEqualTo("checkout.discount-more-than-left");
    HttpResponse<String> noReason =
        cashier.post(path, "{\"kind\": \"PERCENT\", \"value\": 5, \"reason\": \"no-such-reason\"}");
    assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
    HttpResponse<String> percent = cashier.post(path, discount(null, "PERCENT", "101", null, null));
    assertThat(percent.statusCode()).as(percent.body()).isEqualTo(400);
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM order_discount WHERE order_id = ?", orderId))
        .as("nothing half-written")
        .isZero();
    assertThat(
            KitchenDatabase.text("SELECT discount::text FROM kitchen_order WHERE id = ?", orderId))
        .isEqualTo("0.00");
  }

  @Test
  void aManagerApprovesOnTheCashiersScreenAndTheReceiptShowsTheDiscount() throws Exception {
    String guest = Guests.unique("Paula");
    JsonObject placed = cashier.placeOrder(guest, line(menu.carne, 3));
    long orderId = placed.getJsonNumber("orderId").longValue();
    String number = placed.getString("orderNumber");

    try (PosPage pos = PosPage.openAs(Staff.cashier())) {
      var page = pos.browser().driver();
      pos.openTender(number, ".ak-pay");
      pos.browser()
          .await(ExpectedConditions.elementToBeClickable(By.id("tender-form:discount-open")))
          .click();
      pos.browser()
          .await(ExpectedConditions.elementToBeClickable(By.id("tender-form:discount-value")))
          .sendKeys("100");
      pickReason(pos);
      page.findElement(By.id("tender-form:discount-give")).click();

      pos.browser()
          .await(ExpectedConditions.visibilityOfElementLocated(By.id("tender-form:manager")))
          .sendKeys(approver.username());
      page.findElement(By.id("tender-form:manager-password")).sendKeys(approver.password());
      page.findElement(By.id("tender-form:discount-give")).click();
      pos.browser().await(ExpectedConditions.textToBe(By.id("ak-tender-total"), "$0.00"));
      assertThat(page.findElement(By.cssSelector(".ak-tender-discount")).getText())
          .contains("$5,400.00");
      pos.screenshot("pos-discount-approved");
      assertThat(
              KitchenDatabase.text(
                  "SELECT approved_by FROM order_discount WHERE order_id = ?", orderId))
          .as("a comp, approved on the cashier's screen")
          .isEqualTo(approver.username());

      pos.browser().open("pos/receipt.xhtml?order=" + orderId);
      String receipt =
          pos.browser()
              .await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ak-receipt")))
              .getText();
      assertThat(receipt).contains("Discount (Staff meal)").contains("−$5,400.00");
      assertThat(page.findElement(By.id("ak-receipt-total")).getText()).isEqualTo("$0.00");
    }
  }

  private void pickReason(PosPage pos) {
    pos.choose("tender-form:discount-reason", "Staff meal");
  }
}
