package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.menu.events.StockLevel;
import com.angelskitchen.menu.events.StockLevelsChanged;
import com.angelskitchen.ordering.events.LineVoided;
import com.angelskitchen.ordering.events.OrderAddedTo;
import com.angelskitchen.ordering.events.OrderHeader;
import com.angelskitchen.ordering.events.OrderPlaced;
import com.angelskitchen.ordering.events.OrderReady;
import com.angelskitchen.ordering.events.TicketView;
import com.angelskitchen.stations.boundary.KitchenState;
import com.angelskitchen.stations.events.TicketMoved;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each screen's snapshot and live messages are shaped alike, and say only what it may see. */
class ScreenModelTest {

  static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-07T12:00:00-03:00");

  static final OrderHeader HEADER =
      new OrderHeader(
          7,
          LocalDate.of(2026, 12, 7),
          "A-12",
          "POS",
          "PICKUP",
          "Ana",
          null,
          null,
          false,
          NOON,
          null,
          NOON);

  static TicketView ticket(long id, String station) {
    return new TicketView(
        id,
        7,
        station,
        "OPEN",
        NOON,
        null,
        List.of(
            new TicketView.Line(
                id * 10,
                70,
                1,
                "Empanada de carne",
                "CARNE",
                2,
                List.of("cebolla"),
                List.of("picante"),
                null,
                List.of(),
                false,
                false,
                false,
                List.of(),
                null,
                8)),
        0);
  }

  static final OrderPlaced PLACED =
      new OrderPlaced(
          41,
          HEADER,
          "IN_KITCHEN",
          new BigDecimal("100.00"),
          new BigDecimal("21.00"),
          new BigDecimal("121.00"),
          List.of(ticket(1, "fritura"), ticket(2, "horno")));

  /** The kitchen as it is after {@link #PLACED}. */
  static final KitchenState KITCHEN =
      new KitchenState() {
        @Override
        public List<StationTicket> stationTickets(String station) {
          return PLACED.ticketFor(station).map(t -> new StationTicket(HEADER, t)).stream().toList();
        }

        @Override
        public List<OrderOnThePass> onThePass() {
          return List.of(new OrderOnThePass(HEADER, "IN_KITCHEN", PLACED.tickets()));
        }

        @Override
        public List<OrderProgress> inProgress() {
          return List.of(new OrderProgress(7, "A-12", "IN_KITCHEN"));
        }

        @Override
        public List<StockLevel> lowStock() {
          return List.of(LOW_CARNE);
        }
      };

