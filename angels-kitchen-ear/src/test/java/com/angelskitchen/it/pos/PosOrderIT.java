package com.angelskitchen.it.pos;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A cashier builds an order with one ingredient left out and one extra added and sends it: the page
 * shows its number, and the database and the kitchen API hold exactly those modifiers.
 */
class PosOrderIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private static final String RED = "rgb(208, 2, 27)";
  private static final String BLUE = "rgb(10, 88, 202)";

  @Test
  void anOrderWithARemovedIngredientAndAnAddedExtraReachesTheKitchenAsBuilt() throws Exception {
    String guest = Guests.unique("Lucía");

    try (PosPage pos = PosPage.open()) {
      pos.tapItem("Fritas " + menu.suffix, menu.carne);
      pos.tick("- Cebolla");
      pos.tick("+ Extra queso ($350.00)");
      pos.addToOrder(1);
      pos.customer(guest);

      WebElement line = pos.cartLines().get(0);
      WebElement removed = line.findElement(By.cssSelector(".ak-mod-removed"));
      WebElement added = line.findElement(By.cssSelector(".ak-mod-added"));
      assertThat(removed.getText()).isEqualTo("- Cebolla");
      assertThat(pos.computed(removed, "color")).as("removed in red").isEqualTo(RED);
      assertThat(added.getText()).startsWith("+ Extra queso");
      assertThat(pos.computed(added, "color")).as("added in blue").isEqualTo(BLUE);
      assertThat(line.findElement(By.cssSelector(".ak-line-total")).getText())
          .as("item plus extra")
          .isEqualTo("$2,150.00");
      assertThat(pos.browser().driver().findElement(By.id("ak-total")).getText())
          .as("2150.00 plus 21 % tax")
          .isEqualTo("$2,601.50");
      pos.screenshot("pos-cart");

      pos.send();
      String number = pos.awaitSentNumber();
      pos.screenshot("pos-sent");

      assertThat(number).matches("\\d{3,}");
      assertThat(KitchenDatabase.ordersOf(guest)).isEqualTo(1);
      long orderId =
          KitchenDatabase.number("SELECT id FROM kitchen_order WHERE customer_name = ?", guest);
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM order_line_modifier m JOIN order_line l ON l.id = m.line_id"
                      + " WHERE l.order_id = ?",
                  orderId))
          .as("exactly two modifiers stored")
          .isEqualTo(2);
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM order_line_modifier m JOIN order_line l ON l.id = m.line_id"
                      + " WHERE l.order_id = ? AND ((m.kind = 'REMOVE' AND m.code = ?)"
                      + " OR (m.kind = 'ADD' AND m.code = ? AND m.price = 350.00))",
                  orderId,
                  menu.cebolla,
                  menu.extraQueso))
          .isEqualTo(2);

      JsonObject order = api.order(orderId);
      assertThat(order.getString("number")).isEqualTo(number);
      assertThat(order.getString("source")).isEqualTo("POS");
      JsonObject apiLine = order.getJsonArray("lines").getJsonObject(0);
      assertThat(codes(apiLine, "removed")).containsExactly(menu.cebolla);
      assertThat(codes(apiLine, "added")).containsExactly(menu.extraQueso);
      assertThat(pos.cartLines()).as("the cart is empty for the next guest").isEmpty();
    }
  }

  private static List<String> codes(JsonObject line, String kind) {
    return line.getJsonArray(kind).stream().map(m -> m.asJsonObject().getString("code")).toList();
  }

  @Test
  void theCashierSendsARushOrderForLaterWithAnAllergy() throws Exception {
    String guest = Guests.unique("Tomás");
    // Two hours from now on the test store's clock (UTC), to the minute.
    java.time.ZonedDateTime pickup =
        java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)
            .plusHours(2)
            .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    try (PosPage pos = PosPage.open()) {
      pos.tapItem("Fritas " + menu.suffix, menu.carne);
      pos.addToOrder(1);
      pos.customer(guest);
      var page = pos.browser().driver();
      page.findElement(By.id("pos:allergy")).sendKeys("maní");
      pos.browser()
          .script(
              "document.getElementById('pos:pickup').value = arguments[0];",
              pickup.toLocalTime().toString());
      page.findElement(By.cssSelector("#pos\\:rush .ui-chkbox-box")).click();
      pos.send();
      pos.awaitSentNumber();
    }
    assertThat(
            KitchenDatabase.text(
                "SELECT rush || ' ' || allergy_alert || ' ' || status FROM kitchen_order"
                    + " WHERE customer_name = ?",
                guest))
        .isEqualTo("true maní HELD");
    assertThat(
            KitchenDatabase.number(
                "SELECT count(*) FROM kitchen_order WHERE customer_name = ?"
                    + " AND pickup_at = ?::timestamptz",
                guest,
                pickup.toOffsetDateTime().toString()))
        .as("picked up at the time typed, in the store's zone")
        .isEqualTo(1);
  }
}
