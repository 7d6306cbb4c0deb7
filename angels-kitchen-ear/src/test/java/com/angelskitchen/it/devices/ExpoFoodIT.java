package com.angelskitchen.it.devices;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.Color;

/**
 * The expo sees the food: each station's lines with their modifiers, which stations are done, a
 * recall list of recently bumped tickets, and a ticket moved to another station follows at once on
 * every screen.
 */
class ExpoFoodIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void expoCardsShowEachStationsLinesAndDoneAndRecallFromTheList() throws Exception {
    try (ScreenPage expo = ScreenPage.open("kds/expo")) {
      JsonObject placed =
          api.place(
              order(
                  Guests.unique("Expo"),
                  line(menu.carne, 2).without(menu.cebolla).with(menu.extraQueso),
                  line(menu.humita, 1)));
      String number = placed.getString("orderNumber");
      long orderId = placed.getJsonNumber("orderId").longValue();

      // The expo redraws its cards on every event: each read is retried on a fresh card.
      assertThat(read(expo, d -> block(expo, number, "fritura").getText())).contains("2×", "CARNE");
      assertThat(read(expo, d -> modifier(expo, number, ".ak-mod-removed").getText()))
          .isEqualTo("- Cebolla");
      String red = read(expo, d -> modifier(expo, number, ".ak-mod-removed").getCssValue("color"));
      assertThat(Color.fromString(red).getColor().getRed()).isGreaterThan(200);
      assertThat(read(expo, d -> modifier(expo, number, ".ak-mod-added").getText()))
          .isEqualTo("+ Extra queso");
      String blue = read(expo, d -> modifier(expo, number, ".ak-mod-added").getCssValue("color"));
      assertThat(Color.fromString(blue).getColor().getBlue()).isGreaterThan(200);
      assertThat(read(expo, d -> block(expo, number, "horno").getText())).contains("1×", "HUMITA");
      assertThat(read(expo, d -> expo.awaitCard(number).getText())).doesNotContain("✓");

      long friturasTicket = api.ticket(orderId, "fritura").getJsonNumber("ticketId").longValue();
      assertThat(api.post("api/tickets/" + friturasTicket + "/bump").statusCode()).isEqualTo(200);
      expo.browser()
          .await(
              d ->
                  block(expo, number, "fritura").getAttribute("class").contains("ak-station-done"));
      assertThat(read(expo, d -> block(expo, number, "horno").getAttribute("class")))
          .doesNotContain("ak-station-done");
      expo.screenshot("expo-food-fritura-done");

      // The recall list: the bumped ticket is there, newest first; Enter brings it back.
      new Actions(expo.browser().driver()).sendKeys("r").perform();
      List<String> listed =
          expo.browser()
              .await(
                  d -> {
                    List<String> ids = recallEntries(expo);
                    return ids.isEmpty() ? null : ids;
                  });
      assertThat(listed.get(0)).isEqualTo(String.valueOf(friturasTicket));
      expo.screenshot("expo-recall-list");
      new Actions(expo.browser().driver()).sendKeys(Keys.ENTER).perform();
      expo.browser().await(d -> "OPEN".equals(api.ticket(orderId, "fritura").getString("status")));
      expo.browser()
          .await(
              d ->
                  !block(expo, number, "fritura")
                      .getAttribute("class")
                      .contains("ak-station-done"));
    }
  }

  @Test
  void aTicketMovedToAnotherStationLeavesOneScreenAndArrivesOnTheOther() throws Exception {
    try (ScreenPage horno = ScreenPage.open("kds/horno");
        ScreenPage mostrador = ScreenPage.open("kds/mostrador");
        ScreenPage expo = ScreenPage.open("kds/expo")) {
      JsonObject placed = api.place(order(Guests.unique("Move"), line(menu.humita, 2)));
      String number = placed.getString("orderNumber");
      long orderId = placed.getJsonNumber("orderId").longValue();
      long ticket = api.ticket(orderId, "horno").getJsonNumber("ticketId").longValue();
      expo.awaitCard(number);
      horno.awaitCard(number);

      HttpResponse<String> same =
          api.post("api/tickets/" + ticket + "/move", "{\"station\": \"horno\"}");
      assertThat(same.statusCode()).as(same.body()).isEqualTo(400);
      HttpResponse<String> nowhere =
          api.post("api/tickets/" + ticket + "/move", "{\"station\": \"no-such-station\"}");
      assertThat(nowhere.statusCode()).as(nowhere.body()).isEqualTo(404);

      // The expo picks the ticket on the order's card and moves it from the menu.
      block(expo, number, "horno").click();
      expo.browser().driver().findElement(By.id("ak-move")).click();
      expo.browser()
          .await(
              d ->
                  d
                      .findElements(
                          By.cssSelector("#ak-move-menu .ak-move-target[data-station='mostrador']"))
                      .stream()
                      .findFirst()
                      .orElse(null))
          .click();
      assertThat(mostrador.awaitCard(number).getText()).contains("2×", "HUMITA");
      horno.awaitNoCard(number);
      expo.browser().await(d -> block(expo, number, "mostrador").getText().contains("HUMITA"));
      assertThat(api.ticket(orderId, "mostrador").getJsonNumber("ticketId").longValue())
          .isEqualTo(ticket);

      assertThat(api.post("api/tickets/" + ticket + "/bump").statusCode()).isEqualTo(200);
      HttpResponse<String> bumped =
          api.post("api/tickets/" + ticket + "/move", "{\"station\": \"fritura\"}");
      assertThat(bumped.statusCode()).as("a bumped ticket stays").isEqualTo(409);
    }
  }

  /** A value read from the page, read again if the card was redrawn meanwhile. */
  private static String read(
      ScreenPage expo, java.util.function.Function<org.openqa.selenium.WebDriver, String> what) {
    return expo.browser().await(what);
  }

  private static WebElement modifier(ScreenPage expo, String number, String css) {
    return block(expo, number, "fritura").findElement(By.cssSelector(css));
  }

  /** The block of an expo card that shows one station's ticket. */
  private static WebElement block(ScreenPage expo, String number, String station) {
    return expo.browser()
        .await(
            d ->
                expo
                    .awaitCard(number)
                    .findElements(
                        By.cssSelector(".ak-station-block[data-station-code='" + station + "']"))
                    .stream()
                    .findFirst()
                    .orElse(null));
  }

  private static List<String> recallEntries(ScreenPage expo) {
    return expo
        .browser()
        .driver()
        .findElements(By.cssSelector("#ak-recall-list .ak-recall-entry"))
        .stream()
        .map(e -> e.getAttribute("data-ticket-id"))
        .toList();
  }
}
