package com.angelskitchen.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium, using Debian's chromium and chromedriver (never a
 * downloaded browser). Each instance has a fresh profile and is closed after the test.
 */
public final class Browser implements AutoCloseable {

  private final ChromeDriver driver;
  private final Path profile;
  private final Path downloads;

  private Browser() throws IOException {
    this("en-US,en");
  }

  /** A browser whose Accept-Language is this list (e.g. "es-AR,es"). */
  private Browser(String acceptLanguage) throws IOException {
    profile = Files.createTempDirectory("ak-chromium-");
    downloads = Files.createDirectories(profile.resolve("downloads"));
    ChromeOptions options = new ChromeOptions();
    options.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "intl.accept_languages",
            acceptLanguage));
    options.setBinary(TestServer.property("ak.test.chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        // As a wall screen's kiosk Chromium runs: sound without a tap first (docs/bump-bar.md).
        "--autoplay-policy=no-user-gesture-required",
        "--lang=" + acceptLanguage.split(",")[0],
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(TestServer.property("ak.test.chromedriver")).toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    if (!acceptLanguage.startsWith("en")) {
      // Headless Chromium keeps sending its own Accept-Language whatever the preference says:
      // the header is set on the network layer instead.
      driver.executeCdpCommand("Network.enable", java.util.Map.of());
      driver.executeCdpCommand(
          "Network.setExtraHTTPHeaders",
          java.util.Map.of("headers", java.util.Map.of("Accept-Language", acceptLanguage)));
    }
  }

  /** A browser signed in as the manager, who may open every screen. */
  public static Browser start() throws IOException {
    return signedInAs(Staff.manager());
  }

  /** A browser signed in through the login page as this member. */
  public static Browser signedInAs(Staff.Member member) throws IOException {
    Browser browser = new Browser();
    try {
      browser.signIn(member, false);
    } catch (RuntimeException e) {
      browser.close();
      throw e;
    }
    return browser;
  }

  /** A browser nobody signed in to (customers at the board, or an intruder). */
  public static Browser anonymous() throws IOException {
    return new Browser();
  }

  /** A browser nobody signed in to, asking for these languages (Accept-Language: "es-AR,es"). */
  public static Browser anonymous(String acceptLanguage) throws IOException {
    return new Browser(acceptLanguage);
  }

  /**
   * Signs in on the login page (the one the browser was sent to, or else a fresh one); waits until
   * the login page is left.
   */
  public void signIn(Staff.Member member, boolean keepThisScreenSignedIn) {
    if (!driver.getCurrentUrl().contains("/login.xhtml")) {
      open("login.xhtml");
    }
    driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(member.username());
    driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(member.password());
    if (keepThisScreenSignedIn) {
      driver.findElement(org.openqa.selenium.By.id("keepSignedIn")).click();
    }
    driver.findElement(org.openqa.selenium.By.id("signIn")).click();
    await(d -> !d.getCurrentUrl().contains("login.xhtml"));
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a page of the application, e.g. "orders/". */
  public void open(String path) {
    driver.get(TestServer.http(path).toString());
  }

  /**
   * Waits for a condition on the page, up to ten seconds. Screens redraw a card when it changes, so
   * an element found a moment ago may be gone: the condition is then simply evaluated again.
   */
  public <T> T await(Function<WebDriver, T> condition) {
    return await(condition, Duration.ofSeconds(10));
  }

  /** Waits for a condition up to the given time (e.g. a reconnect after the longest backoff). */
  public <T> T await(Function<WebDriver, T> condition, Duration patience) {
    try {
      return new WebDriverWait(driver, patience)
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException timedOut) {
      // What the page said, and how it looked, when the wait gave up.
      String said;
      try {
        said =
            String.valueOf(
                script(
                    "return Array.from(document.querySelectorAll('.ui-messages, .ui-growl, #messages'))"
                        + ".map(e => e.innerText).join(' | ');"));
        screenshot("timeout-" + System.currentTimeMillis());
      } catch (RuntimeException unreadable) {
        said = "(the page could not be read: " + unreadable + ")";
      }
      throw new TimeoutException(timedOut.getMessage() + "\nThe page says: " + said, timedOut);
    }
  }

  /** Waits until a download whose name starts with {@code prefix} is complete; returns its text. */
  public String downloaded(String prefix) {
    Path file =
        await(
            d -> {
              try (var files = Files.list(downloads)) {
                return files
                    .filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> !f.getFileName().toString().endsWith(".crdownload"))
                    .findFirst()
                    .orElse(null);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the page wrote to its console, for a failing test's message. */
  public String console() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(e -> e.getLevel() + " " + e.getMessage())
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  public Object script(String javascript, Object... arguments) {
    return driver.executeScript(javascript, arguments);
  }

  /**
   * Runs a script that answers later: it calls {@code arguments[arguments.length - 1]} with its
   * result (e.g. after a fetch).
   */
  public Object asyncScript(String javascript, Object... arguments) {
    return driver.executeAsyncScript(javascript, arguments);
  }

  /** Saves a screenshot as target/test-artifacts/screenshots/{name}.png. */
  public Path screenshot(String name) {
    try {
      Path target =
          Files.createDirectories(TestServer.artifacts().resolve("screenshots"))
              .resolve(name + ".png");
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          target,
          StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
