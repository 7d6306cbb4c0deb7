package com.angelskitchen.it.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import com.angelskitchen.it.support.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input to the order API gets a clear 4xx answer and writes nothing. */
@ExtendWith(ArquillianExtension.class)
class OrderValidationIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  final KitchenApi api = new KitchenApi();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "no lines | '{\"customerName\":\"GUEST\",\"lines\":[]}' | an order needs at least one line",
        "quantity 0 | '{\"customerName\":\"GUEST\",\"lines\":[{\"item\":\"Carne\",\"quantity\":0,\"station\":\"fritura\"}]}' | lines[0].quantity: must be greater than or equal to 1",
        "quantity 100 | '{\"customerName\":\"GUEST\",\"lines\":[{\"item\":\"Carne\",\"quantity\":100,\"station\":\"fritura\"}]}' | lines[0].quantity: must be less than or equal to 99",
        "no item | '{\"customerName\":\"GUEST\",\"lines\":[{\"quantity\":1,\"station\":\"fritura\"}]}' | lines[0].item: every line needs an item",
        "bad station | '{\"customerName\":\"GUEST\",\"lines\":[{\"item\":\"Carne\",\"quantity\":1,\"station\":\"<b>\"}]}' | lines[0].station: must be a lower-case station code",
      })
  void refusesAnInvalidOrderWithItsReasonAndStoresNothing(String what, String body, String reason)
      throws Exception {
    String guest = Guests.unique("Invalid");

    HttpResponse<String> response = api.post("api/orders", body.replace("GUEST", guest));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonObject error = Json.object(response.body());
    assertThat(error.getInt("status")).isEqualTo(400);
    assertThat(error.getString("message") + " " + error.getJsonArray("details")).contains(reason);
    assertThat(ordersOf(guest)).isZero();
  }

  @Test
  void refusesABodyThatIsNotJson() {
    HttpResponse<String> response = api.post("api/orders", "{\"lines\": [");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.object(response.body()).getString("message"))
        .isEqualTo("the body is not valid JSON for this request");
  }

  @Test
  void refusesAnEmptyBody() {
    HttpResponse<String> response = api.post("api/orders", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Json.object(response.body()).getString("message"))
        .isEqualTo("the request needs a JSON body");
  }

  @Test
  void answersNotFoundForAnUnknownOrder() {
    HttpResponse<String> response = api.get("api/orders/999999999");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Json.object(response.body()).getString("message")).isEqualTo("no order 999999999");
  }

  static int ordersOf(String guest) throws Exception {
    try (Connection db = TestServer.database();
        PreparedStatement query =
            db.prepareStatement("SELECT count(*) FROM kitchen_order WHERE customer_name = ?")) {
      query.setString(1, guest);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
