package com.angelskitchen.it.devices;

import static com.angelskitchen.it.support.KitchenApi.line;
import static com.angelskitchen.it.support.KitchenApi.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A cook with a bump bar and no mouse works through twenty tickets: selects any of them (also past
 * the ninth), moves with the arrows and a page at a time, bumps, undoes, and recalls from the list
 * of recently bumped tickets. The station is the test's own, so only its twenty tickets show.
 */
class BumpBarIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  private String station;
  private final List<String> numbers = new ArrayList<>();
  private final java.util.Map<String, Long> orderIds = new java.util.HashMap<>();
  private final java.util.Map<String, String> numberOfTicket = new java.util.HashMap<>();

  @BeforeEach
  void twentyTicketsOnAStationOfItsOwn() {
    station = "bump-" + menu.suffix;
    KitchenSetup.putStation(api, station, "Bump " + menu.suffix, 20);
    menu.rule("item", menu.carne, station);
    for (int i = 1; i <= 20; i++) {
      jakarta.json.JsonObject placed =
          api.place(order(Guests.unique("Bar" + i), line(menu.carne, i % 3 + 1)));
      numbers.add(placed.getString("orderNumber"));
      orderIds.put(placed.getString("orderNumber"), placed.getJsonNumber("orderId").longValue());
    }
    numbers.forEach(
        n ->
            numberOfTicket.put(
                String.valueOf(api.ticket(orderIds.get(n), station).getJsonNumber("ticketId")), n));
  }

  @Test
  void theKeysReachEveryOneOfTwentyTicketsAndBumpRecallAndUndo() throws Exception {
    try (ScreenPage screen = ScreenPage.open("kds/" + station)) {
      screen.browser().await(d -> screen.cardNumbers().size() == 20);
      assertThat(screen.cardNumbers()).as("oldest first").isEqualTo(numbers);
      assertThat(positions(screen)).as("every card shows its position").hasSize(20).endsWith("20");
      assertThat(selectedNumber(screen))
          .as("the first ticket is selected")
          .isEqualTo(numbers.get(0));

      // Ticket 12: two digits, typed as a bump bar types them.
      press(screen, "1", "2");
      screen.browser().await(d -> numbers.get(11).equals(selectedNumber(screen)));
      screen
          .browser()
          .await(d -> selectedCard(screen).getAttribute("class").contains("ak-selected"));

      press(screen, Keys.ENTER);
      screen.awaitNoCard(numbers.get(11));
      assertThat(ticketStatus(numbers.get(11))).isEqualTo("BUMPED");
      // The selection moves on to the next ticket, which is now the twelfth.
      screen.browser().await(d -> numbers.get(12).equals(selectedNumber(screen)));

      // Undo brings back the ticket this screen bumped last.
      press(screen, "u");
      screen.awaitCard(numbers.get(11));
      screen.browser().await(d -> "OPEN".equals(ticketStatus(numbers.get(11))));

      // Home, arrows, End and a page at a time.
      press(screen, Keys.HOME);
      screen.browser().await(d -> numbers.get(0).equals(selectedNumber(screen)));
      press(screen, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
      screen.browser().await(d -> numbers.get(2).equals(selectedNumber(screen)));
      press(screen, Keys.ARROW_LEFT);
      screen.browser().await(d -> numbers.get(1).equals(selectedNumber(screen)));
      press(screen, Keys.END);
      screen.browser().await(d -> numbers.get(19).equals(selectedNumber(screen)));
      // The selected ticket is scrolled into view.
      screen.browser().await(d -> inView(screen));
      press(screen, Keys.PAGE_UP);
      screen.browser().await(d -> screen.cardNumbers().indexOf(selectedNumber(screen)) < 19);
      screen.browser().await(d -> inView(screen));
      int afterPageUp = screen.cardNumbers().indexOf(selectedNumber(screen));
      press(screen, Keys.PAGE_DOWN);
      screen
          .browser()
          .await(d -> screen.cardNumbers().indexOf(selectedNumber(screen)) > afterPageUp);
      screen.screenshot("bump-bar-twenty-tickets");

      // Bump three tickets from the keys: 3rd, then (the new) 3rd, then 1st.
      List<String> bumped = new ArrayList<>();
      for (String position : List.of("3", "3", "1")) {
        press(screen, Keys.ESCAPE, position);
        String chosen = screen.browser().await(d -> selectedNumber(screen));
        screen
            .browser()
            .await(d -> screen.cardNumbers().indexOf(chosen) == Integer.parseInt(position) - 1);
        press(screen, Keys.ENTER);
        screen.awaitNoCard(chosen);
        bumped.add(chosen);
      }

      // The recall list shows the recently bumped tickets, newest first; the second is recalled.
      press(screen, "r");
      List<String> listed =
          screen
              .browser()
              .await(
                  d -> {
                    List<String> entries = recallEntries(screen);
                    return entries.size() >= 3 ? entries : null;
                  });
      assertThat(listed.subList(0, 3)).containsExactly(bumped.get(2), bumped.get(1), bumped.get(0));
      screen.screenshot("bump-bar-recall-list");
      press(screen, Keys.ARROW_DOWN, Keys.ENTER);
      screen.awaitCard(bumped.get(1));
      screen.browser().await(d -> "OPEN".equals(ticketStatus(bumped.get(1))));
      assertThat(ticketStatus(bumped.get(2))).isEqualTo("BUMPED");
      assertThat(ticketStatus(bumped.get(0))).isEqualTo("BUMPED");
      assertThat(screen.cardNumbers()).hasSize(18);
    }
  }

  private void press(ScreenPage screen, CharSequence... keys) {
    Actions actions = new Actions(screen.browser().driver());
    for (CharSequence key : keys) {
      actions.sendKeys(key);
    }
    actions.perform();
  }

  private static String selectedNumber(ScreenPage screen) {
    Object ticketId = screen.browser().script("return window.akScreen.selected();");
    if (ticketId == null) {
      return null;
    }
    return screen
        .browser()
        .driver()
        .findElements(By.cssSelector("#ak-tickets .ak-ticket[data-ticket-id='" + ticketId + "']"))
        .stream()
        .map(e -> e.getAttribute("data-order-number"))
        .findFirst()
        .orElse(null);
  }

  private static WebElement selectedCard(ScreenPage screen) {
    return screen
        .browser()
        .driver()
        .findElement(By.cssSelector("#ak-tickets .ak-ticket.ak-selected"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> positions(ScreenPage screen) {
    return (List<String>)
        screen
            .browser()
            .script(
                "return [...document.querySelectorAll('#ak-tickets .ak-position')]"
                    + ".map(p => p.textContent);");
  }

  private static boolean inView(ScreenPage screen) {
    return Boolean.TRUE.equals(
        screen
            .browser()
            .script(
                "const r = document.querySelector('#ak-tickets .ak-selected').getBoundingClientRect();"
                    + " return r.top >= -4 && r.bottom <= window.innerHeight + 4;"));
  }

  /** The order numbers of the recall list's entries, in the order listed. */
  private List<String> recallEntries(ScreenPage screen) {
    return screen
        .browser()
        .driver()
        .findElements(By.cssSelector("#ak-recall-list .ak-recall-entry"))
        .stream()
        .map(e -> numberOfTicket.get(e.getAttribute("data-ticket-id")))
        .toList();
  }

  private String ticketStatus(String orderNumber) {
    return api.ticket(orderIds.get(orderNumber), station).getString("status");
  }
}
