package com.angelskitchen.it.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.it.support.Deployments;
import com.angelskitchen.it.support.Json;
import com.angelskitchen.it.support.KitchenApi;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Order numbers restart at 1 every business day and follow each other within the day (all days
 * share one database sequence; each day has its own base). Only one business day is numbered at a
 * time — the one the orders are placed in — so the test numbers its days one after the other.
 */
@ExtendWith(ArquillianExtension.class)
class OrderNumberingIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.earWithServerHelpers(OrderNumberProbe.class);
  }

  final KitchenApi api = new KitchenApi();

  @Test
  void eachBusinessDayCountsFromOne() {
    LocalDate friday = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
    LocalDate saturday = friday.plusDays(1);

    assertThat(next(friday)).isEqualTo(1);
    assertThat(next(friday)).isEqualTo(2);
    assertThat(next(friday)).isEqualTo(3);
    assertThat(next(saturday)).isEqualTo(1);
    assertThat(next(saturday)).isEqualTo(2);
  }

  private int next(LocalDate day) {
    HttpResponse<String> response = api.post("it/order-numbers?day=" + day);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.object(response.body()).getInt("number");
  }
}
