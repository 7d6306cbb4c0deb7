package com.angelskitchen.it.pos;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.PosPage;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The kitchen bumps an order at every station: the POS list turns it Ready without a reload. */
class PosKitchenStatusIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void aKitchenBumpTurnsTheOrderReadyInThePosListWithoutReload() throws Exception {
    String guest = Guests.unique("Julián");

    try (PosPage pos = PosPage.open()) {
      pos.markPageLoad();
      JsonObject placed = api.placeOrder(guest, line(menu.carne, 1), line(menu.humita, 2));
      long orderId = placed.getJsonNumber("orderId").longValue();
      String number = placed.getString("orderNumber");

      pos.browser().await(d -> pos.orderRow(number).getText().contains("In kitchen"));
      assertThat(pos.orderRow(number).getAttribute("class")).doesNotContain("ak-row-ready");

      bump(api, orderId, "fritura");
      pos.browser().await(d -> pos.orderRow(number).getText().contains("In kitchen"));
      bump(api, orderId, "horno");

      pos.browser().await(d -> pos.orderRow(number).getText().contains("Ready"));
      var row = pos.orderRow(number);
      pos.screenshot("pos-order-ready");
      assertThat(row.getAttribute("class")).contains("ak-row-ready");
      assertThat(row.findElement(By.cssSelector(".ak-status")).getText()).isEqualTo("Ready");
      assertThat(row.getText()).contains(guest);
      assertThat(pos.isSamePageLoad()).as("no reload").isTrue();
    }
  }

  private static void bump(KitchenApi api, long orderId, String station) {
    long ticket = api.ticket(orderId, station).getJsonNumber("ticketId").longValue();
    var response = api.post("api/tickets/" + ticket + "/bump");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
