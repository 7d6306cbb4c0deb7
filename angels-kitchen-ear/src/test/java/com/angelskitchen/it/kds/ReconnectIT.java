package com.angelskitchen.it.kds;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.DevTools;
import org.openqa.selenium.devtools.v156.network.Network;

/**
 * A screen whose connection drops while orders come in shows all of them once it is back, in order,
 * without duplicates and without reloading the page.
 */
@ExtendWith(ArquillianExtension.class)
class ReconnectIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithServerHelpers(ScreenProbe.class, StuckHandshake.class);
  }

  @Test
  void aScreenCutOffWhileThreeOrdersArriveShowsAllThreeInOrderOnceBack() throws Exception {
    KitchenApi api = new KitchenApi();
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    try (ScreenPage fritura = ScreenPage.open("kds/fritura")) {
      String before =
          api.placeOrder(Guests.unique("Before"), line(menu.carne, 1)).getString("orderNumber");
      fritura.awaitCard(before);
      fritura.browser().script("window.akNoReload = 'still the same page';");

      // Cut the screen off: the browser may not reach the socket, and the server drops it.
      DevTools devTools = ((ChromeDriver) fritura.browser().driver()).getDevTools();
      devTools.createSession();
      devTools.send(
          Network.enable(
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty()));
      devTools.send(Network.setBlockedURLs(Optional.empty(), Optional.of(List.of("*/ws/kds/*"))));
      // Chrome's URL blocking has once let a reconnect through; the page's own sockets are also
      // pointed at a stuck handshake while the cut lasts (accepted, never answered, like a dead
      // proxy), so the cut holds whatever the browser does, and the screen must give up a hanging
      // attempt by itself to come back in time.
      fritura
          .browser()
          .script(
              "const Real = window.WebSocket; window.akCut = true;"
                  + " window.WebSocket = function (url, protocols) {"
                  + "   return new Real(window.akCut ? url.replace(/\\/ws\\/kds\\/.*/,"
                  + " '/it/screens/stuck') : url, protocols); };"
                  + " window.WebSocket.OPEN = Real.OPEN;");
      HttpResponse<String> closed = api.post("it/screens/close?channel=fritura");
      assertThat(closed.statusCode()).isEqualTo(204);
      fritura.browser().await(d -> fritura.linkStatus().equals("Reconnecting…"));
      fritura.browser().await(d -> !api.get("it/screens/stuck?count").body().equals("0"));
      fritura.screenshot("kds-fritura-reconnecting");

      List<String> missed = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        missed.add(
            api.placeOrder(Guests.unique("Missed" + i), line(menu.carne, 1 + i))
                .getString("orderNumber"));
      }
      assertThat(fritura.card(missed.get(0))).as("nothing reached the cut-off screen").isEmpty();

      devTools.send(Network.setBlockedURLs(Optional.empty(), Optional.of(List.of())));
      fritura.browser().script("window.akCut = false;");
      // The attempt hanging at this moment is given up after 5 s (the screen's connect deadline),
      // then a backoff of one or two seconds: well within 15 s. Waiting for the heartbeat watchdog
      // (25 s) instead would miss it.
      fritura.awaitLiveAgain(Duration.ofSeconds(15));
      missed.forEach(fritura::awaitCard);
      fritura.screenshot("kds-fritura-caught-up");

      List<String> shown = fritura.cardNumbers();
      assertThat(fritura.cardTickets()).as("no ticket twice").doesNotHaveDuplicates();
      assertThat(shown.subList(shown.indexOf(before), shown.size()))
          .as("in the order they were placed, after the one seen before")
          .containsSubsequence(before, missed.get(0), missed.get(1), missed.get(2));
      assertThat(fritura.browser().script("return window.akNoReload;"))
          .isEqualTo("still the same page");
      assertThat(fritura.browser().script("return window.akScreen.link.connections;"))
          .as("it reconnected")
          .isNotEqualTo(1L);
    }
  }
}
