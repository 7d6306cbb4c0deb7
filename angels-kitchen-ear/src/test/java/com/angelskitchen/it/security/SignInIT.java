package com.angelskitchen.it.security;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.TestServer;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Signing in as a browser does it, over plain HTTP: the login form, the session id renewed at
 * login, device logins, throttled wrong passwords, disabled accounts, the CSRF guards of pages and
 * API, and the security headers.
 */
class SignInIT extends EarTestBase {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** A browser-like client: keeps cookies, does not follow redirects. */
  static final class Visitor {
    final CookieManager cookies = new CookieManager();
    final HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();

    HttpResponse<String> get(String path) throws Exception {
      return http.send(
          HttpRequest.newBuilder(TestServer.http(path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
      String body =
          fields.entrySet().stream()
              .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
              .collect(Collectors.joining("&"));
      return http.send(
          HttpRequest.newBuilder(TestServer.http(path))
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json, String... headers) throws Exception {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(TestServer.http(path))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json));
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Fills in and sends the login page's form; answers the form's response. */
    HttpResponse<String> signIn(Staff.Member member, String password, boolean keep)
        throws Exception {
      HttpResponse<String> page = get("login.xhtml");
      assertThat(page.statusCode()).isEqualTo(200);
      Map<String, String> form = new LinkedHashMap<>();
      form.put("login", "login");
      form.put("username", member.username());
      form.put("password", password);
      if (keep) {
        form.put("keepSignedIn", "on");
      }
      form.put("signIn", "Sign in");
      form.put("jakarta.faces.ViewState", viewState(page.body()));
      return postForm("login.xhtml", form);
    }

    String cookie(String name) {
      return cookies.getCookieStore().getCookies().stream()
          .filter(c -> c.getName().equals(name))
          .map(HttpCookie::getValue)
          .findFirst()
          .orElse(null);
    }
  }

  @Test
  void signingInRenewsTheSessionIdAndLeadsBackToTheAskedPage() throws Exception {
    Visitor visitor = new Visitor();
    HttpResponse<String> asked = visitor.get("pos/");
    assertThat(asked.statusCode()).isEqualTo(302);
    visitor.get("login.xhtml");
    String before = visitor.cookie("JSESSIONID");
    assertThat(before).isNotNull();

    HttpResponse<String> page = visitor.get("login.xhtml?next=%2Fpos%2F");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("next", "/pos/");
    form.put("username", Staff.cashier().username());
    form.put("password", Staff.cashier().password());
    form.put("signIn", "Sign in");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    HttpResponse<String> signedIn = visitor.postForm("login.xhtml", form);

    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/pos/");
    assertThat(visitor.cookie("JSESSIONID"))
        .as("a new session id after login")
        .isNotEqualTo(before);
    assertThat(visitor.get("pos/").statusCode()).isEqualTo(200);
  }

  @Test
  void anOffsiteNextPageIsIgnored() throws Exception {
    Visitor visitor = new Visitor();
    HttpResponse<String> page = visitor.get("login.xhtml");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("next", "//evil.example/steal");
    form.put("username", Staff.cashier().username());
    form.put("password", Staff.cashier().password());
    form.put("signIn", "Sign in");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    HttpResponse<String> signedIn = visitor.postForm("login.xhtml", form);
    assertThat(signedIn.headers().firstValue("Location").orElse(""))
        .startsWith(TestServer.base().toString())
        .doesNotContain("evil");
  }

  @Test
  void repeatedWrongPasswordsAreThrottledEvenForTheRightPassword() throws Exception {
    Staff.Member member = Staff.hire("throttled-" + suffix(), "CASHIER");
    Staff.Member guessing = new Staff.Member(member.username(), "not-the-password", "CASHIER");
    for (int i = 0; i < 5; i++) {
      assertThat(new KitchenApi(guessing).get("api/orders").statusCode()).isEqualTo(401);
    }
    HttpResponse<String> paused = new KitchenApi(member).get("api/orders");
    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(429);
    assertThat(paused.headers().firstValue("Retry-After")).isPresent();
    assertThat(paused.body()).contains("too many wrong passwords");

    HttpResponse<String> page = new Visitor().signIn(member, member.password(), false);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Too many wrong passwords. Try again in");
  }

  @Test
  void aDisabledMemberCannotSignInAnyMore() throws Exception {
    Staff.Member member = Staff.hire("leaving-" + suffix(), "CASHIER");
    KitchenApi asMember = new KitchenApi(member);
    assertThat(asMember.get("api/orders").statusCode()).isEqualTo(200);
    Visitor openTab = new Visitor();
    assertThat(openTab.signIn(member, member.password(), false).statusCode()).isEqualTo(302);
    assertThat(openTab.get("pos/").statusCode()).isEqualTo(200);

    HttpResponse<String> disabled =
        api.put("api/staff/" + member.username(), "{\"enabled\":false}");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

    assertThat(asMember.get("api/orders").statusCode())
        .as("a credential verified before is forgotten when the member is disabled")
        .isEqualTo(401);
    assertThat(openTab.get("pos/").statusCode())
        .as("a session signed in before the member was disabled is over")
        .isEqualTo(302);
    HttpResponse<String> page = new Visitor().signIn(member, member.password(), false);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Wrong username or password, or the account is disabled.");
  }

  @Test
  void aWallScreenStaysSignedInWithoutItsSessionUntilItsPasswordIsReset() throws Exception {
    Staff.Member cook = Staff.hire("wall-" + suffix(), "COOK");
    KitchenSetup.empanadaMenu(api);
    Visitor screen = new Visitor();
    assertThat(screen.signIn(cook, cook.password(), true).statusCode()).isEqualTo(302);
    String device = screen.cookie("AK_DEVICE");
    assertThat(device).as("a device login cookie").isNotNull();

    // A restart or a lost session leaves the screen with its device cookie only.
    Visitor afterRestart = new Visitor();
    HttpCookie only = new HttpCookie("AK_DEVICE", device);
    only.setPath("/");
    afterRestart.cookies.getCookieStore().add(TestServer.base(), only);
    assertThat(afterRestart.get("kds/fritura").statusCode()).isEqualTo(200);

    api.put("api/staff/" + cook.username() + "/password", "{\"password\":\"a-new-password-1\"}");
    Visitor revoked = new Visitor();
    revoked.cookies.getCookieStore().add(TestServer.base(), only);
    assertThat(revoked.get("kds/fritura").statusCode())
        .as("a password reset signs the member's screens out")
        .isEqualTo(302);
  }

  @Test
  void pageFormsWithoutOrWithAForeignViewStateAreRefused() throws Exception {
    Visitor cashier = new Visitor();
    assertThat(cashier.signIn(Staff.cashier(), Staff.cashier().password(), false).statusCode())
        .isEqualTo(302);
    HttpResponse<String> pos = cashier.get("pos/");
    assertThat(pos.statusCode()).isEqualTo(200);

    Map<String, String> send = new LinkedHashMap<>();
    send.put("pos", "pos");
    send.put("pos:customer", "Forged");
    HttpResponse<String> noViewState = cashier.postForm("pos/index.xhtml", send);
    assertThat(noViewState.statusCode()).isEqualTo(403);
    assertThat(noViewState.body()).contains("no view state").contains("nothing was changed");

    send.put("jakarta.faces.ViewState", "-1234567890:987654321");
    HttpResponse<String> forged = cashier.postForm("pos/index.xhtml", send);
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.body()).contains("This page expired");

    // The view state of another visitor's page is no good either: it is bound to its session.
    Visitor other = new Visitor();
    other.signIn(Staff.cashier(), Staff.cashier().password(), false);
    send.put("jakarta.faces.ViewState", viewState(other.get("pos/").body()));
    assertThat(cashier.postForm("pos/index.xhtml", send).statusCode()).isEqualTo(403);
  }

  @Test
  void browserWritesToTheApiNeedTheApplicationsOwnHeader() throws Exception {
    KitchenSetup menu = KitchenSetup.empanadaMenu(api);
    Visitor cashier = new Visitor();
    cashier.signIn(Staff.cashier(), Staff.cashier().password(), false);
    String order = KitchenApi.order(Guests.unique("Csrf"), line(menu.carne, 1)).json();

    HttpResponse<String> crossSite = cashier.postJson("api/orders", order);
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(crossSite.body()).contains("X-Kitchen-Client");

    HttpResponse<String> ownScript =
        cashier.postJson("api/orders", order, "X-Kitchen-Client", "pos");
    assertThat(ownScript.statusCode()).as(ownScript.body()).isEqualTo(201);
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"login.xhtml", "board", "api/health"}) {
      HttpResponse<String> response = new Visitor().get(path);
      assertThat(response.headers().firstValue("Content-Security-Policy").orElse(""))
          .as(path)
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }
    assertThat(new Visitor().get("login.xhtml").headers().allValues("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c).contains("JSESSIONID").contains("HttpOnly").contains("SameSite=Lax"));
  }

  /**
   * A busy kitchen: several screens signed in through the login page, each asking at once, keep
   * their roles on every request. (Payara's own session registration lost the groups of about 1
   * request in 20 with eight busy sessions: a cook's bump answered 403.)
   */
  @Test
  void signedInSessionsKeepTheirRolesWhileOthersAskAtTheSameTime() throws Exception {
    List<Staff.Member> staff =
        List.of(Staff.cook(), Staff.expo(), Staff.cashier(), Staff.manager());
    List<Visitor> screens = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Staff.Member member = staff.get(i % staff.size());
      Visitor screen = new Visitor();
      assertThat(screen.signIn(member, member.password(), false).statusCode()).isEqualTo(302);
      screens.add(screen);
    }
    ExecutorService together = Executors.newFixedThreadPool(screens.size());
    try {
      List<Future<List<String>>> asked = new ArrayList<>();
      for (Visitor screen : screens) {
        asked.add(
            together.submit(
                () -> {
                  List<String> refused = new ArrayList<>();
                  for (int i = 0; i < 100; i++) {
                    HttpResponse<String> stations = screen.get("api/stations");
                    if (stations.statusCode() != 200) {
                      refused.add(stations.statusCode() + " " + stations.body());
                    }
                  }
                  return refused;
                }));
      }
      List<String> refused = new ArrayList<>();
      for (Future<List<String>> answers : asked) {
        refused.addAll(answers.get());
      }
      assertThat(refused).as("answers other than 200 among 800").isEmpty();
    } finally {
      together.shutdownNow();
    }
  }

  static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    assertThat(m.find()).as("the page has a view state").isTrue();
    return m.group(1);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
