package com.angelskitchen.it.pos;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An Argentine store: its menu prices include the IVA. The operator turns {@code
 * ak.prices-include-tax} on (the test store adds its tax on top, like a US store); the guest pays
 * the menu prices, the cart and the receipt say how much IVA they contain, and the API, the
 * database and the screens agree to the cent. 3 × $1,800.00 = $5,400.00, IVA contenido 5400 × 0.21
 * / 1.21 = 937.190… → $937.19.
 */
class VatIncludedIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @BeforeEach
  void anArgentineStore() throws Exception {
    TestServer.setting("ak.prices-include-tax", "true");
  }

  @AfterEach
  void backToTheTestStore() throws Exception {
    TestServer.setting("ak.prices-include-tax", "false");
  }

  @Test
  void theApiPricesAnOrderWithTheVatContainedInTheMenuPrices() {
    JsonObject placed =
        api.order(
            api.placeOrder(Guests.unique("Iva"), line(menu.carne, 3))
                .getJsonNumber("orderId")
                .longValue());

    assertThat(placed.getBoolean("taxIncluded")).isTrue();
    assertThat(placed.getJsonNumber("subtotal").bigDecimalValue()).isEqualByComparingTo("5400.00");
    assertThat(placed.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("5400.00");
    assertThat(placed.getJsonNumber("tax").bigDecimalValue()).isEqualByComparingTo("937.19");
    assertThat(placed.getJsonNumber("discount").bigDecimalValue()).isEqualByComparingTo("0");
  }

  @Test
  void theCartAndTheReceiptShowTheMenuPricesAndTheVatTheyContain() throws Exception {
    String guest = Guests.unique("Mariela");
    try (PosPage pos = PosPage.open()) {
      for (int n = 1; n <= 3; n++) {
        pos.tapItem("Fritas " + menu.suffix, menu.carne);
        pos.addToOrder(n);
      }
      pos.customer(guest);
      var page = pos.browser().driver();
      assertThat(page.findElement(By.id("ak-total")).getText()).isEqualTo("$5,400.00");
      assertThat(page.findElement(By.cssSelector(".ak-tax-included")).getText())
          .isEqualTo("VAT included (21%) $937.19");
      assertThat(page.findElements(By.id("ak-subtotal"))).as("no tax on top").isEmpty();
      pos.screenshot("pos-cart-vat-included");

      pos.send();
      pos.awaitSentNumber();
      long orderId =
          KitchenDatabase.number("SELECT id FROM kitchen_order WHERE customer_name = ?", guest);
      assertThat(
              KitchenDatabase.text(
                  "SELECT tax_included || ' ' || total || ' ' || tax FROM kitchen_order"
                      + " WHERE id = ?",
                  orderId))
          .isEqualTo("true 5400.00 937.19");

      pos.browser().open("pos/receipt.xhtml?order=" + orderId);
      String receipt =
          pos.browser()
              .await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ak-receipt")))
              .getText();
      assertThat(page.findElement(By.id("ak-receipt-total")).getText()).isEqualTo("$5,400.00");
      assertThat(page.findElement(By.id("ak-receipt-tax")).getText()).isEqualTo("$937.19");
      assertThat(receipt).contains("VAT included 21%").doesNotContain("Subtotal");
      pos.screenshot("receipt-vat-included");
    }
  }
}