  static final StockLevel LOW_CARNE =
      new StockLevel(StockLevel.INGREDIENT, "carne", "Carne suave", 3, 5, true);

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }

  @Test
  void everyKitchenScreenShowsLowStockInItsSnapshotAndHearsItsChangesButNotTheBoard() {
    StockLevel restocked =
        new StockLevel(StockLevel.INGREDIENT, "carne", "Carne suave", 40, 5, false);
    StockLevelsChanged changed = new StockLevelsChanged(60, List.of(restocked));

    for (Channel screen : List.of(Channel.station("mostrador"), Channel.EXPO)) {
      JsonObject snapshot = json(ChannelMessages.snapshot(screen, 59, KITCHEN));
      JsonObject low = snapshot.getJsonArray("lowStock").getJsonObject(0);
      assertThat(low.getString("name")).isEqualTo("Carne suave");
      assertThat(low.getInt("count")).isEqualTo(3);
      assertThat(low.getBoolean("alert")).isTrue();

      JsonObject live = json(ChannelMessages.forChannel(changed, screen).orElseThrow());
      assertThat(live.getString("type")).isEqualTo("StockLevelsChanged");
      JsonObject level = live.getJsonObject("data").getJsonArray("levels").getJsonObject(0);
      assertThat(level.getString("code")).isEqualTo("carne");
      assertThat(level.getBoolean("alert")).as("back above its level").isFalse();
    }
    assertThat(ChannelMessages.forChannel(changed, Channel.BOARD)).isEmpty();
    assertThat(json(ChannelMessages.snapshot(Channel.BOARD, 59, KITCHEN)).containsKey("lowStock"))
        .isFalse();
  }

  @Test
  void aStationCardIsTheSameLiveAndInTheSnapshot() {
    Channel horno = Channel.station("horno");

    JsonObject live = json(ChannelMessages.forChannel(PLACED, horno).orElseThrow());
    JsonObject snapshot = json(ChannelMessages.snapshot(horno, 41, KITCHEN));

    assertThat(live.getString("type")).isEqualTo("OrderPlaced");
    assertThat(live.getJsonNumber("sequence").longValue()).isEqualTo(41);
    assertThat(snapshot.getString("type")).isEqualTo("Snapshot");
    assertThat(snapshot.getJsonArray("tickets")).containsExactly(live.getJsonObject("data"));
    assertThat(live.getJsonObject("data").getJsonObject("ticket").getString("station"))
        .isEqualTo("horno");
  }

  @Test
  void anAddOnReachesOnlyItsStationAsItsOwnTicketAndPutsTheOrderBackInTheKitchen() {
    OrderAddedTo added =
        new OrderAddedTo(50, HEADER, "IN_KITCHEN", 1, List.of(addOnTicket(9, "fritura")));

    JsonObject live =
        json(ChannelMessages.forChannel(added, Channel.station("fritura")).orElseThrow());

    assertThat(live.getString("type")).isEqualTo("OrderAddedTo");
    assertThat(live.getJsonObject("data").getJsonObject("ticket").getInt("addOn")).isEqualTo(1);
    assertThat(live.getJsonObject("data").getJsonObject("order").getString("orderNumber"))
        .isEqualTo(HEADER.orderNumber());
    assertThat(ChannelMessages.forChannel(added, Channel.station("horno"))).isEmpty();
    assertThat(
            json(ChannelMessages.forChannel(added, Channel.BOARD).orElseThrow())
                .getJsonObject("data")
                .getString("status"))
        .isEqualTo("IN_KITCHEN");
  }

  @Test
  void aVoidedLineIsShownStruckThroughWithItsReasonAtItsStationOnly() {
    TicketView ticket = ticket(1, "fritura");
    TicketView.Line line = ticket.lines().get(0);
    TicketView struck =
        new TicketView(
            1,
            7,
            "fritura",
            "OPEN",
            NOON,
            null,
            List.of(
                new TicketView.Line(
                    line.ticketLineId(),
                    line.orderLineId(),
                    line.lineNumber(),
                    line.item(),
                    line.kitchenName(),
                    line.quantity(),
                    line.removed(),
                    line.added(),
                    line.note(),
                    line.allergens(),
                    false,
                    false,
                    true,
                    line.choices(),
                    line.bundle(),
                    line.prepMinutes())),
            0);
    LineVoided voided =
        new LineVoided(
            51,
            HEADER,
            "IN_KITCHEN",
            70,
            2,
            "Empanada de carne",
            "guest changed",
            NOON,
            List.of(struck));

    JsonObject data =
        json(ChannelMessages.forChannel(voided, Channel.station("fritura")).orElseThrow())
            .getJsonObject("data");

    assertThat(data.getString("reason")).isEqualTo("guest changed");
    assertThat(data.getJsonNumber("orderLineId").longValue()).isEqualTo(70);
    assertThat(
            data.getJsonObject("ticket")
                .getJsonArray("lines")
                .getJsonObject(0)
                .getBoolean("voided"))
        .isTrue();
    assertThat(ChannelMessages.forChannel(voided, Channel.station("horno"))).isEmpty();
  }

  static TicketView addOnTicket(long id, String station) {
    TicketView first = ticket(id, station);
    return new TicketView(id, 7, station, "OPEN", NOON, null, first.lines(), 1);
  }

  @Test
  void aStationHearsNothingOfAnotherStationsOrder() {
    assertThat(ChannelMessages.forChannel(PLACED, Channel.station("mostrador"))).isEmpty();
    assertThat(
            json(ChannelMessages.snapshot(Channel.station("mostrador"), 41, KITCHEN))
                .getJsonArray("tickets"))
        .isEmpty();
  }

  @Test
  void theBoardSeesNumbersOnlyLiveAndInTheSnapshot() {
    JsonObject live = json(ChannelMessages.forChannel(PLACED, Channel.BOARD).orElseThrow());
    JsonObject snapshot = json(ChannelMessages.snapshot(Channel.BOARD, 41, KITCHEN));

    assertThat(snapshot.getJsonArray("orders")).containsExactly(live.getJsonObject("data"));
    assertThat(live.getJsonObject("data").keySet())
        .containsExactlyInAnyOrder("orderId", "orderNumber", "status");
    assertThat(
            json(ChannelMessages.forChannel(new OrderReady(42, 7, "A-12", NOON), Channel.BOARD)
                    .orElseThrow())
                .getJsonObject("data")
                .getString("status"))
        .isEqualTo("READY");
  }

  @Test
  void theExpoSeesTheWholeEventAndEveryTicket() {
    JsonObject live = json(ChannelMessages.forChannel(PLACED, Channel.EXPO).orElseThrow());
    JsonObject snapshot = json(ChannelMessages.snapshot(Channel.EXPO, 41, KITCHEN));

    assertThat(live.getJsonObject("data").getJsonArray("tickets")).hasSize(2);
    assertThat(snapshot.getJsonArray("orders").getJsonObject(0).getJsonArray("tickets"))
        .isEqualTo(live.getJsonObject("data").getJsonArray("tickets"));
  }

  @Test
  void thePosIsToldTheStatusAndRedrawsFromAnEmptySnapshot() {
    JsonObject live = json(ChannelMessages.forChannel(PLACED, Channel.POS).orElseThrow());
    JsonObject snapshot = json(ChannelMessages.snapshot(Channel.POS, 41, KITCHEN));

    assertThat(live.getJsonObject("data").getString("status")).isEqualTo("IN_KITCHEN");
    assertThat(snapshot.keySet()).containsExactlyInAnyOrder("type", "sequence");
  }

  /** Fritura's ticket 1 of {@link #PLACED}, moved to the oven. */
  static final TicketMoved MOVED =
      new TicketMoved(52, HEADER, "IN_KITCHEN", "fritura", NOON, ticket(1, "horno"));

  /** The kitchen after {@link #MOVED}, as the database tells it: both tickets at the oven. */
  static final KitchenState MOVED_KITCHEN =
      new KitchenState() {
        @Override
        public List<StationTicket> stationTickets(String station) {
          return List.of(MOVED.ticket(), ticket(2, "horno")).stream()
              .filter(t -> t.station().equals(station))
              .map(t -> new StationTicket(HEADER, t))
              .toList();
        }

        @Override
        public List<OrderOnThePass> onThePass() {
          return List.of(
              new OrderOnThePass(
                  HEADER, "IN_KITCHEN", List.of(MOVED.ticket(), ticket(2, "horno"))));
        }

        @Override
        public List<StockLevel> lowStock() {
          return List.of();
        }
      };

  @Test
  void aMovedTicketIsToldToTheStationItLeftTheStationItReachesAndTheExpo() {
    for (Channel screen :
        List.of(Channel.station("fritura"), Channel.station("horno"), Channel.EXPO)) {
      JsonObject live = json(ChannelMessages.forChannel(MOVED, screen).orElseThrow());
      assertThat(live.getString("type")).isEqualTo("TicketMoved");
      assertThat(live.getJsonNumber("sequence").longValue()).isEqualTo(52);
      JsonObject data = live.getJsonObject("data");
      assertThat(data.keySet()).contains("order", "ticket", "fromStation", "orderStatus");
      assertThat(data.getString("fromStation")).isEqualTo("fritura");
      assertThat(data.getString("orderStatus")).isEqualTo("IN_KITCHEN");
      assertThat(data.getJsonObject("ticket").getString("station")).isEqualTo("horno");
      assertThat(data.getJsonObject("ticket").getJsonNumber("ticketId").longValue()).isEqualTo(1);
      assertThat(data.getJsonObject("order").getString("orderNumber")).isEqualTo("A-12");
    }
    assertThat(MOVED.stations()).containsExactly("fritura", "horno");
    assertThat(ChannelMessages.forChannel(MOVED, Channel.station("mostrador"))).isEmpty();
    assertThat(ChannelMessages.forChannel(MOVED, Channel.BOARD)).as("no news for guests").isEmpty();
    assertThat(ChannelMessages.forChannel(MOVED, Channel.POS)).isEmpty();
  }

  @Test
  void afterAMoveTheSnapshotsListTheTicketUnderItsNewStationOnlyAsTheLiveMessageShowsIt() {
    JsonObject live =
        json(ChannelMessages.forChannel(MOVED, Channel.station("horno")).orElseThrow());
    JsonObject card =
        Json.createObjectBuilder()
            .add("order", live.getJsonObject("data").getJsonObject("order"))
            .add("ticket", live.getJsonObject("data").getJsonObject("ticket"))
            .build();

    assertThat(
            json(ChannelMessages.snapshot(Channel.station("fritura"), 52, MOVED_KITCHEN))
                .getJsonArray("tickets"))
        .isEmpty();
    assertThat(
            json(ChannelMessages.snapshot(Channel.station("horno"), 52, MOVED_KITCHEN))
                .getJsonArray("tickets"))
        .hasSize(2)
        .contains(card);
    assertThat(
            json(ChannelMessages.snapshot(Channel.EXPO, 52, MOVED_KITCHEN))
                .getJsonArray("orders")
                .getJsonObject(0)
                .getJsonArray("tickets"))
        .extracting(t -> t.asJsonObject().getString("station"))
        .containsExactly("horno", "horno");
  }

  @Test
  void aLineCarriesItsPrepTimeTarget() {
    JsonObject line =
        json(ChannelMessages.forChannel(PLACED, Channel.station("fritura")).orElseThrow())
            .getJsonObject("data")
            .getJsonObject("ticket")
            .getJsonArray("lines")
            .getJsonObject(0);
    assertThat(line.getInt("prepMinutes")).isEqualTo(8);
  }
}
