package com.angelskitchen.it.reports;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * End of day: the X report counts the money of its window to the cent, a business day is closed (Z)
 * once even by two managers at the same moment, a closed report never changes and what comes after
 * it goes into the next one, and a manager closes the day on the printable page.
 *
 * <p>The database is shared by every IT of a run (it is made afresh for each run), and the other
 * ITs place and pay orders on the same business day; and a close moves the start of every later
 * report. So:
 *
 * <ul>
 *   <li>the X report's figures are asserted as differences, the report before and after this test's
 *       own orders (no other test runs meanwhile); each test's cashier is new, so their line of the
 *       report is exact;
 *   <li>a business day closes once, and two tests here close one: the browser test closes the
 *       business day it is (only it does, in a run); the concurrency test first moves the start of
 *       the business day ({@code ak.business-day-starts-at}, changed live as an operator would, and
 *       put back) so that now belongs to the other side of a day boundary, a day no test closes,
 *       and closes that. Neither depends on the other or on the order they run in: a report's
 *       window starts at the last close whichever day it closed. The test store is on UTC.
 * </ul>
 *
 * <p>The test store adds its 21 % tax on top: carne $1,800.00, gaseosa $1,500.00.
 */
class DayCloseIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private String reason;
  private Staff.Member approver;

  @BeforeEach
  void aReasonAndAManager() {
    reason = "eod-" + menu.suffix;
    HttpResponse<String> kept =
        api.put("api/discount-reasons/" + reason, "{\"name\": \"Promo\", \"sortOrder\": 9}");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    approver = Staff.hire("eod-mgr-" + UUID.randomUUID().toString().substring(0, 8), "MANAGER");
  }

  private static Staff.Member newCashier() {
    return Staff.hire("eod-" + UUID.randomUUID().toString().substring(0, 8), "CASHIER");
  }

  @Test
  void theXReportCountsTheWindowsMoneyToTheCent() {
    Staff.Member eva = newCashier();
    KitchenApi till = new KitchenApi(eva);
    String drawer = "eod-" + menu.suffix;
    assertThat(till.get("api/reports/day").statusCode()).as("managers only").isEqualTo(403);
    JsonObject before = x(api);

    // A drawer with a float of 1000: the cash payment goes in, 100 is paid out, 3090 counted.
    created(
        till.post(
            "api/drawer/open", "{\"drawer\": \"%s\", \"openingFloat\": 1000}".formatted(drawer)),
        200);
    // A: 1800 + 21 % = 2178.00, cash, a tip of 22 (3000 given)
    long a = placed(till, line(menu.carne, 1));
    created(
        till.post(
            "api/orders/" + a + "/payments",
            "{\"method\": \"CASH\", \"tip\": 22, \"cashGiven\": 3000}"),
        201);
    // B: 2 × 1800 + 1500 = 5100, 10 % off (510) → 4590 + 963.90 tax = 5553.90, card, tip 50
    long b = placed(till, line(menu.carne, 2), line(menu.gaseosa, 1));
    created(
        till.post(
            "api/orders/" + b + "/discounts",
            ("{\"kind\": \"PERCENT\", \"value\": 10, \"reason\": \"%s\", \"approval\":"
                    + " {\"username\": \"%s\", \"password\": \"%s\"}}")
                .formatted(reason, approver.username(), approver.password())),
        201);
    created(till.post("api/orders/" + b + "/payments", "{\"method\": \"CARD\", \"tip\": 50}"), 201);
    // B refunded in full, against its card payment: 5553.90
    created(till.post("api/orders/" + b + "/refunds", refund("cold")), 201);
    // C: voided, 2178.00
    long c = placed(till, line(menu.carne, 1));
    created(till.post("api/orders/" + c + "/cancel", "{\"reason\": \"guest left\"}"), 200);
    created(till.post("api/drawer/paid-out", "{\"amount\": 100, \"reason\": \"ice\"}"), 200);
    created(till.post("api/drawer/close", "{\"counted\": 3090}"), 200);

    JsonObject after = x(api);
    assertThat(after.getString("kind")).isEqualTo("X");
    assertThat(after.containsKey("closedBy")).isFalse();

    JsonObject sales = after.getJsonObject("sales").getJsonObject("total");
    JsonObject salesBefore = before.getJsonObject("sales").getJsonObject("total");
    assertThat(sales.getInt("orders") - salesBefore.getInt("orders"))
        .as("A and B; C is void")
        .isEqualTo(2);
    assertDelta(salesBefore, sales, "subtotal", "6900.00");
    assertDelta(salesBefore, sales, "discount", "510.00");
    assertDelta(salesBefore, sales, "tax", "1341.90");
    assertDelta(salesBefore, sales, "total", "7731.90");
    assertDelta(
        keyed(before.getJsonObject("sales").getJsonArray("bySource"), "key", "POS"),
        keyed(after.getJsonObject("sales").getJsonArray("bySource"), "key", "POS"),
        "total",
        "7731.90");
    assertDelta(taxOnTop(before), taxOnTop(after), "tax", "1341.90");

    assertDelta(before.getJsonObject("voids"), after.getJsonObject("voids"), "total", "2178.00");
    JsonObject voided = keyed(after.getJsonObject("voids").getJsonArray("orders"), "orderId", c);
    assertThat(voided.getString("reason")).isEqualTo("guest left");

    JsonObject cash =
        keyed(after.getJsonObject("tenders").getJsonArray("byMethod"), "method", "CASH");
    JsonObject cashBefore =
        keyed(before.getJsonObject("tenders").getJsonArray("byMethod"), "method", "CASH");
    assertDelta(cashBefore, cash, "amount", "2178.00");
    assertDelta(cashBefore, cash, "tip", "22.00");
    JsonObject card =
        keyed(after.getJsonObject("tenders").getJsonArray("byMethod"), "method", "CARD");
    JsonObject cardBefore =
        keyed(before.getJsonObject("tenders").getJsonArray("byMethod"), "method", "CARD");
    assertDelta(cardBefore, card, "amount", "5553.90");
    assertDelta(cardBefore, card, "tip", "50.00");

    assertDelta(
        before.getJsonObject("refunds"), after.getJsonObject("refunds"), "amount", "5553.90");
    JsonObject refunded =
        keyed(after.getJsonObject("refunds").getJsonArray("refunds"), "orderId", b);
    JsonObject orderB = till.order(b);
    assertThat(refunded.getInt("number")).isEqualTo(Integer.parseInt(orderB.getString("number")));
    assertThat(refunded.getString("method")).isEqualTo("CARD");
    assertThat(refunded.getString("reason")).isEqualTo("cold");
    assertThat(refunded.getString("refundedBy")).isEqualTo(eva.username());
    assertThat(refunded.getString("approvedBy")).isEqualTo(approver.username());
    assertThat(amount(refunded, "amount")).isEqualByComparingTo("5553.90");

    assertDelta(
        before.getJsonObject("discounts"), after.getJsonObject("discounts"), "amount", "510.00");
    JsonObject promo =
        keyed(after.getJsonObject("discounts").getJsonArray("byReason"), "reason", reason);
    assertThat(promo.getInt("count")).isEqualTo(1);
    assertThat(amount(promo, "amount")).isEqualByComparingTo("510.00");

    JsonObject counted =
        keyed(after.getJsonObject("cash").getJsonArray("drawers"), "drawer", drawer);
    assertThat(counted.getString("cashier")).isEqualTo(eva.username());
    assertThat(amount(counted, "openingFloat")).isEqualByComparingTo("1000.00");
    assertThat(amount(counted, "expected")).as("1000 + 2200 − 100").isEqualByComparingTo("3100.00");
    assertThat(amount(counted, "counted")).isEqualByComparingTo("3090.00");
    assertThat(amount(counted, "difference")).isEqualByComparingTo("-10.00");
    assertDelta(before.getJsonObject("cash"), after.getJsonObject("cash"), "paidOut", "100.00");
    assertDelta(before.getJsonObject("cash"), after.getJsonObject("cash"), "cashTaken", "2200.00");

    JsonObject mine = keyed(after.getJsonArray("cashiers"), "username", eva.username());
    assertThat(mine.getInt("payments")).isEqualTo(2);
    assertThat(amount(mine, "amount")).isEqualByComparingTo("7731.90");
    assertThat(amount(mine, "tips")).isEqualByComparingTo("72.00");
    assertThat(mine.getInt("refunds")).isEqualTo(1);
    assertThat(amount(mine, "refunded")).isEqualByComparingTo("5553.90");
    assertThat(mine.getInt("discounts")).isEqualTo(1);
    assertThat(amount(mine, "discounted")).isEqualByComparingTo("510.00");
    assertThat(amount(mine, "netCollected"))
        .as("7731.90 + 72 − 5553.90")
        .isEqualByComparingTo("2250.00");
    assertThat(amount(after, "netCollected").subtract(amount(before, "netCollected")))
        .isEqualByComparingTo("2250.00");

    HttpResponse<String> csv = api.get("api/reports/day?format=csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body())
        .startsWith("\uFEFFsection,key,count,amount,tip,note\r\nreport,X,,,,\r\n")
        .contains("\r\ncashier-payments," + eva.username() + ",2,7731.90,72.00,\r\n")
        .contains("\r\ncashier-net," + eva.username() + ",,2250.00,,\r\n")
        .contains("\r\ndrawer-difference," + drawer + ",,-10.00,," + eva.username() + "\r\n");

    assertThat(api.get("openapi").body())
        .contains(
            "/api/reports/day:", "/api/reports/day/close:", "/api/reports/closes/{businessDay}:");
  }

  @Test
  void twoManagersCloseAtOnceOneClosesAndWhatComesAfterGoesToTheNextReport() throws Exception {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    LocalTime time = now.toLocalTime();
    Assumptions.assumeTrue(
        time.isBefore(LocalTime.of(23, 55)) && !time.isBefore(LocalTime.of(0, 1)),
        "not in the minutes around midnight, UTC");
    // Now belongs to the day before (a day starting at 23:59) or to today (starting at 00:00):
    // either way not the business day the store's 04:00 makes it, which the browser test closes.
    boolean beforeFour = time.isBefore(LocalTime.of(4, 0));
    String dayStartsAt = beforeFour ? "00:00" : "23:59";
    LocalDate day = beforeFour ? now.toLocalDate() : now.toLocalDate().minusDays(1);
    Staff.Member luis = newCashier();
    KitchenApi till = new KitchenApi(luis);
    try {
      TestServer.setting("ak.business-day-starts-at", dayStartsAt);
      long paid = placed(till, line(menu.carne, 1));
      created(till.post("api/orders/" + paid + "/payments", "{\"method\": \"CARD\"}"), 201);
      long unpaid = placed(till, line(menu.gaseosa, 1));
      assertThat(till.order(paid).getString("businessDay")).isEqualTo(day.toString());

      Staff.Member ana = Staff.hire("eod-ana-" + menu.suffix, "MANAGER");
      Staff.Member juan = Staff.hire("eod-juan-" + menu.suffix, "MANAGER");
      CyclicBarrier atOnce = new CyclicBarrier(2);
      ExecutorService managers = Executors.newFixedThreadPool(2);
      List<Future<HttpResponse<String>>> closing;
      try {
        closing =
            managers.invokeAll(
                List.of(
                    () -> {
                      KitchenApi client = new KitchenApi(ana);
                      atOnce.await(10, TimeUnit.SECONDS);
                      return client.post("api/reports/day/close");
                    },
                    () -> {
                      KitchenApi client = new KitchenApi(juan);
                      atOnce.await(10, TimeUnit.SECONDS);
                      return client.post("api/reports/day/close");
                    }));
      } finally {
        managers.shutdown();
      }
      HttpResponse<String> first = closing.get(0).get();
      HttpResponse<String> second = closing.get(1).get();
      assertThat(List.of(first.statusCode(), second.statusCode()))
          .as(first.body() + "\n" + second.body())
          .containsExactlyInAnyOrder(201, 409);
      HttpResponse<String> won = first.statusCode() == 201 ? first : second;
      HttpResponse<String> lost = won == first ? second : first;
      JsonObject z = Json.object(won.body());
      String winner = z.getString("closedBy");
      assertThat(winner).isIn(ana.username(), juan.username());
      assertThat(z.getString("kind")).isEqualTo("Z");
      assertThat(z.getString("businessDay")).isEqualTo(day.toString());
      assertThat(won.headers().firstValue("Location").orElse(""))
          .endsWith("/api/reports/closes/" + day);
      JsonObject refused = Json.object(lost.body());
      assertThat(refused.getString("code")).isEqualTo("reports.day-already-closed");
      assertThat(refused.getString("message"))
          .matches("business day " + day + " was already closed at \\d\\d:\\d\\d by " + winner);
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM day_close WHERE business_day = ?",
                  java.sql.Date.valueOf(day)))
          .isEqualTo(1);
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM money_audit WHERE action = 'DAY_CLOSE' AND actor IN (?, ?)",
                  ana.username(),
                  juan.username()))
          .isEqualTo(1);
      assertThat(
              KitchenDatabase.text(
                  "SELECT closed_by FROM day_close WHERE business_day = ?",
                  java.sql.Date.valueOf(day)))
          .isEqualTo(winner);

      // The day is closed: an order it counted takes no discount; one placed since does.
      HttpResponse<String> late =
          till.post(
              "api/orders/" + unpaid + "/discounts",
              "{\"kind\": \"AMOUNT\", \"value\": 10, \"reason\": \"%s\"}".formatted(reason));
      assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
      assertThat(Json.object(late.body()).getString("code")).isEqualTo("order.day-closed");
      long since = placed(till, line(menu.gaseosa, 1));
      created(
          till.post(
              "api/orders/" + since + "/discounts",
              "{\"kind\": \"AMOUNT\", \"value\": 10, \"reason\": \"%s\"}".formatted(reason)),
          201);

      // A refund on an order of the closed day counts in the next report, naming that day.
      created(till.post("api/orders/" + paid + "/refunds", refund("wrong order")), 201);
      JsonObject next = x(api);
      assertThat(OffsetDateTime.parse(next.getString("from")).toInstant())
          .isEqualTo(OffsetDateTime.parse(z.getString("to")).toInstant());
      JsonObject refund =
          keyed(next.getJsonObject("refunds").getJsonArray("refunds"), "orderId", paid);
      assertThat(refund.getString("businessDay")).isEqualTo(day.toString());
      assertThat(amount(refund, "amount")).isEqualByComparingTo("2178.00");
      assertThat(
              keyed(next.getJsonArray("cashiers"), "username", luis.username()).getInt("refunds"))
          .isEqualTo(1);

      HttpResponse<String> frozen = api.get("api/reports/closes/" + day);
      assertThat(frozen.statusCode()).as(frozen.body()).isEqualTo(200);
      JsonObject kept = Json.object(frozen.body());
      assertThat(kept).as("the Z is kept as it was at the close").isEqualTo(z);
      assertThat(keyed(kept.getJsonObject("refunds").getJsonArray("refunds"), "orderId", paid))
          .isNull();
      assertThat(
              keyed(kept.getJsonArray("cashiers"), "username", luis.username()).getInt("payments"))
          .isEqualTo(1);
      assertThat(
              Json.array(api.get("api/reports/closes").body()).stream()
                  .map(JsonValue::asJsonObject)
                  .anyMatch(close -> close.getString("businessDay").equals(day.toString())))
          .isTrue();
    } finally {
      TestServer.setting("ak.business-day-starts-at", "04:00");
    }
  }

  @Test
  void aManagerClosesTheDayOnThePrintablePageAndSeesItListed() throws Exception {
    Staff.Member mia = newCashier();
    KitchenApi till = new KitchenApi(mia);
    long order = placed(till, line(menu.carne, 1));
    created(till.post("api/orders/" + order + "/payments", "{\"method\": \"CARD\"}"), 201);
    JsonObject now = x(api);
    LocalDate today = LocalDate.parse(now.getString("businessDay"));
    String manager = Staff.manager().username();

    try (Browser browser = Browser.signedInAs(Staff.manager())) {
      var page = browser.driver();
      browser.open("admin/day.xhtml");
      browser.await(ExpectedConditions.textToBe(By.id("ak-day-kind"), "X"));
      // No one pays meanwhile: the page shows what the API said a moment ago.
      assertThat(page.findElement(By.id("ak-day-sales")).getText())
          .isEqualTo(dollars(amount(now.getJsonObject("sales").getJsonObject("total"), "total")));
      By mine = By.cssSelector("tr[data-cashier='" + mia.username() + "']");
      assertThat(page.findElement(mine).findElement(By.cssSelector(".ak-c-amount")).getText())
          .isEqualTo("$2,178.00");
      assertThat(page.findElement(By.id("csv")).getAttribute("href"))
          .endsWith("/api/reports/day?format=csv");
      browser.screenshot("day-x-report");

      page.findElement(By.id("close-day")).click();
      browser
          .await(ExpectedConditions.elementToBeClickable(By.id("close-form:confirm-close")))
          .click();
      browser.await(ExpectedConditions.textToBe(By.id("ak-day-kind"), "Z"));
      assertThat(page.findElement(By.id("ak-day-window")).getText())
          .contains("closed by " + manager);
      assertThat(page.findElement(mine).findElement(By.cssSelector(".ak-c-amount")).getText())
          .isEqualTo("$2,178.00");
      By listed = By.cssSelector("tr[data-day='" + today + "']");
      browser.await(ExpectedConditions.visibilityOfElementLocated(listed));
      assertThat(page.findElement(By.id("csv")).getAttribute("href"))
          .endsWith("/api/reports/closes/" + today + "?format=csv");
      browser.screenshot("day-z-closed");

      // Later, the frozen Z from the list; the day's X starts after it.
      browser.open("admin/day.xhtml");
      browser.await(ExpectedConditions.textToBe(By.id("ak-day-kind"), "X"));
      assertThat(page.findElements(mine)).as("nothing of mia's since the close").isEmpty();
      page.findElement(listed).findElement(By.cssSelector("a.ak-view")).click();
      browser.await(ExpectedConditions.textToBe(By.id("ak-day-kind"), "Z"));
      assertThat(page.findElement(mine).findElement(By.cssSelector(".ak-c-amount")).getText())
          .isEqualTo("$2,178.00");
      assertThat(page.findElements(By.id("close-day")))
          .as("a closed day has no close button")
          .isEmpty();
    }

    HttpResponse<String> again = api.post("api/reports/day/close");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(Json.object(again.body()).getString("message"))
        .matches("business day " + today + " was already closed at \\d\\d:\\d\\d by " + manager);

    HttpResponse<String> csv = api.get("api/reports/closes/" + today + "?format=csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
        .contains("z-report-" + today + ".csv");
    assertThat(csv.body())
        .startsWith(
            "\uFEFFsection,key,count,amount,tip,note\r\nreport,Z,,,,\r\nbusiness-day,"
                + today
                + ",,,,\r\n")
        .contains("\r\nclosed-by," + manager + ",,,,\r\n")
        .contains("\r\ncashier-payments," + mia.username() + ",1,2178.00,0.00,\r\n");
  }

  private static JsonObject x(KitchenApi client) {
    HttpResponse<String> report = client.get("api/reports/day");
    assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
    return Json.object(report.body());
  }

  private long placed(KitchenApi till, KitchenApi.Line... lines) {
    return till.placeOrder(Guests.unique("Cierre"), lines).getJsonNumber("orderId").longValue();
  }

  private String refund(String why) {
    return "{\"reason\": \"%s\", \"approval\": {\"username\": \"%s\", \"password\": \"%s\"}}"
        .formatted(why, approver.username(), approver.password());
  }

  private static void created(HttpResponse<String> answer, int status) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
  }

  private static BigDecimal amount(JsonObject figures, String field) {
    return figures == null || !figures.containsKey(field)
        ? BigDecimal.ZERO
        : figures.getJsonNumber(field).bigDecimalValue();
  }

  private static void assertDelta(JsonObject before, JsonObject after, String field, String delta) {
    assertThat(after).as("no " + field + " after").isNotNull();
    assertThat(amount(after, field).subtract(amount(before, field)))
        .as(field)
        .isEqualByComparingTo(delta);
  }

  /**
   * The element of an array whose field has a value (a text or a number); with a null value, the
   * first element. Null when there is none.
   */
  private static JsonObject keyed(JsonArray array, String field, Object value) {
    if (array == null) {
      return null;
    }
    for (JsonValue element : array) {
      JsonObject o = element.asJsonObject();
      if (value == null) {
        return o;
      }
      JsonValue found = o.get(field);
      if (found != null
          && (value instanceof Number n
              ? found.getValueType() == JsonValue.ValueType.NUMBER
                  && o.getJsonNumber(field).longValue() == n.longValue()
              : found.getValueType() == JsonValue.ValueType.STRING
                  && o.getString(field).equals(value))) {
        return o;
      }
    }
    return null;
  }

  /** The report's tax at 21 % on top (VatIncludedIT sells with it included meanwhile). */
  private static JsonObject taxOnTop(JsonObject report) {
    return report.getJsonArray("taxes").stream()
        .map(JsonValue::asJsonObject)
        .filter(t -> !t.getBoolean("included"))
        .filter(t -> amount(t, "rate").compareTo(new BigDecimal("0.21")) == 0)
        .findFirst()
        .orElse(null);
  }

  /** An amount as the en-US test store writes it: $7,731.90. */
  private static String dollars(BigDecimal amount) {
    return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
  }
}
