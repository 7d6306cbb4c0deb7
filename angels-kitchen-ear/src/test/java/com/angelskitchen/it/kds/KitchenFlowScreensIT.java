package com.angelskitchen.it.kds;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Every station bumps → the expo shows READY → the customers' board shows the number as Ready. */
class KitchenFlowScreensIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void bumpingAtEveryStationMakesTheOrderReadyOnTheExpoAndTheBoard() throws Exception {
    try (ScreenPage fritura = ScreenPage.open("kds/fritura");
        ScreenPage horno = ScreenPage.open("kds/horno");
        ScreenPage expo = ScreenPage.open("kds/expo");
        ScreenPage board = ScreenPage.open("board")) {
      String guest = Guests.unique("Flow");
      String number =
          api.placeOrder(guest, line(menu.carne, 2), line(menu.humita, 1), line(menu.humita, 2))
              .getString("orderNumber");

      expo.awaitCard(number);
      board.browser().await(d -> board.boardNumbers("ak-preparing").contains(number));
      assertThat(board.browser().driver().findElement(By.tagName("main")).getText())
          .as("the board shows numbers only")
          .doesNotContain(guest);

      fritura.awaitCard(number).findElement(By.cssSelector(".ak-ticket-header")).click();
      fritura.awaitNoCard(number);
      expo.browser()
          .await(
              d ->
                  expo.awaitCard(number)
                      .findElement(By.cssSelector("[data-station='fritura']"))
                      .getText()
                      .contains("✓"));
      assertThat(expo.awaitCard(number).getAttribute("data-status")).isEqualTo("IN_KITCHEN");

      for (int line = 0; line < 2; line++) {
        horno
            .awaitCard(number)
            .findElements(By.cssSelector(".ak-line:not(.ak-line-bumped)"))
            .get(0)
            .click();
        int bumped = line + 1;
        horno
            .browser()
            .await(
                d ->
                    horno
                        .card(number)
                        .map(
                            c -> c.findElements(By.cssSelector(".ak-line-bumped")).size() >= bumped)
                        .orElse(true));
      }
      horno.awaitNoCard(number);

      expo.browser().await(d -> "READY".equals(expo.awaitCard(number).getAttribute("data-status")));
      board.browser().await(d -> board.boardNumbers("ak-ready").contains(number));
      assertThat(board.boardNumbers("ak-preparing")).doesNotContain(number);
      expo.screenshot("kds-expo-ready");
      board.screenshot("board-ready");

      // Handing out at the expo clears it from both. (The card is brought to the middle first: with
      // many orders on the pass it can sit under the fixed "tap for sound" button.)
      WebElement ready = expo.awaitCard(number);
      expo.browser().script("arguments[0].scrollIntoView({block: 'center'});", ready);
      ready.click();
      expo.awaitNoCard(number);
      board.browser().await(d -> !board.boardNumbers("ak-ready").contains(number));
    }
  }

  @Test
  void aHeldOrderWaitsOnTheExpoStripWithItsFireTime() throws Exception {
    try (ScreenPage expo = ScreenPage.open("kds/expo")) {
      String number =
          api.place(
                  KitchenApi.order(Guests.unique("Later"), line(menu.humita, 4))
                      .pickupAt(java.time.OffsetDateTime.now().plusHours(2)))
              .getString("orderNumber");
      String chip =
          expo.browser()
              .await(
                  d ->
                      d
                          .findElements(
                              By.cssSelector("#ak-held [data-order-number='" + number + "']"))
                          .stream()
                          .findFirst()
                          .map(e -> e.getText())
                          .orElse(null));
      assertThat(chip).contains("#" + number, "fires");
      expo.screenshot("kds-expo-held");
    }
  }
}
