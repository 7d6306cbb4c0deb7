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
 * Money given back on a paid order, always with a reason and a manager's approval: a line's share
 * of what was paid, then the rest, against the payments it came from (the newest first). The test
 * store adds a 21 % tax on top: carne $1,800.00, gaseosa $1,500.00.
 */
class RefundsIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private final KitchenApi cashier = new KitchenApi(Staff.cashier());
  private Staff.Member approver;

  @BeforeEach
  void aManager() {
    approver = Staff.hire("refunds-" + UUID.randomUUID().toString().substring(0, 8), "MANAGER");
  }

  private String refund(String lineIds, String reason, boolean approved) {
    return "{"
        + (lineIds == null ? "" : "\"lineIds\": [" + lineIds + "], ")
        + "\"reason\": \""
        + reason
        + "\""
        + (approved
            ? ", \"approval\": {\"username\": \"%s\", \"password\": \"%s\"}"
                .formatted(approver.username(), approver.password())
            : "")
        + "}";
  }

  private static String code(HttpResponse<String> refused) {
    return Json.object(refused.body()).getString("code");
  }

  @Test
  void aLineThenTheRestAreRefundedWithAManagersApprovalAndNeverTwice() {
    // 3 × 1800 + 1500 = 6900; × 1.21 = 8349.00; the gaseosa's share: 1500 × 1.21 = 1815.00
    JsonObject placed =
        cashier.placeOrder(Guests.unique("Devuelve"), line(menu.carne, 3), line(menu.gaseosa, 1));
    long orderId = placed.getJsonNumber("orderId").longValue();
    String path = "api/orders/" + orderId + "/refunds";
    HttpResponse<String> unpaid = cashier.post(path, refund(null, "wrong order", true));
    assertThat(unpaid.statusCode()).as(unpaid.body()).isEqualTo(409);
    assertThat(code(unpaid)).isEqualTo("checkout.refund-unpaid");
    cashier.post("api/orders/" + orderId + "/payments", "{\"method\": \"CARD\"}");
    long gaseosa =
        cashier
            .order(orderId)
            .getJsonArray("lines")
            .getJsonObject(1)
            .getJsonNumber("id")
            .longValue();

    HttpResponse<String> unapproved =
        cashier.post(path, refund(String.valueOf(gaseosa), "flat", false));
    assertThat(unapproved.statusCode()).as(unapproved.body()).isEqualTo(403);
    assertThat(code(unapproved)).isEqualTo("checkout.approval-required");

    HttpResponse<String> line = cashier.post(path, refund(String.valueOf(gaseosa), "flat", true));
    assertThat(line.statusCode()).as(line.body()).isEqualTo(201);
    JsonObject given = Json.array(line.body()).getJsonObject(0);
    assertThat(given.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1815.00");
    assertThat(given.getString("method")).isEqualTo("CARD");
    assertThat(given.getString("approvedBy")).isEqualTo(approver.username());
    HttpResponse<String> twice = cashier.post(path, refund(String.valueOf(gaseosa), "flat", true));
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    assertThat(code(twice)).isEqualTo("checkout.line-refunded");

    HttpResponse<String> rest = cashier.post(path, refund(null, "cold", true));
    assertThat(rest.statusCode()).as(rest.body()).isEqualTo(201);
    assertThat(Json.array(rest.body()).getJsonObject(0).getJsonNumber("amount").bigDecimalValue())
        .isEqualByComparingTo("6534.00");
    HttpResponse<String> nothing = cashier.post(path, refund(null, "again", true));
    assertThat(nothing.statusCode()).as(nothing.body()).isEqualTo(409);
    assertThat(code(nothing)).isEqualTo("checkout.refund-nothing-left");

    assertThat(
            KitchenDatabase.text("SELECT refunded::text FROM kitchen_order WHERE id = ?", orderId))
        .isEqualTo("8349.00");
    assertThat(
            KitchenDatabase.text(
                "SELECT string_agg(amount || ' ' || approved_by, '; ' ORDER BY id) FROM money_audit"
                    + " WHERE order_id = ? AND action = 'REFUND'",
                orderId))
        .isEqualTo("1815.00 " + approver.username() + "; 6534.00 " + approver.username());
  }

  @Test
  void aMixedTenderIsRefundedAgainstItsPaymentsTheNewestFirst() {
    // 1800 × 1.21 = 2178.00: 1000 in cash, then 1178 by card
    long orderId =
        cashier
            .placeOrder(Guests.unique("Mixto"), line(menu.carne, 1))
            .getJsonNumber("orderId")
            .longValue();
    cashier.post(
        "api/orders/" + orderId + "/payments",
        "{\"method\": \"CASH\", \"amount\": 1000, \"cashGiven\": 1000}");
    cashier.post("api/orders/" + orderId + "/payments", "{\"method\": \"CARD\"}");

    HttpResponse<String> all =
        cashier.post("api/orders/" + orderId + "/refunds", refund(null, "burnt", true));

    assertThat(all.statusCode()).as(all.body()).isEqualTo(201);
    assertThat(
            KitchenDatabase.text(
                "SELECT string_agg(method || ' ' || amount, '; ' ORDER BY id) FROM order_refund"
                    + " WHERE order_id = ?",
                orderId))
        .isEqualTo("CARD 1178.00; CASH 1000.00");
  }

  @Test
  void aCashierRefundsALineOnTheScreenWithTheManagersPassword() throws Exception {
    JsonObject placed =
        cashier.placeOrder(Guests.unique("Pantalla"), line(menu.carne, 2), line(menu.gaseosa, 1));
    long orderId = placed.getJsonNumber("orderId").longValue();
    String number = placed.getString("orderNumber");
    cashier.post("api/orders/" + orderId + "/payments", "{\"method\": \"CARD\"}");

    try (PosPage pos = PosPage.openAs(Staff.cashier())) {
      var page = pos.browser().driver();
      pos.openTender(number, ".ak-refund");
      pos.browser()
          .await(ExpectedConditions.elementToBeClickable(By.id("tender-form:refund-open")))
          .click();
      pos.browser()
          .await(
              ExpectedConditions.elementToBeClickable(
                  By.xpath(
                      "//*[@id='tender-form:refund-lines']//label[contains(., 'gaseosa') or contains(., 'Gaseosa')]")))
          .click();
      page.findElement(By.id("tender-form:refund-reason")).sendKeys("warm drink");
      page.findElement(By.id("tender-form:refund-manager")).sendKeys(approver.username());
      page.findElement(By.id("tender-form:refund-password")).sendKeys(approver.password());
      page.findElement(By.id("tender-form:refund-give")).click();
      // 1500 × 1.21
      pos.browser().await(ExpectedConditions.textToBe(By.id("ak-refunded"), "$1,815.00"));
      pos.screenshot("pos-refund");
    }
    assertThat(
            KitchenDatabase.text(
                "SELECT reason || ' ' || amount || ' ' || approved_by FROM order_refund"
                    + " WHERE order_id = ?",
                orderId))
        .isEqualTo("warm drink 1815.00 " + approver.username());
  }
}
