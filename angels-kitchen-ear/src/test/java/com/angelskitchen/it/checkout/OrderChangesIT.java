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
import com.angelskitchen.it.support.ScreenPage;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Changing an order after it was sent: an add-on reaches its station as an ADD-ON ticket under the
 * same number, a voided line is struck through at its station, the header changes, and an order
 * already handed out is voided with a manager's approval and its money given back. Every change is
 * in the money audit. The test store adds 21 % on top: carne $1,800.00, humita $1,900.00 (see
 * {@link KitchenSetup}), gaseosa $1,500.00.
 */
class OrderChangesIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private final KitchenApi cashier = new KitchenApi(Staff.cashier());

  private static String code(HttpResponse<String> refused) {
    return Json.object(refused.body()).getString("code");
  }

  private static long id(JsonObject placed) {
    return placed.getJsonNumber("orderId").longValue();
  }

  private long lineId(long orderId, int index) {
    return cashier
        .order(orderId)
        .getJsonArray("lines")
        .getJsonObject(index)
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void anAddOnFromThePosReachesItsStationAndAVoidedLineIsStruckThrough() throws Exception {
    JsonObject placed =
        cashier.placeOrder(Guests.unique("Agrega"), line(menu.carne, 1), line(menu.humita, 1));
    long orderId = id(placed);
    String number = placed.getString("orderNumber");
    By addOnCard = By.cssSelector(".ak-ticket.ak-add-on[data-order-number='" + number + "']");

    try (ScreenPage fritura = ScreenPage.open("kds/fritura");
        ScreenPage horno = ScreenPage.open("kds/horno");
        PosPage pos = PosPage.openAs(Staff.cashier())) {
      fritura.awaitCard(number);
      horno.awaitCard(number);

      // The cashier adds two carne to the order from the POS.
      pos.browser()
          .await(
              d -> {
                pos.orderRow(number).findElement(By.cssSelector(".ak-add-on")).click();
                return true;
              });
      pos.browser().await(ExpectedConditions.visibilityOfElementLocated(By.id("pos:adding-to")));
      pos.tapItem("Fritas " + menu.suffix, menu.carne);
      pos.browser()
          .driver()
          .findElement(By.id("line-form:quantity_input"))
          .sendKeys(Keys.chord(Keys.CONTROL, "a"), "2");
      pos.addToOrder(1);
      pos.send();
      pos.browser().await(ExpectedConditions.invisibilityOfElementLocated(By.id("pos:adding-to")));

      WebElement addOn = fritura.browser().await(d -> d.findElement(addOnCard));
      fritura.screenshot("kds-add-on");
      assertThat(addOn.getText()).contains("#" + number, "ADD-ON", "2×");
      assertThat(horno.browser().driver().findElements(addOnCard))
          .as("the add-on is all carne: nothing for horno")
          .isEmpty();
      // 1800 + 1900 + 2 × 1800 = 7300 × 1.21 = 8833.00
      assertThat(cashier.order(orderId).getJsonNumber("total").bigDecimalValue())
          .isEqualByComparingTo("8833.00");

      // The humita is voided from the change dialog: horno sees it struck through, loudly.
      long humita = lineId(orderId, 1);
      pos.browser()
          .await(
              d -> {
                pos.orderRow(number).findElement(By.cssSelector(".ak-change")).click();
                return true;
              });
      pos.browser()
          .await(
              ExpectedConditions.visibilityOfElementLocated(
                  By.id("change-form:change-void-reason")))
          .sendKeys("guest changed her mind");
      pos.browser()
          .await(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("li[data-line-id='" + humita + "'] .ak-void-line")))
          .click();
      pos.browser()
          .await(
              ExpectedConditions.presenceOfElementLocated(
                  By.cssSelector("li.ak-change-line-voided[data-line-id='" + humita + "']")));

      WebElement voided =
          horno
              .browser()
              .await(
                  d ->
                      d
                          .findElements(
                              By.cssSelector(
                                  ".ak-ticket.ak-cancelled[data-order-number='" + number + "']"))
                          .stream()
                          .filter(t -> !t.findElements(By.cssSelector(".ak-line-voided")).isEmpty())
                          .findFirst()
                          .orElse(null));
      horno.screenshot("kds-line-voided");
      assertThat(voided.getText()).contains("VOID", "guest changed her mind");
    }
    // 1800 + 2 × 1800 = 5400 × 1.21 = 6534.00
    JsonObject order = cashier.order(orderId);
    assertThat(order.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("6534.00");
    assertThat(order.getJsonArray("lines").getJsonObject(2).getInt("addOn")).isEqualTo(1);
    assertThat(order.getJsonArray("lines").getJsonObject(1).getString("voidReason"))
        .isEqualTo("guest changed her mind");
    assertThat(
            KitchenDatabase.text(
                "SELECT string_agg(action || ' ' || coalesce(amount::text, '-'), '; ' ORDER BY id)"
                    + " FROM money_audit WHERE order_id = ?",
                orderId))
        .isEqualTo("ADD_ON 4356.00; VOID_LINE 2299.00");
  }

  @Test
  void aPaidOrderOwesItsAddOnButItsLinesAreRefundedNotVoided() {
    JsonObject placed = cashier.placeOrder(Guests.unique("Pagado"), line(menu.carne, 1));
    long orderId = id(placed);
    cashier.post("api/orders/" + orderId + "/payments", "{\"method\": \"CARD\"}");

    HttpResponse<String> added =
        cashier.post(
            "api/orders/" + orderId + "/add-on",
            "{\"lines\": [{\"item\": \"" + menu.gaseosa + "\", \"quantity\": 1}]}");

    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    // paid 2178.00 for the carne; the gaseosa adds 1815.00
    assertThat(Json.object(added.body()).getJsonNumber("total").bigDecimalValue())
        .isEqualByComparingTo("3993.00");
    assertThat(
            KitchenDatabase.text(
                "SELECT (total - paid)::text || ' ' || (paid_at IS NULL) FROM kitchen_order"
                    + " WHERE id = ?",
                orderId))
        .as("what the add-on costs is due; the order is no longer paid")
        .isEqualTo("1815.00 true");
    HttpResponse<String> voided =
        cashier.post(
            "api/orders/" + orderId + "/lines/" + lineId(orderId, 0) + "/void",
            "{\"reason\": \"cold\"}");
    assertThat(voided.statusCode()).as(voided.body()).isEqualTo(409);
    assertThat(code(voided)).isEqualTo("order.change.paid");
  }

  @Test
  void aSmallDiscountAndVoidedLinesDoNotAddUpToACompNoManagerApproved() {
    String reason = "changes-" + menu.suffix;
    api.put("api/discount-reasons/" + reason, "{\"name\": \"Changes\", \"sortOrder\": 9}");
    JsonObject placed =
        cashier.placeOrder(
            Guests.unique("Comp"),
            line(menu.carne, 1),
            line(menu.carne, 1),
            line(menu.carne, 1),
            line(menu.carne, 1));
    long orderId = id(placed);
    // 10 % of 7200 = 720 off: within what a cashier may give
    HttpResponse<String> discount =
        cashier.post(
            "api/orders/" + orderId + "/discounts",
            "{\"kind\": \"PERCENT\", \"value\": 10, \"reason\": \"%s\"}".formatted(reason));
    assertThat(discount.statusCode()).as(discount.body()).isEqualTo(201);
    String voidPath = "api/orders/" + orderId + "/lines/" + lineId(orderId, 3) + "/void";

    // without a line, 720 off 5400 is 13 %: a manager's call
    HttpResponse<String> cashiers = cashier.post(voidPath, "{\"reason\": \"changed\"}");
    assertThat(cashiers.statusCode()).as(cashiers.body()).isEqualTo(403);
    assertThat(code(cashiers)).isEqualTo("checkout.approval-required");
    HttpResponse<String> managers =
        new KitchenApi(Staff.manager()).post(voidPath, "{\"reason\": \"changed\"}");
    assertThat(managers.statusCode()).as(managers.body()).isEqualTo(200);
    // 5400 − 720 = 4680, + 21 % = 5662.80
    assertThat(Json.object(managers.body()).getJsonNumber("total").bigDecimalValue())
        .isEqualByComparingTo("5662.80");
  }

  @Test
  void aPaidOrderIsRefundedBeforeItIsCancelled() {
    long orderId = id(cashier.placeOrder(Guests.unique("Cobrado"), line(menu.carne, 1)));
    cashier.post("api/orders/" + orderId + "/payments", "{\"method\": \"CARD\"}");

    HttpResponse<String> cancelled =
        cashier.post("api/orders/" + orderId + "/cancel", "{\"reason\": \"guest left\"}");

    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(409);
    assertThat(code(cancelled)).isEqualTo("order.cancel.paid");
    assertThat(cashier.order(orderId).getString("status")).isEqualTo("IN_KITCHEN");
  }

  @Test
  void theHeaderChangesAndTheLastLineIsCancelledNotVoided() {
    JsonObject placed = cashier.placeOrder(Guests.unique("Nombre"), line(menu.carne, 1));
    long orderId = id(placed);

    HttpResponse<String> changed =
        cashier.put(
            "api/orders/" + orderId + "/header",
            "{\"customerName\": \"Ana María\", \"note\": \"sin sal\"}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    JsonObject order = Json.object(changed.body());
    assertThat(order.getString("customerName")).isEqualTo("Ana María");
    assertThat(order.getString("note")).isEqualTo("sin sal");
    HttpResponse<String> last =
        cashier.post(
            "api/orders/" + orderId + "/lines/" + lineId(orderId, 0) + "/void",
            "{\"reason\": \"no\"}");
    assertThat(last.statusCode()).as(last.body()).isEqualTo(409);
    assertThat(code(last)).isEqualTo("order.change.last-line");
    assertThat(
            KitchenDatabase.text(
                "SELECT detail FROM money_audit WHERE order_id = ? AND action = 'ORDER_CHANGE'",
                orderId))
        .contains("name:", "→ Ana María", "note: - → sin sal");
  }

  @Test
  void anOrderHandedOutIsVoidedWithAManagersApprovalAndItsMoneyGivenBack() {
    Staff.Member manager =
        Staff.hire("voids-" + UUID.randomUUID().toString().substring(0, 8), "MANAGER");
    JsonObject placed = cashier.placeOrder(Guests.unique("Anula"), line(menu.gaseosa, 1));
    long orderId = id(placed);
    cashier.post(
        "api/orders/" + orderId + "/payments", "{\"method\": \"CASH\", \"cashGiven\": 2000}");
    String path = "api/orders/" + orderId + "/void";
    HttpResponse<String> early = cashier.post(path, "{\"reason\": \"wrong order\"}");
    assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
    assertThat(code(early)).isEqualTo("order.void.not-handed-out");
    cashier
        .order(orderId)
        .getJsonArray("tickets")
        .forEach(
            t ->
                api.post(
                    "api/tickets/"
                        + t.asJsonObject().getJsonNumber("ticketId").longValue()
                        + "/bump"));
    assertThat(api.post("api/orders/" + orderId + "/complete").statusCode()).isEqualTo(200);

    HttpResponse<String> unapproved = cashier.post(path, "{\"reason\": \"wrong order\"}");
    assertThat(unapproved.statusCode()).as(unapproved.body()).isEqualTo(403);
    HttpResponse<String> voided =
        cashier.post(
            path,
            "{\"reason\": \"wrong order\", \"approval\": {\"username\": \"%s\", \"password\": \"%s\"}}"
                .formatted(manager.username(), manager.password()));

    assertThat(voided.statusCode()).as(voided.body()).isEqualTo(200);
    assertThat(cashier.order(orderId).getString("status")).isEqualTo("CANCELLED");
    assertThat(
            KitchenDatabase.text(
                "SELECT method || ' ' || amount || ' ' || approved_by FROM order_refund"
                    + " WHERE order_id = ?",
                orderId))
        .isEqualTo("CASH 1815.00 " + manager.username());
    assertThat(
            KitchenDatabase.text(
                "SELECT amount || ' ' || approved_by FROM money_audit WHERE order_id = ?"
                    + " AND action = 'VOID_ORDER'",
                orderId))
        .isEqualTo("1815.00 " + manager.username());
    HttpResponse<String> twice =
        cashier.post(
            path,
            "{\"reason\": \"again\", \"approval\": {\"username\": \"%s\", \"password\": \"%s\"}}"
                .formatted(manager.username(), manager.password()));
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    assertThat(code(twice)).isEqualTo("order.cancelled");
  }
}
