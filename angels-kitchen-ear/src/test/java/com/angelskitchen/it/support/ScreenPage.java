package com.angelskitchen.it.support;

import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A kitchen screen (station, expo or board) open in a browser, as a cook or a guest sees it. */
public final class ScreenPage implements AutoCloseable {

  private final Browser browser;

  private ScreenPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens e.g. "kds/fritura", "kds/expo" or "board" and waits until it is live. */
  public static ScreenPage open(String path) throws Exception {
    ScreenPage page = new ScreenPage(Browser.start());
    try {
      page.browser.open(path);
      page.awaitLive();
    } catch (RuntimeException | AssertionError failed) {
      // The caller never gets the page to close: the browser must not outlive the test.
      page.close();
      throw failed;
    }
    return page;
  }

  /** Opens the screen in a browser already signed in (or not, for the board). */
  public static ScreenPage open(Browser browser, String path) {
    ScreenPage page = new ScreenPage(browser);
    browser.open(path);
    page.awaitLive();
    return page;
  }

  public Browser browser() {
    return browser;
  }

  /**
   * Waits until the screen is live. A screen retries a failed connection with a backoff of up to 10
   * s, as a wall screen does all night, so this allows 25 s. (The handshakes that failed right
   * after a redeploy were a push created without its injections, fixed in ConnectedScreens.)
   */
  public void awaitLive() {
    try {
      browser.await(
          ExpectedConditions.textToBe(By.id("ak-link"), "Live"), java.time.Duration.ofSeconds(25));
    } catch (RuntimeException notLive) {
      throw new AssertionError(
          "the screen did not come live; browser console:\n"
              + browser.console()
              + "\nthe test server's latest warnings:\n"
              + ServerLog.recentProblems(ServerLog.testServer(), 6),
          notLive);
    }
  }

  /**
   * Waits until the screen is live again after being cut off: its reconnect backoff grows to at
   * most 10 s (randomised), so this allows 25 s.
   */
  public void awaitLiveAgain() {
    awaitLiveAgain(java.time.Duration.ofSeconds(25));
  }

  public void awaitLiveAgain(java.time.Duration patience) {
    browser.await(ExpectedConditions.textToBe(By.id("ak-link"), "Live"), patience);
  }

  public String linkStatus() {
    return browser.driver().findElement(By.id("ak-link")).getText();
  }

  /** The ticket (station) or order (expo) card of an order number, once it is shown. */
  public WebElement awaitCard(String orderNumber) {
    return browser.await(d -> card(orderNumber).orElse(null));
  }

  public Optional<WebElement> card(String orderNumber) {
    return browser
        .driver()
        .findElements(By.cssSelector("[data-order-number='" + orderNumber + "']"))
        .stream()
        .findFirst();
  }

  public void awaitNoCard(String orderNumber) {
    browser.await(d -> card(orderNumber).isEmpty());
  }

  /** The order numbers of the cards, in the order they are shown. */
  /**
   * The order numbers of a station's cards, in screen order: one per ticket, so an order with an
   * add-on ticket shows twice.
   */
  public List<String> cardNumbers() {
    return cardData("orderNumber");
  }

  /** The tickets of a station's cards, in screen order: each ticket once. */
  public List<String> cardTickets() {
    return cardData("ticketId");
  }

  /**
   * One data attribute of every station card, read in one script: the screen redraws cards as
   * events arrive (and when a new ticket stops flashing), so elements found one call earlier may be
   * gone by the next.
   */
  @SuppressWarnings("unchecked")
  private List<String> cardData(String attribute) {
    return List.copyOf(
        (List<String>)
            browser.script(
                "return [...document.querySelectorAll('#ak-tickets .ak-ticket')]"
                    + ".map(card => card.dataset[arguments[0]]);",
                attribute));
  }

  public List<String> boardNumbers(String column) {
    return browser
        .driver()
        .findElements(By.cssSelector("#" + column + " .ak-board-number"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  public void screenshot(String name) {
    browser.screenshot(name);
  }

  @Override
  public void close() throws Exception {
    browser.close();
  }
}
