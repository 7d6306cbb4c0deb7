package com.angelskitchen.it.devices;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.ScreenPage;
import com.angelskitchen.it.support.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * Tickets age in colour on the server's clock: a fresh ticket is normal, one past its target (the
 * longest prep time of its lines) turns to warning, one past the station's late margin too is late.
 * The tickets' fire times are set back in the database, as if they had been fired minutes ago, so
 * the test needs no waiting.
 */
class AgingIT extends EarTestBase {

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void ticketsShowTheirTargetsAndAgeNormalWarningLateOnTheServersClock() throws Exception {
    String station = "aging-" + menu.suffix;
    // Warning after 5, late after 8 minutes: a late margin of 3 minutes past a target.
    KitchenSetup.putStation(api, station, "Aging " + menu.suffix, 21);
    menu.rule("item", menu.carne, station);
    // Carne's prep time target is 8 minutes (KitchenSetup).
    long fresh = orderOfOne();
    long warning = orderOfOne();
    long late = orderOfOne();
    firedMinutesAgo(api.ticket(warning, station).getJsonNumber("ticketId").longValue(), 9);
    firedMinutesAgo(api.ticket(late, station).getJsonNumber("ticketId").longValue(), 12);

    try (ScreenPage screen = ScreenPage.open("kds/" + station)) {
      String freshNumber = number(fresh);
      String line =
          screen
              .browser()
              .await(
                  d ->
                      screen
                          .awaitCard(freshNumber)
                          .findElements(By.cssSelector(".ak-line"))
                          .get(0)
                          .getText());
      assertThat(line).as("the line shows its prep time target").containsPattern("8\\s?(′|min)");
      screen.browser().await(d -> age(screen, fresh).equals("normal"));
      screen.browser().await(d -> age(screen, warning).equals("warning"));
      screen.browser().await(d -> age(screen, late).equals("late"));
      screen.screenshot("aging-colours");
      String lateNumber = number(late);
      screen
          .browser()
          .await(
              d ->
                  screen
                      .awaitCard(lateNumber)
                      .findElement(By.cssSelector(".ak-timer"))
                      .getText()
                      .startsWith("12:"));

      // A late ticket sets off the repeating alert; any key on the bump bar acknowledges it.
      screen.browser().await(d -> "true".equals(alerting(screen)));
      new Actions(screen.browser().driver()).sendKeys(Keys.ESCAPE).perform();
      screen.browser().await(d -> "false".equals(alerting(screen)));
      assertThat(age(screen, late)).as("acknowledged, still red").isEqualTo("late");

      // A cancelled order alerts again until the cook taps its card away.
      assertThat(
              api.post("api/orders/" + fresh + "/cancel", "{\"reason\": \"guest left\"}")
                  .statusCode())
          .isEqualTo(200);
      screen.browser().await(d -> "true".equals(alerting(screen)));
      screen.awaitCard(number(fresh)).click();
      screen.awaitNoCard(number(fresh));
      screen.browser().await(d -> "false".equals(alerting(screen)));
    }
  }

  @Test
  void theAgeRuleUsesTheTargetWhenThereIsOneElseTheStationsThresholds() throws Exception {
    try (ScreenPage screen = ScreenPage.open("kds/fritura")) {
      // (elapsed seconds, target minutes, station warning, station late) → age
      List<Object[]> cases =
          List.of(
              new Object[] {0, 8, 5, 8, "normal"},
              new Object[] {479, 8, 5, 8, "normal"},
              new Object[] {480, 8, 5, 8, "warning"},
              new Object[] {659, 8, 5, 8, "warning"},
              new Object[] {660, 8, 5, 8, "late"},
              new Object[] {299, null, 5, 8, "normal"},
              new Object[] {300, null, 5, 8, "warning"},
              new Object[] {480, null, 5, 8, "late"});
      for (Object[] c : cases) {
        assertThat(
                screen
                    .browser()
                    .script(
                        "return Kds.age(arguments[0], arguments[1], arguments[2], arguments[3]);",
                        c[0],
                        c[1],
                        c[2],
                        c[3]))
            .as(java.util.Arrays.toString(c))
            .isEqualTo(c[4]);
      }
    }
  }

  private static Object alerting(ScreenPage screen) {
    return screen.browser().script("return document.documentElement.dataset.alerting;");
  }

  private long orderOfOne() {
    return api.placeOrder(Guests.unique("Age"), line(menu.carne, 1))
        .getJsonNumber("orderId")
        .longValue();
  }

  private String number(long orderId) {
    return api.order(orderId).getString("number");
  }

  private String age(ScreenPage screen, long orderId) {
    String classes = screen.awaitCard(number(orderId)).getAttribute("class");
    for (String age : List.of("normal", "warning", "late")) {
      if (classes.contains("ak-age-" + age)) {
        return age;
      }
    }
    return "none: " + classes;
  }

  private static void firedMinutesAgo(long ticketId, int minutes) throws Exception {
    try (Connection db = TestServer.database();
        PreparedStatement update =
            db.prepareStatement(
                "UPDATE kitchen_ticket SET fired_at = now() - make_interval(mins => ?) WHERE id = ?")) {
      update.setInt(1, minutes);
      update.setLong(2, ticketId);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }
}
