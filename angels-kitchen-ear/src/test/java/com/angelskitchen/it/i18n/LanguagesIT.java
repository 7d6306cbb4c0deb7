package com.angelskitchen.it.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Browser;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A manager works every screen in Spanish, then in English, switching with the header's switch; no
 * page shows a text of the other language (a bundle value that differs between the two) or a
 * missing key. Before signing in the browser's language decides; the guests' board always speaks
 * the store's (English on the test server); a wall screen keeps its choice with its device login.
 */
class LanguagesIT extends EarTestBase {

  /** A menu, so that the POS and the menu page have something to say. */
  @EmpanadaMenu KitchenSetup menu;

  static final Path BUNDLES =
      Path.of("../angels-kitchen-web/src/main/resources/com/angelskitchen/web/i18n");

  /** Every screen a manager can open, as a member of staff opens them. */
  static final List<String> SCREENS =
      List.of(
          "",
          "pos/",
          "orders/",
          "pos/drawer.xhtml",
          "admin/dashboard.xhtml",
          "admin/menu.xhtml",
          "admin/kitchen.xhtml",
          "admin/partners.xhtml",
          "admin/staff.xhtml",
          "admin/audit.xhtml",
          "kds/fritura",
          "kds/expo",
          "forbidden.xhtml",
          "expired.xhtml");

