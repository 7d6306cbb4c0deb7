package com.angelskitchen.it.checkout;

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
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A cashier's drawer through a shift: opened with a float, the cash of a payment (with its tip,
 * less the change) goes in, a paid-out and a paid-in with their reasons, closed with a count: the
 * expected amount and the difference are kept, and every step is in the audit log. The store counts
 * blind: while the drawer is open, only its float shows.
 */
class CashDrawerIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private static Staff.Member newCashier() {
    return Staff.hire("drawer-" + UUID.randomUUID().toString().substring(0, 8), "CASHIER");
  }

  /** Left out of the answer (JSON-B writes no nulls), or null. */
  private static boolean hidden(JsonObject answer, String field) {
    return !answer.containsKey(field) || answer.isNull(field);
  }

  private static JsonObject ok(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return Json.object(answer.body());
  }

  @Test
  void aDrawerIsOpenedFedCountedAndClosedWithItsDifference() {
    Staff.Member ana = newCashier();
    KitchenApi till = new KitchenApi(ana);
    String drawer = "caja-" + menu.suffix;

    HttpResponse<String> none = till.get("api/drawer");
    assertThat(none.statusCode()).as(none.body()).isEqualTo(404);
    assertThat(Json.object(none.body()).getString("code")).isEqualTo("checkout.no-open-drawer");
    JsonObject opened =
        ok(
            till.post(
                "api/drawer/open",
                "{\"drawer\": \"%s\", \"openingFloat\": 5000}".formatted(drawer)));
    assertThat(opened.getJsonNumber("openingFloat").bigDecimalValue())
        .isEqualByComparingTo("5000.00");
    assertThat(hidden(opened, "expected")).as("blind").isTrue();
    HttpResponse<String> taken =
        new KitchenApi(newCashier())
            .post("api/drawer/open", "{\"drawer\": \"%s\", \"openingFloat\": 0}".formatted(drawer));
    assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
    assertThat(Json.object(taken.body()).getString("code")).isEqualTo("checkout.drawer-in-use");

    // 1800 × 1.21 = 2178.00, a tip of 22.00, 3000 given: 800 change, 2200 stays in the drawer
    long orderId =
        till.placeOrder(Guests.unique("Caja"), line(menu.carne, 1))
            .getJsonNumber("orderId")
            .longValue();
    HttpResponse<String> paid =
        till.post(
            "api/orders/" + orderId + "/payments",
            "{\"method\": \"CASH\", \"tip\": 22, \"cashGiven\": 3000}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    assertThat(
            Json.object(paid.body())
                .getJsonObject("payment")
                .getJsonNumber("change")
                .bigDecimalValue())
        .isEqualByComparingTo("800.00");

    ok(
        till.post(
            "api/drawer/paid-out", "{\"amount\": 500, \"reason\": \"onions from the market\"}"));
    JsonObject fed =
        ok(till.post("api/drawer/paid-in", "{\"amount\": 100, \"reason\": \"coins\"}"));
    assertThat(hidden(fed, "cashTaken") && hidden(fed, "paidIn") && hidden(fed, "expected"))
        .as("nothing that gives the expected amount away while the drawer is open")
        .isTrue();
    HttpResponse<String> tooMuch =
        till.post("api/drawer/paid-out", "{\"amount\": 6800.01, \"reason\": \"all of it\"}");
    assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(400);

    JsonObject closed = ok(till.post("api/drawer/close", "{\"counted\": 6790}"));
    assertThat(closed.getJsonNumber("cashTaken").bigDecimalValue()).isEqualByComparingTo("2200.00");
    assertThat(closed.getJsonNumber("expected").bigDecimalValue())
        .as("5000 + 2200 − 500 + 100")
        .isEqualByComparingTo("6800.00");
    assertThat(closed.getJsonNumber("difference").bigDecimalValue()).isEqualByComparingTo("-10.00");
    assertThat(till.get("api/drawer").statusCode()).isEqualTo(404);
    assertThat(
            KitchenDatabase.text(
                "SELECT string_agg(action || ' ' || amount, '; ' ORDER BY id) FROM money_audit"
                    + " WHERE actor = ? AND action <> 'PAYMENT'",
                ana.username()))
        .isEqualTo("DRAWER_OPEN 5000.00; PAID_OUT 500.00; PAID_IN 100.00; DRAWER_CLOSE 6790.00");
  }

  @Test
  void aCashierOpensADrawerAndClosesItBlindOnThePage() throws Exception {
    Staff.Member luis = newCashier();
    String drawer = "caja-b-" + menu.suffix;
    try (Browser browser = Browser.signedInAs(luis)) {
      browser.open("pos/drawer.xhtml");
      var page = browser.driver();
      browser.await(ExpectedConditions.elementToBeClickable(By.id("drawer:name"))).clear();
      page.findElement(By.id("drawer:name")).sendKeys(drawer);
      page.findElement(By.id("drawer:float")).sendKeys("2000");
      page.findElement(By.id("drawer:open")).click();
      browser.await(ExpectedConditions.textToBe(By.id("ak-float"), "$2,000.00"));
      assertThat(page.findElements(By.id("ak-expected")))
          .as("blind: nothing expected shown")
          .isEmpty();

      page.findElement(By.id("drawer:counted")).sendKeys("2,005.50");
      page.findElement(By.id("drawer:close")).click();
      browser.await(ExpectedConditions.textToBe(By.id("ak-difference"), "$5.50"));
      assertThat(page.findElement(By.id("ak-closed-expected")).getText()).isEqualTo("$2,000.00");
      browser.screenshot("drawer-closed");
    }
    assertThat(
            KitchenDatabase.text(
                "SELECT expected || ' ' || counted || ' ' || blind FROM drawer_session"
                    + " WHERE drawer = ?",
                drawer))
        .isEqualTo("2000.00 2005.50 true");
  }
}
