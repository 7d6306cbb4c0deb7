package com.angelskitchen.it.security;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import com.angelskitchen.it.support.Staff;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Text people type — customer names, order and line notes — is shown as text and never runs, on the
 * POS, the station screen and the customers' board; and an anonymous visitor who opens a station
 * screen signs in and comes back to it.
 */
class UserTextIT extends EarTestBase {

  static final String NAME = "<img src=x onerror=\"window.akPwned='name'\">";
  static final String NOTE = "<script>window.akPwned='note'</script>";
  static final String LINE_NOTE = "<b onmouseover=\"window.akPwned='line'\">sin sal</b>";

  @Test
  void scriptsInCustomerNamesAndNotesStayPlainTextOnEveryScreen() throws Exception {
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    JsonObject placed =
        new KitchenApi(Staff.cashier())
            .place(KitchenApi.order(NAME, line(menu.carne, 1).note(LINE_NOTE)).note(NOTE));
    String number = placed.getString("orderNumber");

    try (Browser browser = Browser.signedInAs(Staff.manager())) {
      ScreenPage station = ScreenPage.open(browser, "kds/fritura");
      WebElement card = station.awaitCard(number);
      assertThat(card.getText()).contains(NAME).contains(NOTE).contains(LINE_NOTE);
      assertThat(card.findElements(By.tagName("img"))).isEmpty();
      assertThat(card.findElements(By.tagName("script"))).isEmpty();
      assertThat(card.findElements(By.tagName("b"))).isEmpty();
      assertNothingRan(browser);
      station.screenshot("security-user-text-station");

      browser.open("pos/");
      WebElement row =
          browser.await(
              d ->
                  d.findElements(By.cssSelector("#orders\\:list tbody tr")).stream()
                      .filter(r -> r.getText().contains(number))
                      .findFirst()
                      .orElse(null));
      assertThat(row.findElement(By.cssSelector(".ak-customer")).getText()).isEqualTo(NAME);
      assertThat(row.findElements(By.tagName("img"))).isEmpty();
      assertNothingRan(browser);
      browser.screenshot("security-user-text-pos");
    }

    try (Browser customer = Browser.anonymous()) {
      ScreenPage board = ScreenPage.open(customer, "board");
      customer.await(d -> board.boardNumbers("ak-preparing").contains(number));
      assertThat(customer.driver().getPageSource())
          .as("the board shows order numbers only")
          .doesNotContain("akPwned")
          .doesNotContain("sin sal");
      assertNothingRan(customer);
      board.screenshot("security-user-text-board");
    }
  }

  @Test
  void anAnonymousVisitorSignsInAndComesBackToTheStationScreen() throws Exception {
    KitchenSetup.empanadaMenu(api);
    try (Browser browser = Browser.anonymous()) {
      browser.open("kds/fritura");
      browser.await(d -> d.getCurrentUrl().contains("/login.xhtml?next="));
      browser.screenshot("security-login-page");
      browser.signIn(Staff.cook(), false);
      browser.await(d -> d.getCurrentUrl().endsWith("/kds/fritura"));
      ScreenPage station = ScreenPage.open(browser, "kds/fritura");
      assertThat(station.linkStatus()).isEqualTo("Live");

      browser.open("pos/");
      assertThat(browser.driver().findElement(By.id("ak-forbidden")).getText())
          .contains("cannot open this screen");
    }
  }

  private static void assertNothingRan(Browser browser) {
    assertThat(browser.script("return window.akPwned === undefined ? 'nothing' : window.akPwned;"))
        .isEqualTo("nothing");
  }
}
