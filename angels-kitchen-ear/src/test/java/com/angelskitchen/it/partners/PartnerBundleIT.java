package com.angelskitchen.it.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.angelskitchen.it.support.DozenMenu;
import com.angelskitchen.it.support.EarTestBase;
import com.angelskitchen.it.support.EmpanadaMenu;
import com.angelskitchen.it.support.Guests;
import com.angelskitchen.it.support.KitchenDatabase;
import com.angelskitchen.it.support.KitchenSetup;
import com.angelskitchen.it.support.Partners;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An Uber Eats order for a dozen, flavours mixed: its options (with how many of each, in their
 * modifier groups) are translated into the dozen's choices, and each flavour is routed to its own
 * station; a dozen whose flavours cannot all be matched still reaches the kitchen, flagged.
 */
class PartnerBundleIT extends EarTestBase {

  static final Duration PATIENCE = Duration.ofSeconds(30);

  final Partners partners = new Partners();
  @EmpanadaMenu KitchenSetup menu;
  DozenMenu dozen;

  @BeforeEach
  void aDozenOnTheMenu() {
    dozen = DozenMenu.on(api, menu);
  }

  private long placedFor(String guest, UberOrder order, String orderId) {
    partners.uberHolds(orderId, order.json());
    assertThat(
            partners
                .uberWebhook(Partners.uberNotification(UUID.randomUUID().toString(), orderId))
                .statusCode())
        .isEqualTo(200);
    await("the partner's order is placed")
        .atMost(PATIENCE)
        .until(() -> KitchenDatabase.ordersOf(guest) == 1);
    return KitchenDatabase.number("SELECT id FROM kitchen_order WHERE customer_name = ?", guest);
  }

  @Test
  void aPartnersMixedDozenIsTranslatedFaithfullyAndEachFlavourGoesToItsStation() {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Docena Uber");
    long id =
        placedFor(
            guest,
            new UberOrder(orderId, guest)
                .chosen(
                    dozen.docena,
                    "Docena de empanadas",
                    new String[] {dozen.sabores, "carne", "5"},
                    new String[] {dozen.sabores, "humita", "7"},
                    new String[] {dozen.salsa, "criolla", "1"}),
            orderId);

    JsonObject order = api.order(id);
    JsonArray lines = order.getJsonArray("lines");
    assertThat(lines).hasSize(3);
    JsonObject bundle = lines.getJsonObject(0);
    assertThat(bundle.getString("itemCode")).isEqualTo(dozen.docena);
    assertThat(bundle.getBoolean("bundle")).isTrue();
    assertThat(
            bundle.getJsonArray("choices").stream()
                .map(
                    c ->
                        c.asJsonObject().getString("name") + "×" + c.asJsonObject().getInt("count"))
                .toList())
        .containsExactly("Carne×5", "Humita×7", "Criolla×1");
    JsonObject fried = api.ticket(id, "fritura").getJsonArray("lines").getJsonObject(0);
    assertThat(fried.getString("kitchenName")).isEqualTo("CARNE");
    assertThat(fried.getInt("quantity")).isEqualTo(5);
    assertThat(fried.getString("bundle")).isEqualTo("DOCENA");
    JsonObject baked = api.ticket(id, "horno").getJsonArray("lines").getJsonObject(0);
    assertThat(baked.getString("kitchenName")).isEqualTo("HUMITA");
    assertThat(baked.getInt("quantity")).isEqualTo(7);
    assertThat(
            api.ticket(id, "mostrador")
                .getJsonArray("lines")
                .getJsonObject(0)
                .getString("kitchenName"))
        .isEqualTo("DOCENA");
    await("Uber Eats is told the order was accepted")
        .atMost(PATIENCE)
        .until(
            () -> !partners.callsTo("/v1/eats/orders/" + orderId + "/accept_pos_order").isEmpty());
  }

  @Test
  void aDozenWithAFlavourTheMenuDoesNotKnowIsFlaggedNotDropped() {
    String orderId = Partners.newOrderId();
    String guest = Guests.unique("Docena rara");
    long id =
        placedFor(
            guest,
            new UberOrder(orderId, guest)
                .chosen(
                    dozen.docena,
                    "Docena de empanadas",
                    new String[] {dozen.sabores, "carne", "6"},
                    new String[] {dozen.sabores, "pollo-al-verdeo", "6"},
                    new String[] {dozen.salsa, "criolla", "1"}),
            orderId);

    JsonObject line = api.order(id).getJsonArray("lines").getJsonObject(0);
    assertThat(line.getBoolean("unmapped")).as("flagged for the kitchen").isTrue();
    assertThat(line.getString("note")).contains("carne ×6", "pollo-al-verdeo ×6", "criolla");
  }
}
