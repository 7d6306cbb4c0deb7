package com.angelskitchen.it.checkout;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The money of one order from the till to the manager: a cashier of the test's own gives half off
 * with a manager's approval, takes the card payment with a tip, and gives it all back with the
 * manager's approval. The audit log (API, CSV and page, in Spanish too) shows exactly those three
 * entries, and today's report counts the discount, the tip and the refund. Other tests use the same
 * database and business day: the report is compared before and after, the log read for this order
 * or this cashier only. The test store adds a 21 % tax on top: 3 × $1,800.00 = $5,400.00.
 */
class AuditLogIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private Staff.Member cashier;
  private Staff.Member approver;
  private String reason;

  @BeforeEach
  void aCashierAManagerAndAReason() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    cashier = Staff.hire("audit-c-" + suffix, "CASHIER");
    approver = Staff.hire("audit-m-" + suffix, "MANAGER");
    reason = "audit-" + menu.suffix;
    HttpResponse<String> kept =
        api.put("api/discount-reasons/" + reason, "{\"name\": \"Audit\", \"sortOrder\": 9}");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
  }

  private String approval() {
    return "\"approval\": {\"username\": \"%s\", \"password\": \"%s\"}"
        .formatted(approver.username(), approver.password());
  }

  /** Half off, paid by card with a tip, all given back: the order's id and number. */
  private JsonObject discountedPaidAndRefunded() {
    KitchenApi till = new KitchenApi(cashier);
    JsonObject placed = till.placeOrder(Guests.unique("Auditoría"), line(menu.carne, 3));
    long orderId = placed.getJsonNumber("orderId").longValue();
    String path = "api/orders/" + orderId;
    // 50 % of 5400 = 2700 off; (5400 − 2700) × 1.21 = 3267.00 to pay
    HttpResponse<String> half =
        till.post(
            path + "/discounts",
            "{\"kind\": \"PERCENT\", \"value\": 50, \"reason\": \"%s\", %s}"
                .formatted(reason, approval()));
    assertThat(half.statusCode()).as(half.body()).isEqualTo(201);
    HttpResponse<String> paid =
        till.post(path + "/payments", "{\"method\": \"CARD\", \"tip\": 150.50}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    HttpResponse<String> refunded =
        till.post(path + "/refunds", "{\"reason\": \"cold\", %s}".formatted(approval()));
    assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(201);
    return placed;
  }

  private static String row(JsonObject entry) {
    return String.join(
        " ",
        entry.getString("action"),
        entry.containsKey("amount") && !entry.isNull("amount")
            ? entry.getJsonNumber("amount").bigDecimalValue().toPlainString()
            : "-",
        entry.getString("actor"),
        entry.containsKey("approvedBy") && !entry.isNull("approvedBy")
            ? entry.getString("approvedBy")
            : "-");
  }

  private List<String> rows(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Json.object(answer.body()).getJsonArray("entries").getValuesAs(JsonObject.class).stream()
        .map(AuditLogIT::row)
        .toList();
  }

  private BigDecimal figure(JsonObject sales, String name) {
    return sales.getJsonNumber(name).bigDecimalValue();
  }

  private JsonObject todaysSales() {
    HttpResponse<String> report = api.get("api/reports");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    return Json.object(report.body()).getJsonObject("sales");
  }

  @Test
  void theLogShowsAnOrdersMoneyActionsNewestFirstAndTheReportCountsThem() {
    JsonObject before = todaysSales();

    JsonObject placed = discountedPaidAndRefunded();
    long orderId = placed.getJsonNumber("orderId").longValue();
    String c = cashier.username();
    String m = approver.username();

    HttpResponse<String> ofTheOrder = api.get("api/audit?order=" + orderId);
    assertThat(rows(ofTheOrder))
        .containsExactly(
            "REFUND 3267.00 " + c + " " + m,
            "PAYMENT 3267.00 " + c + " -",
            "DISCOUNT 2700.00 " + c + " " + m);
    JsonObject newest = Json.object(ofTheOrder.body()).getJsonArray("entries").getJsonObject(0);
    assertThat(newest.getString("orderNumber")).isEqualTo(placed.getString("orderNumber"));
    assertThat(newest.getJsonNumber("orderId").longValue()).isEqualTo(orderId);
    assertThat(newest.getString("detail")).contains("cold");
    assertThat(Json.object(ofTheOrder.body()).getBoolean("more")).isFalse();

    assertThat(rows(api.get("api/audit?actor=" + c + "&action=REFUND,DISCOUNT")))
        .containsExactly("REFUND 3267.00 " + c + " " + m, "DISCOUNT 2700.00 " + c + " " + m);
    assertThat(rows(api.get("api/audit?actor=" + c + "&limit=1")))
        .containsExactly("REFUND 3267.00 " + c + " " + m);
    assertThat(Json.object(api.get("api/audit?actor=" + c + "&limit=1").body()).getBoolean("more"))
        .isTrue();
    assertThat(rows(api.get("api/audit?actor=" + c + "&from=2000-01-01&to=2000-01-31"))).isEmpty();

    HttpResponse<String> csv = api.get("api/audit/entries.csv?order=" + orderId);
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFFtime,action,order id,order number,business day,amount,who,approved by,detail");
    assertThat(lines.get(1))
        .as("the newest first; the business day between the number and the amount")
        .contains(",REFUND," + orderId + "," + placed.getString("orderNumber") + ",")
        .contains(",3267.00," + c + "," + m + ",");

    JsonObject after = todaysSales();
    assertThat(figure(after, "discounts").subtract(figure(before, "discounts")))
        .isEqualByComparingTo("2700.00");
    assertThat(figure(after, "tips").subtract(figure(before, "tips")))
        .isEqualByComparingTo("150.50");
    assertThat(figure(after, "refunds").subtract(figure(before, "refunds")))
        .isEqualByComparingTo("3267.00");
    assertThat(figure(after, "revenue").subtract(figure(before, "revenue")))
        .isEqualByComparingTo("3267.00");
    assertThat(figure(after, "revenueAfterRefunds").subtract(figure(before, "revenueAfterRefunds")))
        .as("paid and given back the same day")
        .isEqualByComparingTo("0.00");
    assertThat(api.get("api/reports/money.csv").body())
        .startsWith(
            "\uFEFFfirst day,last day,revenue,discounts,tips,refunds,revenue after refunds");
  }

  @Test
  void onlyManagersReadTheLogAndAFilterItCannotReadIsRefused() {
    HttpResponse<String> asCashier = new KitchenApi(cashier).get("api/audit");
    assertThat(asCashier.statusCode()).as(asCashier.body()).isEqualTo(403);
    assertThat(new KitchenApi(cashier).get("api/audit/entries.csv").statusCode()).isEqualTo(403);

    HttpResponse<String> tooMany = api.get("api/audit?limit=501");
    assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(400);
    assertThat(Json.object(tooMany.body()).getString("code")).isEqualTo("checkout.audit-limit");
    HttpResponse<String> noSuchAction = api.get("api/audit?action=VOID");
    assertThat(noSuchAction.statusCode()).as(noSuchAction.body()).isEqualTo(400);
    assertThat(Json.object(noSuchAction.body()).getString("code"))
        .isEqualTo("checkout.audit-action");
    HttpResponse<String> backwards = api.get("api/audit?from=2026-11-30&to=2026-11-01");
    assertThat(backwards.statusCode()).as(backwards.body()).isEqualTo(400);
    assertThat(Json.object(backwards.body()).getString("code"))
        .isEqualTo("checkout.audit-span-reversed");
    assertThat(api.get("api/audit?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(api.get("api/audit?order=seven").statusCode()).isEqualTo(400);
  }

  @Test
  void theManagerReadsTheCashiersEntriesOnThePageInSpanish() throws Exception {
    JsonObject placed = discountedPaidAndRefunded();
    String number = placed.getString("orderNumber");
    // The approver signs in: switching the language is kept with their own account.
    try (Browser manager = Browser.signedInAs(approver)) {
      manager.open("admin/audit.xhtml");
      manager.driver().findElement(By.cssSelector("[data-language='es-AR']")).click();
      manager.await(
          d ->
              "es-AR"
                  .equals(String.valueOf(manager.script("return document.documentElement.lang;"))));
      manager.await(ExpectedConditions.textToBe(By.tagName("h1"), "Registro de auditoría"));

      manager
          .await(ExpectedConditions.elementToBeClickable(By.id("filter:who")))
          .sendKeys(cashier.username());
      manager.driver().findElement(By.id("filter:show")).click();
      manager.await(
          d -> shown(manager).size() == 3 && shown(manager).get(0).startsWith("Devolución"));

      assertThat(shown(manager))
          .as("action in words, order number, amount the store's way, who, approved by")
          .containsExactly(
              "Devolución | "
                  + number
                  + " | $3,267.00 | "
                  + cashier.username()
                  + " | "
                  + approver.username(),
              "Cobro | " + number + " | $3,267.00 | " + cashier.username() + " | ",
              "Descuento | "
                  + number
                  + " | $2,700.00 | "
                  + cashier.username()
                  + " | "
                  + approver.username());
      assertThat(manager.driver().findElement(By.cssSelector("[id$='entries'] thead")).getText())
          .contains("Acción", "Pedido", "Importe", "Autorizó");
      manager.screenshot("audit-log-es");
    }
  }

  /** The rows of the page's table: action, order, amount, who, approved by. */
  private static List<String> shown(Browser browser) {
    return browser.driver().findElements(By.cssSelector("[id$='entries'] tbody tr")).stream()
        .filter(r -> !r.findElements(By.cssSelector("td.ak-action")).isEmpty())
        .map(
            r ->
                List.of("ak-action", "ak-order", "ak-amount", "ak-actor", "ak-approved").stream()
                    .map(cell -> text(r.findElement(By.cssSelector("td." + cell))))
                    .collect(Collectors.joining(" | ")))
        .toList();
  }

  private static String text(WebElement cell) {
    return cell.getText().strip();
  }
}
