package com.angelskitchen.it.pages;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The PrimeFaces orders page, read by a real browser. */
class OrdersPageIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void theOrdersPageListsAnOrderPlacedThroughTheApi() throws Exception {
    String guest = Guests.unique("Marta");
    JsonObject placed =
        api.placeOrder(
            guest,
            line(menu.carne, 2).without(menu.cebolla).with(menu.extraQueso),
            line(menu.humita, 1));

    try (Browser browser = Browser.start()) {
      browser.open("orders/");
      WebElement row =
          browser.await(
              page ->
                  page.findElements(By.cssSelector("#orders_data tr")).stream()
                      .filter(tr -> tr.getText().contains(guest))
                      .findFirst()
                      .orElse(null));
      browser.screenshot("orders-page");

      assertThat(row.findElement(By.cssSelector(".ak-order-number")).getText())
          .isEqualTo(placed.getString("orderNumber"));
      assertThat(row.getText())
          .contains(
              "POS",
              "In kitchen",
              "2× Empanada de carne (-Cebolla +Extra queso), 1× Empanada de humita",
              dollars(placed.getJsonNumber("total").bigDecimalValue()));
      assertThat(browser.driver().getTitle()).isEqualTo("Orders · Angel's Kitchen");
    }
  }

  /** An amount the way the test store (English, in US dollars) writes it: $1,800.00. */
  private static String dollars(BigDecimal amount) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
    format.setCurrency(Currency.getInstance("USD"));
    return format.format(amount);
  }
}
