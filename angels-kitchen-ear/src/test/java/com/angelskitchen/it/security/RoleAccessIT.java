package com.angelskitchen.it.security;

import static com.angelskitchen.it.support.KitchenApi.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Staff;
import com.angelskitchen.it.support.StationScreen;
import com.angelskitchen.it.support.TestServer;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who reaches what: every role on every kind of screen, the API and the kitchen socket, plus
 * anonymous visitors. 200 where the role belongs, 403 elsewhere; anonymous users go to the login
 * page (pages) or get 401 (API, sockets); the customers' board stays open.
 */
class RoleAccessIT extends EarTestBase {

  private static final String[] PAGES = {
    "pos/",
    "orders/",
    "kds/fritura",
    "kds/expo",
    "admin/menu.xhtml",
    "admin/staff.xhtml",
    "admin/audit.xhtml"
  };

  @EmpanadaMenu KitchenSetup menu;

  @Test
  void eachRoleReachesItsOwnPagesAndGets403Elsewhere() {
    Map<Staff.Member, String[]> allowed = new LinkedHashMap<>();
    allowed.put(Staff.cashier(), new String[] {"pos/", "orders/"});
    allowed.put(Staff.cook(), new String[] {"kds/fritura"});
    allowed.put(Staff.expo(), new String[] {"kds/expo"});
    allowed.put(Staff.manager(), PAGES);
    allowed.forEach(
        (member, own) -> {
          KitchenApi as = new KitchenApi(member);
          for (String page : PAGES) {
            int expected = java.util.Arrays.asList(own).contains(page) ? 200 : 403;
            assertThat(as.get(page).statusCode())
                .as(member.username() + " opening " + page)
                .isEqualTo(expected);
          }
        });
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPageExceptForTheBoard() {
    KitchenApi anonymous = KitchenApi.anonymous();
    for (String page : PAGES) {
      HttpResponse<String> response = anonymous.get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElse(""))
          .as(page)
          .contains("/login.xhtml?next=%2F" + page.replace("/", "%2F"));
    }
    assertThat(anonymous.get("board").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("login.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void theApiRefusesAnonymousAndWrongRoleCallers() {
    String order = KitchenApi.order(Guests.unique("Roles"), line(menu.carne, 1)).json();

    HttpResponse<String> anonymous = KitchenApi.anonymous().post("api/orders", order);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.body()).contains("\"status\":401");
    assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElse(""))
        .as("no Basic challenge: a browser would prompt, then send the password cross-site")
        .startsWith("KitchenBasic");

    HttpResponse<String> cook = new KitchenApi(Staff.cook()).post("api/orders", order);
    assertThat(cook.statusCode()).isEqualTo(403);
    assertThat(cook.body()).contains("\"status\":403");

    HttpResponse<String> cashier = new KitchenApi(Staff.cashier()).post("api/orders", order);
    assertThat(cashier.statusCode()).as(cashier.body()).isEqualTo(201);
    long orderId =
        com.angelskitchen.it.support.Json.object(cashier.body())
            .getJsonNumber("orderId")
            .longValue();
    long ticket = api.ticket(orderId, "fritura").getJsonNumber("ticketId").longValue();

    assertThat(new KitchenApi(Staff.cashier()).post("api/tickets/" + ticket + "/bump").statusCode())
        .as("a cashier cannot bump a station's ticket")
        .isEqualTo(403);
    assertThat(new KitchenApi(Staff.cook()).post("api/tickets/" + ticket + "/bump").statusCode())
        .isEqualTo(200);
    assertThat(new KitchenApi(Staff.cook()).get("api/staff").statusCode()).isEqualTo(403);
    assertThat(
            new KitchenApi(Staff.cashier())
                .put("api/menu/items/" + menu.carne + "/availability", "{\"available\":false}")
                .statusCode())
        .as("a cashier cannot 86 an item")
        .isEqualTo(403);
    assertThat(KitchenApi.anonymous().get("api/orders").statusCode()).isEqualTo(401);
    assertThat(KitchenApi.anonymous().get("api/health").statusCode()).isEqualTo(200);
    assertThat(api.get("api/staff").statusCode()).isEqualTo(200);
  }

  @Test
  void theKitchenSocketRefusesAnonymousAndWrongRoleSubscriptions() throws Exception {
    assertThat(StationScreen.handshakeStatus("fritura", null)).isEqualTo(401);
    assertThat(StationScreen.handshakeStatus("expo", null)).isEqualTo(401);
    assertThat(StationScreen.handshakeStatus("pos", null)).isEqualTo(401);
    assertThat(StationScreen.handshakeStatus("fritura", Staff.cashier())).isEqualTo(403);
    assertThat(StationScreen.handshakeStatus("expo", Staff.cook())).isEqualTo(403);
    assertThat(StationScreen.handshakeStatus("pos", Staff.cook())).isEqualTo(403);

    assertThat(StationScreen.handshakeStatus("fritura", Staff.cook(), "http://evil.example"))
        .as("another site's page cannot open the socket with the cook's credentials")
        .isEqualTo(403);
    assertThat(
            StationScreen.handshakeStatus(
                "fritura", Staff.cook(), TestServer.base().toString().replaceAll("/$", "")))
        .as("this site's own pages can")
        .isEqualTo(101);

    try (StationScreen cook = StationScreen.open("fritura", Staff.cook())) {
      assertThat(cook.next().getString("type")).isEqualTo("Welcome");
    }
    try (StationScreen board = StationScreen.open("board", null)) {
      assertThat(board.next().getString("type"))
          .as("the customers' board needs no login")
          .isEqualTo("Welcome");
    }
  }
}
