package com.angelskitchen.it.pos;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Cash tender: the change due is the cash given less the total; the receipt shows it all. */
class PosTenderIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void cashTenderComputesTheChangeAndTheReceiptShowsLinesAndTotal() throws Exception {
    String guest = Guests.unique("Inés");

    try (PosPage pos = PosPage.open()) {
      pos.tapItem("Fritas " + menu.suffix, menu.carne);
      pos.tick("- Cebolla");
      pos.addToOrder(1);
      pos.tapItem("Bebidas " + menu.suffix, menu.gaseosa);
      pos.addToOrder(2);
      pos.customer(guest);
      pos.send();
      String number = pos.awaitSentNumber();
      String total = pos.browser().driver().findElement(By.cssSelector(".ak-sent-total")).getText();
      // (1800 + 1500) × 1.21, in the test store's dollars
      assertThat(total).isEqualTo("$3,993.00");

      pos.browser().driver().findElement(By.id("pos:pay")).click();
      var cash =
          pos.browser().await(ExpectedConditions.elementToBeClickable(By.id("tender-form:cash")));
      cash.sendKeys("5000");
      pos.browser().driver().findElement(By.id("tender-form:pay-cash")).click();
      String change =
          pos.browser()
              .await(ExpectedConditions.visibilityOfElementLocated(By.id("ak-change-due")))
              .getText();
      pos.screenshot("pos-tender-cash");

      assertThat(change).isEqualTo("$1,007.00");
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM kitchen_order WHERE customer_name = ? AND paid_by = 'CASH'"
                      + " AND amount_tendered = 5000.00 AND change_due = 1007.00",
                  guest))
          .isEqualTo(1);
      pos.browser().await(d -> pos.orderRow(number).getText().contains("Cash"));

      var tabs = new ArrayList<>(pos.browser().driver().getWindowHandles());
      pos.browser().driver().findElement(By.id("tender-form:receipt")).click();
      pos.browser().await(d -> d.getWindowHandles().size() > tabs.size());
      var receiptTab = new ArrayList<>(pos.browser().driver().getWindowHandles());
      receiptTab.removeAll(tabs);
      pos.browser().driver().switchTo().window(receiptTab.get(0));
      String receipt =
          pos.browser()
              .await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ak-receipt")))
              .getText();
      pos.screenshot("pos-receipt");

      assertThat(receipt)
          .contains(
              "Order " + number,
              "1× Empanada de carne",
              "- Cebolla",
              "1× Gaseosa",
              "Subtotal",
              "$3,300.00",
              "$693.00",
              "$3,993.00",
              "Paid in cash",
              "$5,000.00",
              "$1,007.00");
      assertThat(pos.browser().driver().findElement(By.id("ak-receipt-total")).getText())
          .isEqualTo("$3,993.00");
    }
  }
}
