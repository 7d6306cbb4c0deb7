package com.angelskitchen.it.pos;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager 86es an item on the menu page while a cashier has it in the cart: the POS greys the
 * button out without a reload, and sending the cart is refused with a clear message and the cart
 * kept.
 */
class PosEightySixIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void anItem86dFromTheMenuPageIsDisabledOnThePosAndRefusedWhenSent() throws Exception {
    String guest = Guests.unique("Tomás");

    try (PosPage pos = PosPage.open();
        Browser manager = Browser.start()) {
      pos.tapItem("Fritas " + menu.suffix, menu.carne);
      pos.addToOrder(1);
      pos.customer(guest);
      pos.markPageLoad();
      // The add's AJAX answer redraws the item buttons: wait for the redrawn, enabled one.
      pos.browser().await(d -> pos.itemButton(menu.carne).isEnabled());

      manager.open("admin/menu.xhtml");
      manager
          .await(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector(".ak-86-button[data-item='" + menu.carne + "']")))
          .click();
      manager.await(
          ExpectedConditions.visibilityOfElementLocated(
              By.cssSelector(".ak-restore-button[data-item='" + menu.carne + "']")));
      manager.screenshot("admin-menu-86");

      pos.browser().await(d -> !pos.itemButton(menu.carne).isEnabled());
      assertThat(pos.itemButton(menu.carne).getAttribute("class")).contains("ak-86");
      assertThat(pos.isSamePageLoad()).as("no reload").isTrue();
      assertThat(pos.itemButton(menu.humita).isEnabled()).as("only that item").isTrue();

      pos.send();
      String error = pos.awaitError();
      pos.screenshot("pos-86-refused");

      assertThat(error).contains("Empanada de carne", "86'd");
      assertThat(pos.cartLines()).as("the cart is kept").hasSize(1);
      assertThat(pos.cartLines().get(0).getText()).contains("Empanada de carne", "86'd");
      assertThat(pos.browser().driver().findElements(By.cssSelector(".ak-sent-number")))
          .as("no order number shown")
          .isEmpty();
      assertThat(KitchenDatabase.ordersOf(guest)).as("nothing stored").isZero();
    }
  }
}
