package com.angelskitchen.it.support;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The cashier's screen open in a browser, driven the way a cashier taps it. */
public final class PosPage implements AutoCloseable {

  private final Browser browser;

  private PosPage(Browser browser) {
    this.browser = browser;
  }

  /** Opens the POS at tablet size (1024×768) and waits until its push link is live. */
  public static PosPage open() throws Exception {
    return openAs(Staff.manager());
  }

  /** Opens the POS as this member, at tablet size, once its push link is live. */
  public static PosPage openAs(Staff.Member member) throws Exception {
    PosPage page = new PosPage(Browser.signedInAs(member));
    page.browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768));
    page.browser.open("pos/");
    page.browser.await(ExpectedConditions.textToBe(By.id("ak-link"), "Live"));
    return page;
  }

  public Browser browser() {
    return browser;
  }

  /**
   * Starts noting every request the page makes through XMLHttpRequest (PrimeFaces' AJAX, the remote
   * commands included): when it left, when it ended, its status and the start of its body and
   * answer, for a failing test's message.
   */
  public void recordAjax() {
    browser.script(
        "window.akAjax = [];"
            + "const open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;"
            + "XMLHttpRequest.prototype.open = function (method, url) {"
            + "  this.akUrl = url; return open.apply(this, arguments); };"
            + "XMLHttpRequest.prototype.send = function (body) {"
            + "  const n = window.akAjax.length, xhr = this;"
            + "  window.akAjax.push(new Date().toISOString() + ' #' + n + ' sent '"
            + "    + String(body || '').substring(0, 200));"
            + "  xhr.addEventListener('loadend', function () {"
            + "    window.akAjax.push(new Date().toISOString() + ' #' + n + ' ended ' + xhr.status"
            + "      + ' => ' + String(xhr.responseText || '').substring(0, 160)); });"
            + "  return send.apply(this, arguments); };");
  }

  /** What {@link #recordAjax()} has noted so far, with the dialog's and the cart's state. */
  public String ajaxLog() {
    if (browser.script("return typeof jQuery;").equals("undefined")) {
      // The browser is no longer on the POS (e.g. the error page): say where it is instead.
      return "the browser left the POS for "
          + browser.driver().getCurrentUrl()
          + ": "
          + browser.script(
              "return document.body ? document.body.innerText.substring(0, 300) : '';");
    }
    Object log =
        browser.script(
            "return (window.akAjax || ['not recording']).slice(-80).join('\\n')"
                + " + '\\ndialog visible: ' + jQuery('#line-dialog').is(':visible')"
                + " + ', cart lines: ' + jQuery('#pos\\\\:cart .ak-cart-line').length"
                + " + ', messages: ' + jQuery('.ui-messages, .ui-growl').text();");
    return String.valueOf(log);
  }

  /** How many times the page's push link has connected (its first connection is 1). */
  public int pushConnections() {
    Object count =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeScript("return document.documentElement.dataset.kdsConnections || '0';");
    return Integer.parseInt(String.valueOf(count));
  }

  /** Waits until the push link has connected again since it had {@code before} connections. */
  public void awaitPushReconnected(int before) {
    browser.await(
        d -> pushConnections() > before && "Live".equals(d.findElement(By.id("ak-link")).getText()),
        java.time.Duration.ofSeconds(60));
  }

  /** Marks this page load, to prove later that the page was not reloaded. */
  public void markPageLoad() {
    browser.script("window.akTestMarker = 'still the same page';");
  }

  public boolean isSamePageLoad() {
    return "still the same page".equals(browser.script("return window.akTestMarker;"));
  }

  /** Shows the menu tab with this category name. */
  public void openCategory(String categoryName) {
    browser
        .await(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//div[@id='pos:menu']//ul/li/a[normalize-space()='" + categoryName + "']")))
        .click();
  }

  /**
   * Clicks an element once it is shown and enabled; null (wait on) otherwise. The POS redraws its
   * menu when the push link (re)connects or the menu changes, so an element found may be replaced
   * before the click: the wait then finds it again.
   */
  private static Boolean clicked(WebElement element) {
    if (!element.isDisplayed() || !element.isEnabled()) {
      return null;
    }
    element.click();
    return Boolean.TRUE;
  }

  public WebElement itemButton(String itemCode) {
    return browser.await(
        d -> d.findElement(By.cssSelector(".ak-pos-item[data-item='" + itemCode + "']")));
  }

  /** Opens the category's tab, taps the item and waits for the modifier dialog. */
  public void tapItem(String categoryName, String itemCode) {
    By tab = By.xpath("//div[@id='pos:menu']//ul/li/a[normalize-space()='" + categoryName + "']");
    By item = By.cssSelector(".ak-pos-item[data-item='" + itemCode + "']");
    browser.await(
        d -> {
          if (!d.findElement(item).isDisplayed()) {
            d.findElement(tab).click();
            return null;
          }
          return clicked(d.findElement(item));
        });
    browser.await(ExpectedConditions.visibilityOfElementLocated(By.id("line-form:save-line")));
  }

  /**
   * Ticks a choice in the open dialog by its label, e.g. "- Cebolla" or "+ Extra queso ($350.00)"
   * (the price the store's way: the test store writes US dollars).
   */
  public void tick(String label) {
    browser
        .await(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//form[@id='line-form']//label[normalize-space()='" + label + "']")))
        .click();
  }

  /** "Add to order" in the dialog; waits until the cart shows that many lines. */
  public void addToOrder(int linesAfter) {
    browser.driver().findElement(By.id("line-form:save-line")).click();
    browser.await(ExpectedConditions.invisibilityOfElementLocated(By.id("line-dialog")));
    browser.await(d -> cartLines().size() == linesAfter);
  }

  public List<WebElement> cartLines() {
    return browser.driver().findElements(By.cssSelector("#pos\\:cart .ak-cart-line"));
  }

  public void customer(String name) {
    WebElement field = browser.driver().findElement(By.id("pos:customer"));
    field.clear();
    field.sendKeys(name);
  }

  /** Taps Send (nothing awaited: the caller waits for the number or for the refusal). */
  public void send() {
    browser.driver().findElement(By.id("pos:send")).click();
  }

  /**
   * Taps Send twice in a row. PrimeFaces disables the button while its request is on its way, so
   * the second tap re-enables it first, as on a till whose button does not disable itself: both
   * taps reach the server, the second one queued behind the first.
   */
  public void doubleTapSend() {
    browser.script(
        "const send = document.getElementById('pos:send');"
            + " send.click();"
            + " send.disabled = false;"
            + " send.classList.remove('ui-state-disabled');"
            + " send.click();");
  }

  /** Waits until no request of the page is queued or on its way. */
  public void awaitIdle() {
    browser.await(
        d -> Boolean.TRUE.equals(browser.script("return PrimeFaces.ajax.Queue.isEmpty();")));
  }

  /** The error messages shown at the top of the page now (none: empty). */
  public List<String> errors() {
    return browser.driver().findElements(By.cssSelector("#messages .ui-messages-error")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The number the POS shows once the kitchen accepted the order. */
  public String awaitSentNumber() {
    return browser.await(d -> d.findElement(By.cssSelector(".ak-sent-number"))).getText();
  }

  /** The error message shown at the top of the page. */
  public String awaitError() {
    return browser
        .await(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .ui-messages-error")))
        .getText();
  }

  /** The row of today's orders list for an order number. */
  public WebElement orderRow(String number) {
    return browser.await(
        d ->
            d.findElements(By.cssSelector("#orders\\:list_data tr")).stream()
                .filter(
                    tr ->
                        tr.findElements(By.cssSelector(".ak-order-number")).stream()
                            .anyMatch(td -> td.getText().equals(number)))
                .findFirst()
                .orElse(null));
  }

  /**
   * Clicks a button of an order's row in today's orders ({@code ".ak-pay"}, {@code ".ak-refund"}):
   * the tender dialog opens. The list is redrawn whenever the kitchen moves, so a row found a
   * moment ago may be gone: the click is tried again until it lands.
   */
  /**
   * Chooses an option of a drop-down (a PrimeFaces select menu) as a cashier does: opens it, taps
   * the option and looks at the menu's label. A tap that did not take (it landed while the list was
   * still opening) is made again, as the cashier would on seeing the old choice.
   *
   * @param selectId the menu's client id, e.g. "tender-form:discount-reason"
   */
  public void choose(String selectId, String label) {
    By option =
        By.xpath(
            "//li[@data-label='"
                + label
                + "' and starts-with(@id, '"
                + selectId
                + "_') and not(ancestor::*[contains(@style,'display: none')])]");
    By shown = By.id(selectId + "_label");
    for (int attempt = 1; ; attempt++) {
      boolean listOpen =
          browser.driver().findElements(option).stream().anyMatch(WebElement::isDisplayed);
      if (!listOpen) {
        browser.await(ExpectedConditions.elementToBeClickable(By.id(selectId))).click();
      }
      browser.await(ExpectedConditions.elementToBeClickable(option)).click();
      try {
        browser.await(
            ExpectedConditions.textToBe(shown, label),
            java.time.Duration.ofSeconds(attempt < 3 ? 3 : 10));
        return;
      } catch (org.openqa.selenium.TimeoutException notTaken) {
        if (attempt == 3) {
          throw notTaken;
        }
      }
    }
  }

  public void openTender(String number, String button) {
    browser.await(
        d -> {
          orderRow(number).findElement(By.cssSelector(button)).click();
          return true;
        });
  }

  /** A CSS property as the browser computed it, e.g. "color". */
  public String computed(WebElement element, String property) {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return getComputedStyle(arguments[0]).getPropertyValue(arguments[1]);",
                element,
                property);
  }

  public void screenshot(String name) {
    browser.screenshot(name);
  }

  @Override
  public void close() throws Exception {
    browser.close();
  }
}