  static Properties bundle(String language) throws IOException {
    Properties texts = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            BUNDLES.resolve("Texts_" + language + ".properties"), StandardCharsets.UTF_8)) {
      texts.load(in);
    }
    return texts;
  }

  /**
   * The texts that give a page away as the other language: each value of {@code other} that differs
   * from {@code mine}, cut at its placeholders, keeping pieces of two words or more (a single word
   * such as "Ready" could be a guest's name in the data).
   */
  static List<String> giveaways(Properties other, Properties mine) {
    List<String> pieces = new ArrayList<>();
    for (String key : other.stringPropertyNames()) {
      String value = other.getProperty(key).replace("''", "'");
      if (value.equals(mine.getProperty(key))) {
        continue;
      }
      for (String piece : value.split("\\{[^}]*\\}")) {
        String text = piece.strip();
        if (text.split("\\s+").length >= 2 && text.length() >= 8 && !mine.containsValue(text)) {
          pieces.add(text);
        }
      }
    }
    return pieces;
  }

  static List<String> shown(String page, List<String> giveaways) {
    String flat = page.replaceAll("\\s+", " ");
    return giveaways.stream()
        .filter(
            g -> Pattern.compile("(?<!\\w)" + Pattern.quote(g) + "(?!\\w)").matcher(flat).find())
        .toList();
  }

  static String pageText(Browser browser, String screen) {
    browser.open(screen);
    browser.await(d -> "complete".equals(browser.script("return document.readyState;")));
    if (screen.startsWith("kds/")) {
      browser.await(d -> !d.findElements(By.cssSelector("#ak-link.ak-link-live")).isEmpty());
    }
    // Text marked as written in another language is data kept as it was written (the audit log's
    // details): it is left out, the rest of the page must speak the page's language.
    return String.valueOf(
        browser.script(
            "const page = document.documentElement.lang.split('-')[0];"
                + " const other = [...document.body.querySelectorAll('[lang]')]"
                + "   .filter(e => e.lang.split('-')[0] !== page);"
                + " other.forEach(e => { e.dataset.akShown = e.style.display;"
                + "   e.style.display = 'none'; });"
                + " const text = document.body.innerText;"
                + " other.forEach(e => { e.style.display = e.dataset.akShown; });"
                + " return text;"));
  }

  static String lang(Browser browser) {
    return String.valueOf(browser.script("return document.documentElement.lang;"));
  }

  static void switchTo(Browser browser, String tag) {
    browser.driver().findElement(By.cssSelector("[data-language='" + tag + "']")).click();
    browser.await(d -> tag.equals(lang(browser)));
  }

  @Test
  void aManagerWorksEveryScreenInSpanishThenInEnglish() throws Exception {
    Properties spanish = bundle("es");
    Properties english = bundle("en");
    Staff.Member manager =
        Staff.hire("lang-" + UUID.randomUUID().toString().substring(0, 8), "MANAGER");
    try (Browser browser = Browser.signedInAs(manager)) {
      browser.open("");
      assertThat(lang(browser)).as("the store's language before any choice").isEqualTo("en");

      List<String> screens = new ArrayList<>(SCREENS);
      long paid =
          api.placeOrder(Guests.unique("Idioma"), KitchenApi.line(menu.carne, 2))
              .getJsonNumber("orderId")
              .longValue();
      screens.add("pos/receipt.xhtml?order=" + paid);

      switchTo(browser, "es-AR");
      checkEveryScreen(browser, screens, "es-AR", giveaways(english, spanish));
      assertThat(
              KitchenDatabase.text(
                  "SELECT language FROM staff_member WHERE username = ?", manager.username()))
          .as("kept with the account")
          .isEqualTo("es-AR");

      switchTo(browser, "en");
      checkEveryScreen(browser, screens, "en", giveaways(spanish, english));
    }
  }

  private static void checkEveryScreen(
      Browser browser, List<String> screens, String tag, List<String> giveaways) {
    List<String> wrong = new ArrayList<>();
    for (String screen : screens) {
      String text = pageText(browser, screen);
      if (!tag.equals(lang(browser))) {
        wrong.add(screen + " is in " + lang(browser));
      }
      if (text.contains("???")) {
        wrong.add(screen + " shows a missing text (???key???)");
      }
      shown(text, giveaways).forEach(g -> wrong.add(screen + " shows \"" + g + "\""));
    }
    assertThat(wrong).as("screens in " + tag).isEmpty();
  }

  @Test
  void beforeSigningInTheBrowsersLanguageDecidesButTheBoardFollowsTheStore() throws Exception {
    Properties spanish = bundle("es");
    Properties english = bundle("en");
    try (Browser browser = Browser.anonymous("es-AR,es;q=0.9,en;q=0.5")) {
      String login = pageText(browser, "login.xhtml");
      assertThat(lang(browser)).isEqualTo("es-AR");
      assertThat(shown(login, giveaways(english, spanish))).isEmpty();

      String board = pageText(browser, "board");
      assertThat(lang(browser)).as("the store's language (English)").isEqualTo("en");
      assertThat(board).contains(english.getProperty("board.preparing"));
      assertThat(shown(board, giveaways(spanish, english))).isEmpty();
    }
  }

  @Test
  void aRefusedSignInSpeaksTheCallersLanguage() throws Exception {
    Properties spanish = bundle("es");
    Properties english = bundle("en");
    for (String language : List.of("es-AR", "en-US")) {
      HttpResponse<String> refused =
          KitchenApi.anonymous()
              .send(
                  HttpRequest.newBuilder(TestServer.http("api/orders"))
                      .header(
                          "Authorization",
                          "Basic "
                              + Base64.getEncoder()
                                  .encodeToString(
                                      ("nobody-" + UUID.randomUUID() + ":not-the-password")
                                          .getBytes(StandardCharsets.UTF_8)))
                      .header("Accept-Language", language)
                      .GET()
                      .build());
      JsonObject body = Json.object(refused.body());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
      assertThat(body.getString("code")).isEqualTo("auth.wrong-credentials");
      assertThat(body.getString("message"))
          .as(language)
          .isEqualTo(
              (language.startsWith("es") ? spanish : english)
                  .getProperty("refusal.auth.wrong-credentials"));
    }
  }

  @Test
  void aWallScreenKeepsItsLanguageWithItsDeviceLoginNotWithTheCook() throws Exception {
    Staff.Member cook = Staff.cook();
    try (Browser screen = Browser.anonymous()) {
      screen.signIn(cook, true);
      pageText(screen, "kds/fritura");
      switchTo(screen, "es-AR");
      assertThat(
              KitchenDatabase.number(
                  "SELECT count(*) FROM device_login d JOIN staff_member m"
                      + " ON m.id = d.staff_member_id WHERE m.username = ? AND d.language = 'es-AR'",
                  cook.username()))
          .as("the screen's device login")
          .isOne();
      assertThat(
              KitchenDatabase.text(
                  "SELECT coalesce(language, 'none') FROM staff_member WHERE username = ?",
                  cook.username()))
          .as("the cook's own choice is untouched")
          .isEqualTo("none");
      screen.open("kds/fritura");
      assertThat(lang(screen)).isEqualTo("es-AR");
    }
  }
}
