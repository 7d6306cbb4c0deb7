package com.angelskitchen.web.kds;

import static com.angelskitchen.web.kds.Events.lineBumped;
import static com.angelskitchen.web.kds.Events.menuChanged;
import static com.angelskitchen.web.kds.Events.orderReady;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConnectedScreensTest {

  private final ConnectedScreens cut = new ConnectedScreens();
  private final FakeTimers timers = new FakeTimers();
  private final FakeClock clock = new FakeClock();

  private final FakeSession fritura = new FakeSession("fritura-1", "cook");
  private final FakeSession horno = new FakeSession("horno-1", "cook2");
  private final FakeSession expo = new FakeSession("expo-1", "expo");
  private final FakeSession board = new FakeSession("board-1");
  private final FakeSession pos = new FakeSession("pos-1", "cashier");

  @BeforeEach
  void wire() {
    cut.timers = timers;
    cut.nanoTime = clock;
  }

  /** A screen that connected and caught up to sequence 40. */
  private ScreenConnection live(FakeSession socket, Channel channel) {
    ScreenConnection screen = cut.connected(socket.session, channel);
    screen.caughtUpTo(40);
    return screen;
  }

  private void publish(KitchenEvent event) {
    cut.publish(cut.prepare(event));
  }

  private List<String> received(FakeSession socket) {
    return socket.drain(timers.pump);
  }

  private static JsonObject json(String message) {
    try (var reader = Json.createReader(new StringReader(message))) {
      return reader.readObject();
    }
  }

  private static String typeAndSequence(String message) {
    JsonObject json = json(message);
    return json.getString("type") + " " + json.getJsonNumber("sequence").longValue();
  }

  private List<String> eventsReceived(FakeSession socket) {
    return received(socket).stream().map(ConnectedScreensTest::typeAndSequence).toList();
  }

  @Test
  void knowsEachScreenByItsSession() {
    ScreenConnection screen = cut.connected(fritura.session, Channel.station("fritura"));
    cut.connected(expo.session, Channel.EXPO);

    assertThat(cut.of(fritura.session)).isSameAs(screen);
    assertThat(screen.channel()).isEqualTo(Channel.station("fritura"));
    assertThat(cut.of(board.session)).isNull();
    assertThat(cut.connectedScreens()).isEqualTo(2);
  }

  @Test
  void sendsThroughThePushsPump() {
    cut.connected(fritura.session, Channel.station("fritura")).send("Welcome");

    assertThat(fritura.sent).isEmpty();
    assertThat(received(fritura)).containsExactly("Welcome");
  }

  @Test
  void forgetsADisconnectedScreenAndSendsItNothingMore() {
    ScreenConnection screen = live(fritura, Channel.station("fritura"));
    live(horno, Channel.station("horno"));

    cut.disconnected(fritura.session);
    publish(lineBumped(41, "fritura"));

    assertThat(cut.of(fritura.session)).isNull();
    assertThat(cut.connectedScreens()).isEqualTo(1);
    assertThat(screen.isLive()).isFalse();
    assertThat(received(fritura)).isEmpty();
  }

  @Test
  void toleratesADisconnectionReportedTwice() {
    live(fritura, Channel.station("fritura"));
    live(horno, Channel.station("horno"));

    // KitchenSocket reports both the error and the close of a failed socket.
    cut.disconnected(fritura.session);
    cut.disconnected(fritura.session);
    cut.disconnected(board.session);

    assertThat(cut.connectedScreens()).isEqualTo(1);
  }

  @Test
  void aStationScreenHearsOnlyItsOwnStationsEvents() {
    live(fritura, Channel.station("fritura"));
    live(horno, Channel.station("horno"));

    publish(lineBumped(41, "fritura"));
    publish(lineBumped(42, "horno"));
    publish(orderReady(43));
    publish(menuChanged(44));

    assertThat(eventsReceived(fritura)).containsExactly("LineBumped 41");
    assertThat(eventsReceived(horno)).containsExactly("LineBumped 42");
  }

  @Test
  void theExpoHearsEverything() {
    live(expo, Channel.EXPO);

    publish(lineBumped(41, "fritura"));
    publish(lineBumped(42, "horno"));
    publish(orderReady(43));
    publish(menuChanged(44));

    assertThat(eventsReceived(expo))
        .containsExactly("LineBumped 41", "LineBumped 42", "OrderReady 43", "MenuChanged 44");
  }

  @Test
  void theBoardHearsOrderNumbersOnly() {
    live(board, Channel.BOARD);

    publish(lineBumped(41, "fritura"));
    publish(orderReady(42));
    publish(menuChanged(43));

    List<String> messages = received(board);
    assertThat(messages).hasSize(1);
    JsonObject ready = json(messages.get(0));
    assertThat(typeAndSequence(messages.get(0))).isEqualTo("OrderReady 42");
    assertThat(ready.getJsonObject("data").keySet())
        .containsExactlyInAnyOrder("orderId", "orderNumber", "status");
    assertThat(ready.getJsonObject("data").getString("status")).isEqualTo("READY");
  }

  @Test
  void thePosHearsOrderStatusesAndMenuChanges() {
    live(pos, Channel.POS);

    publish(lineBumped(41, "fritura"));
    publish(orderReady(42));
    publish(menuChanged(43));

    assertThat(eventsReceived(pos)).containsExactly("OrderReady 42", "MenuChanged 43");
  }

  @Test
  void buildsEachChannelsMessageOnceForAllItsScreens() {
    FakeSession secondExpo = new FakeSession("expo-2", "expo");
    live(expo, Channel.EXPO);
    live(secondExpo, Channel.EXPO);

    publish(orderReady(41));

    assertThat(received(expo).get(0)).isSameAs(received(secondExpo).get(0));
  }

  @Test
  void reachesScreensThatConnectedAfterTheEventWasPrepared() {
    Publication prepared = cut.prepare(lineBumped(41, "horno"));
    live(horno, Channel.station("horno"));

    cut.publish(prepared);

    assertThat(eventsReceived(horno)).containsExactly("LineBumped 41");
  }

  @Test
  void keepsEventsForAScreenThatIsStillCatchingUp() {
    ScreenConnection screen = cut.connected(expo.session, Channel.EXPO);

    publish(orderReady(41));
    assertThat(received(expo)).isEmpty();

    screen.caughtUpTo(40);
    assertThat(eventsReceived(expo)).containsExactly("OrderReady 41");
  }

  @Test
  void closesTheScreensThatWereSilentTooLong() {
    ScreenConnection talkative = live(fritura, Channel.station("fritura"));
    ScreenConnection silent = live(horno, Channel.station("horno"));
    clock.advance(Duration.ofSeconds(20));
    talkative.heard();
    clock.advance(Duration.ofSeconds(11));

    cut.closeSilent(Duration.ofSeconds(30).toNanos());

    assertThat(horno.closedWith()).isEqualTo(CloseCodes.GOING_AWAY);
    assertThat(silent.isLive()).isFalse();
    assertThat(fritura.closes).isEmpty();
    assertThat(talkative.isLive()).isTrue();
  }

  @Test
  void sendsHeartbeatsToLiveScreensOnly() {
    live(fritura, Channel.station("fritura"));
    cut.connected(horno.session, Channel.station("horno")); // still catching up
    ScreenConnection closed = live(expo, Channel.EXPO);
    closed.markClosed();

    cut.sendToAllLive("Heartbeat");

    assertThat(received(fritura)).containsExactly("Heartbeat");
    assertThat(received(horno)).isEmpty();
    assertThat(received(expo)).isEmpty();
  }

  @Test
  void closesEveryScreenOfAChannel() {
    FakeSession secondFritura = new FakeSession("fritura-2", "cook2");
    live(fritura, Channel.station("fritura"));
    live(secondFritura, Channel.station("fritura"));
    live(horno, Channel.station("horno"));
    CloseReason renamed = new CloseReason(CloseCodes.SERVICE_RESTART, "station renamed");

    cut.closeChannel("fritura", renamed);

    assertThat(fritura.closes).containsExactly(renamed);
    assertThat(secondFritura.closes).containsExactly(renamed);
    assertThat(horno.closes).isEmpty();
  }

  @Test
  void closesTheScreensOfOneMember() {
    FakeSession cooksExpo = new FakeSession("expo-2", "cook");
    live(fritura, Channel.station("fritura"));
    live(cooksExpo, Channel.EXPO);
    live(horno, Channel.station("horno"));
    live(board, Channel.BOARD);
    CloseReason changed = new CloseReason(CloseCodes.VIOLATED_POLICY, "the account changed");

    cut.closeMember("cook", changed);

    assertThat(fritura.closes).containsExactly(changed);
    assertThat(cooksExpo.closes).containsExactly(changed);
    assertThat(horno.closes).isEmpty();
    assertThat(board.closes).isEmpty();
  }
}
