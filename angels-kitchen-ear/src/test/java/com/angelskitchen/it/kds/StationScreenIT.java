package com.angelskitchen.it.kds;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.Color;

/** A station screen in a real browser: its tickets appear at once, modifiers unmistakable. */
class StationScreenIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void anOrderShowsOnFrituraWithItsModifiersColouredAndSignedAndNotOnHorno() throws Exception {
    try (ScreenPage fritura = ScreenPage.open("kds/fritura");
        ScreenPage horno = ScreenPage.open("kds/horno")) {
      String guest = Guests.unique("Ana");
      int carneAllDay = allDay(fritura, "CARNE");
      JsonObject placed =
          api.place(
              order(
                      guest,
                      line(menu.carne, 2)
                          .without(menu.cebolla)
                          .with(menu.extraQueso)
                          .note("bien dorada"),
                      line(menu.gaseosa, 1))
                  .allergyAlert("alergia al huevo")
                  .rush());
      String number = placed.getString("orderNumber");

      WebElement ticket = fritura.awaitCard(number);
      fritura.screenshot("kds-fritura-ticket");
      assertThat(ticket.getText())
          .contains("#" + number, guest, "2×", "CARNE", "bien dorada", "RUSH")
          .doesNotContain("GASEOSA");
      assertThat(ticket.findElement(By.cssSelector(".ak-allergy-alert")).getText())
          .isEqualTo("⚠ ALLERGY: alergia al huevo");

      WebElement removed = ticket.findElement(By.cssSelector(".ak-mod-removed"));
      assertThat(removed.getText()).isEqualTo("- Cebolla");
      Color red = Color.fromString(removed.getCssValue("color"));
      assertThat(red.getColor().getRed()).as("removed is red").isGreaterThan(200);
      assertThat(red.getColor().getGreen()).isLessThan(100);
      assertThat(red.getColor().getBlue()).isLessThan(100);

      WebElement added = ticket.findElement(By.cssSelector(".ak-mod-added"));
      assertThat(added.getText()).isEqualTo("+ Extra queso");
      Color blue = Color.fromString(added.getCssValue("color"));
      assertThat(blue.getColor().getBlue()).as("added is blue").isGreaterThan(200);
      assertThat(blue.getColor().getRed()).isLessThan(blue.getColor().getBlue() / 2);

      assertThat(ticket.findElements(By.cssSelector(".ak-allergen")))
          .extracting(WebElement::getText)
          .as("huevo was not removed here; extra queso brings dairy")
          .contains("GLUTEN", "DAIRY");
      // The all-day panel adds this order's two CARNE to what the open tickets already needed.
      fritura.browser().await(d -> allDay(fritura, "CARNE") == carneAllDay + 2);

      // Horno shows the next order that is for it, and never showed the first one.
      String hornoNumber =
          api.placeOrder(Guests.unique("Bruno"), line(menu.humita, 1)).getString("orderNumber");
      horno.awaitCard(hornoNumber);
      horno.screenshot("kds-horno");
      assertThat(horno.card(number)).isEmpty();
    }
  }

  /** The all-day total of an item on a station screen (0 when not listed). */
  static int allDay(ScreenPage station, String item) {
    return station
        .browser()
        .driver()
        .findElements(By.cssSelector("#ak-all-day .ak-all-day-row"))
        .stream()
        .filter(row -> row.findElement(By.cssSelector(".ak-all-day-item")).getText().equals(item))
        .mapToInt(
            row -> Integer.parseInt(row.findElement(By.cssSelector(".ak-all-day-qty")).getText()))
        .findFirst()
        .orElse(0);
  }

  @Test
  void tappingLinesAndTheHeaderBumpsAndRecallBringsTheTicketBack() throws Exception {
    try (ScreenPage fritura = ScreenPage.open("kds/fritura")) {
      String number =
          api.placeOrder(Guests.unique("Bump"), line(menu.carne, 1), line(menu.carne, 3))
              .getString("orderNumber");
      WebElement ticket = fritura.awaitCard(number);

      ticket.findElements(By.cssSelector(".ak-line")).get(0).click();
      fritura
          .browser()
          .await(
              d ->
                  fritura.awaitCard(number).findElements(By.cssSelector(".ak-line-bumped")).size()
                      == 1);

      fritura.awaitCard(number).findElement(By.cssSelector(".ak-ticket-header")).click();
      fritura.awaitNoCard(number);

      // U (undo) recalls the ticket this screen bumped last; R now opens the recall list.
      fritura.browser().driver().findElement(By.tagName("body")).sendKeys("u");
      fritura.awaitCard(number);
      fritura.screenshot("kds-fritura-recalled");
      assertThat(fritura.awaitCard(number).findElements(By.cssSelector(".ak-line-bumped")))
          .isEmpty();
    }
  }
}
