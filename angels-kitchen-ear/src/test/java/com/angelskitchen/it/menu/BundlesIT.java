package com.angelskitchen.it.menu;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.DozenMenu;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import com.angelskitchen.it.support.ScreenPage;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A dozen, flavours mixed: "Sabores, choose 12, repeats allowed" of a fried and a baked empanada,
 * and "Salsa, choose 1", required. On the POS the cashier goes through both groups and cannot skip
 * the sauce; the API refuses what the groups do not allow; a dozen of fried and baked empanadas
 * reaches both Fritura and Horno, each flavour at its own station, while the counter boxes it.
 */
class BundlesIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private DozenMenu dozen;
  private String sabores;
  private String salsa;
  private String docena;

  @BeforeEach
  void aDozenOnTheMenu() {
    dozen = DozenMenu.on(api, menu);
    sabores = dozen.sabores;
    salsa = dozen.salsa;
    docena = dozen.docena;
  }

  private String dozen(String guest, String choices) {
    return """
        {"customerName": "%s", "lines": [{"item": "%s", "quantity": 1, "choices": [%s]}]}
        """
        .formatted(guest, docena, choices);
  }

  private String flavours(int carne, int humita) {
    return """
        {"group": "%s", "choice": "carne", "count": %d},
        {"group": "%s", "choice": "humita", "count": %d}"""
        .formatted(sabores, carne, sabores, humita);
  }

  private String sauce(String choice, int count) {
    return "{\"group\": \"%s\", \"choice\": \"%s\", \"count\": %d}".formatted(salsa, choice, count);
  }

  @Test
  void aMixedDozenRungUpOnThePosReachesFrituraAndHornoAndTheSauceCannotBeSkipped()
      throws Exception {
    String guest = Guests.unique("Docena");
    try (ScreenPage fritura = ScreenPage.open("kds/fritura");
        ScreenPage horno = ScreenPage.open("kds/horno");
        PosPage pos = PosPage.open()) {
      pos.tapItem(dozen.categoryName(menu), docena);
      count(pos, "carne", 7);
      count(pos, "humita", 5);
      pos.browser()
          .await(
              d ->
                  d.findElement(By.cssSelector(".ak-group[data-group='" + sabores + "'] .ak-ok"))
                      .getText()
                      .equals("12 of 12 chosen"));

      pos.browser().driver().findElement(By.id("line-form:save-line")).click();
      WebElement refused =
          pos.browser()
              .await(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.cssSelector("#line-form .ui-messages-error")));
      assertThat(refused.getText()).contains("Salsa: choose 1");
      assertThat(pos.cartLines()).as("a required group cannot be skipped").isEmpty();
      pos.screenshot("pos-dozen-sauce-missing");

      pos.browser()
          .driver()
          .findElement(
              By.xpath(
                  "//div[@data-group='"
                      + salsa
                      + "']//div[contains(@class,'ui-button')][normalize-space()='Criolla']"))
          .click();
      pos.addToOrder(1);
      WebElement line = pos.cartLines().get(0);
      assertThat(line.findElements(By.cssSelector(".ak-mod-chosen")).stream().map(e -> e.getText()))
          .containsExactly("› Sabores: Carne ×7", "› Sabores: Humita ×5", "› Salsa: Criolla");
      assertThat(line.findElement(By.cssSelector(".ak-line-total")).getText())
          .isEqualTo("$19,500.00");
      pos.customer(guest);
      pos.screenshot("pos-dozen-cart");
      pos.send();
      String number = pos.awaitSentNumber();

      WebElement fried = fritura.awaitCard(number);
      assertThat(fried.getText()).contains("7×").contains("CARNE").contains("DOCENA");
      assertThat(fried.getText()).doesNotContain("HUMITA");
      WebElement baked = horno.awaitCard(number);
      assertThat(baked.getText()).contains("5×").contains("HUMITA").contains("DOCENA");
      assertThat(baked.getText()).doesNotContain("CARNE");
      fritura.screenshot("kds-fritura-dozen");

      long orderId =
          KitchenDatabase.number("SELECT id FROM kitchen_order WHERE customer_name = ?", guest);
      JsonObject order = api.order(orderId);
      assertThat(order.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("23595.00");
      JsonObject counter = api.ticket(orderId, "mostrador");
      assertThat(counter.getJsonArray("lines").getJsonObject(0).getString("kitchenName"))
          .as("the counter boxes the dozen")
          .isEqualTo("DOCENA");
    }
  }

  @Test
  void aManagerSetsUpAGroupOnTheMenuPage() throws Exception {
    String code = "aderezo-" + menu.suffix;
    try (Browser manager = Browser.signedInAs(Staff.manager())) {
      manager.open("admin/menu.xhtml");
      manager
          .await(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//div[@id='tabs']//ul/li/a[normalize-space()='Choices']")))
          .click();
      WebElement sabores =
          manager.await(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath(
                      "//tr[.//div[@class='ak-code'][normalize-space()='" + this.sabores + "']]")));
      assertThat(sabores.getText())
          .contains("choose 12", "repeats allowed", "required", "Carne, Humita", "Docena");

      manager
          .await(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//form[@id='tabs:groups']//button[normalize-space()='New group']")))
          .click();
      manager
          .await(ExpectedConditions.visibilityOfElementLocated(By.id("group-form:group-code")))
          .sendKeys(code);
      manager.driver().findElement(By.id("group-form:group-name")).sendKeys("Aderezo");
      WebElement choices = manager.driver().findElement(By.id("group-form:group-choices"));
      choices.sendKeys("mayo | Mayonesa | 0");
      choices.sendKeys(Keys.ENTER);
      choices.sendKeys("ali | Alioli | abc");
      manager.driver().findElement(By.id("group-form:save-group")).click();
      assertThat(
              manager
                  .await(
                      ExpectedConditions.visibilityOfElementLocated(
                          By.cssSelector("#group-form .ui-messages-error")))
                  .getText())
          .as("a price that is not an amount is refused, with its line")
          .contains("Line 2");

      choices = manager.driver().findElement(By.id("group-form:group-choices"));
      choices.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
      choices.sendKeys("mayo | Mayonesa | 0");
      choices.sendKeys(Keys.ENTER);
      choices.sendKeys("ali | Alioli | 150.50");
      manager.driver().findElement(By.id("group-form:save-group")).click();
      manager.await(
          ExpectedConditions.visibilityOfElementLocated(
              By.xpath("//tr[.//div[@class='ak-code'][normalize-space()='" + code + "']]")));
      manager.screenshot("admin-menu-groups");
    }
    String groups = api.get("api/menu/groups").body();
    assertThat(groups).contains("\"code\":\"" + code + "\"").contains("150.5");
  }

  /** Types how many of a flavour, then leaves the field so the tally is worked out again. */
  private static void count(PosPage pos, String option, int times) {
    WebElement input =
        pos.browser()
            .await(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".ak-group-option[data-option='" + option + "'] input")));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Integer.toString(times), Keys.TAB);
  }

  @Test
  void theApiRefusesWhatTheGroupsDoNotAllowAndKeepsTheChoicesOnTheOrder() {
    record Refused(String choices, String code) {}
    for (Refused refused :
        List.of(
            new Refused(flavours(6, 6), "order.choice.missing"),
            new Refused(flavours(6, 5) + "," + sauce("criolla", 1), "order.choice.too-few"),
            new Refused(flavours(7, 6) + "," + sauce("criolla", 1), "order.choice.too-many"),
            new Refused(flavours(6, 6) + "," + sauce("criolla", 2), "order.choice.repeat"),
            new Refused(flavours(6, 6) + "," + sauce("ketchup", 1), "order.choice.unknown"))) {
      String guest = Guests.unique("Mal");
      HttpResponse<String> answer = api.post("api/orders", dozen(guest, refused.choices()));
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      assertThat(Json.object(answer.body()).getString("code")).isEqualTo(refused.code());
      assertThat(KitchenDatabase.ordersOf(guest)).as("nothing half-written").isZero();
    }

    String guest = Guests.unique("Bien");
    HttpResponse<String> placed =
        api.post("api/orders", dozen(guest, flavours(4, 8) + "," + sauce("chimichurri", 1)));
    assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
    long orderId = Json.object(placed.body()).getJsonNumber("orderId").longValue();
    JsonObject order = api.order(orderId);
    assertThat(order.getJsonNumber("subtotal").bigDecimalValue())
        .as("the bundle price plus the chimichurri")
        .isEqualByComparingTo("19700.00");
    var lines = order.getJsonArray("lines");
    assertThat(lines).hasSize(3);
    JsonObject bundle = lines.getJsonObject(0);
    assertThat(bundle.getBoolean("bundle")).isTrue();
    assertThat(bundle.getJsonArray("choices")).hasSize(3);
    assertThat(lines.getJsonObject(1).getInt("quantity")).isEqualTo(4);
    assertThat(lines.getJsonObject(1).getInt("partOf")).isEqualTo(1);
    assertThat(lines.getJsonObject(2).getInt("quantity")).isEqualTo(8);
    assertThat(
            api.ticket(orderId, "fritura")
                .getJsonArray("lines")
                .getJsonObject(0)
                .getString("bundle"))
        .isEqualTo("DOCENA");
    assertThat(
            api.ticket(orderId, "horno").getJsonArray("lines").getJsonObject(0).getInt("quantity"))
        .isEqualTo(8);

    long part = lines.getJsonObject(1).getJsonNumber("id").longValue();
    HttpResponse<String> partVoid =
        api.post(
            "api/orders/" + orderId + "/lines/" + part + "/void", "{\"reason\": \"sin carne\"}");
    assertThat(partVoid.statusCode()).as(partVoid.body()).isEqualTo(409);
    assertThat(Json.object(partVoid.body()).getString("code"))
        .isEqualTo("order.change.part-of-bundle");
  }
}
