package com.angelskitchen.it.devices;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import com.angelskitchen.it.support.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

/**
 * A wall screen signed in with a device login keeps its sound: after a reload, and after the
 * browser itself restarts (its session gone, only the device's cookie left), a new ticket chimes
 * and flashes with nobody tapping the screen first. The browser runs as a kiosk's does, with
 * Chromium's {@code --autoplay-policy=no-user-gesture-required}.
 */
class ChimeIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void theChosenSoundSurvivesAReloadAndABrowserRestartAndEveryNewTicketChimesAndFlashes()
      throws Exception {
    Browser browser = Browser.anonymous();
    browser.open("kds/fritura");
    browser.signIn(Staff.cook(), true);
    try (ScreenPage fritura = ScreenPage.open(browser, "kds/fritura")) {
      assertThat(fritura.browser().script("return document.body.dataset.sound"))
          .isNotEqualTo("bell");
      Object answer =
          browser.asyncScript(
              "const done = arguments[arguments.length - 1];"
                  + " fetch(document.body.dataset.contextPath + '/api/screen/sound', {method: 'PUT',"
                  + " credentials: 'same-origin', headers: {'Content-Type': 'application/json',"
                  + " 'X-Kitchen-Client': 'kds'}, body: JSON.stringify({sound: 'bell'})})"
                  + ".then(r => done(r.status)).catch(e => done(String(e)));");
      assertThat(answer).isEqualTo(200L);

      browser.driver().navigate().refresh();
      fritura.awaitLive();
      assertChimesOnANewTicket(fritura, "reload");

      // The browser restarts: the session is gone, the device login remains.
      for (Cookie cookie : browser.driver().manage().getCookies()) {
        if (!cookie.getName().equals("AK_DEVICE")) {
          browser.driver().manage().deleteCookie(cookie);
        }
      }
      browser.open("kds/fritura");
      fritura.awaitLive();
      assertThat(browser.driver().getCurrentUrl()).contains("kds/fritura");
      assertChimesOnANewTicket(fritura, "restart");
    }
  }

  private void assertChimesOnANewTicket(ScreenPage screen, String after) {
    Browser browser = screen.browser();
    assertThat(browser.script("return document.body.dataset.sound")).as(after).isEqualTo("bell");
    browser.await(d -> "running".equals(browser.script("return Kds.audio && Kds.audio.state")));
    long chimes = number(browser.script("return Kds.chimes || 0"));
    long flashes = number(browser.script("return window.akScreen.flashes || 0"));

    String number =
        api.placeOrder(Guests.unique("Chime"), line(menu.carne, 1)).getString("orderNumber");
    screen.awaitCard(number);
    browser.await(d -> number(browser.script("return Kds.chimes || 0")) > chimes);
    browser.await(d -> number(browser.script("return window.akScreen.flashes || 0")) > flashes);
    browser.await(d -> screen.awaitCard(number).getAttribute("class").contains("ak-flash"));
    screen.screenshot("chime-after-" + after);
  }

  private static long number(Object value) {
    return value instanceof Number n ? n.longValue() : 0;
  }
}
