package com.angelskitchen.web.kds;

import static com.angelskitchen.web.kds.Events.lineBumped;
import static org.assertj.core.api.Assertions.assertThat;

import com.angelskitchen.kitchenlog.events.KitchenEvent;
import com.angelskitchen.stations.boundary.KitchenState;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.websocket.CloseReason.CloseCodes;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScreenSyncTest {

  /** What the screens show right now: nothing, but it says whose snapshot was asked for. */
  private static final class Kitchen extends KitchenState {
    final List<String> snapshots = new ArrayList<>();

    @Override
    public List<StationTicket> stationTickets(String station) {
      snapshots.add(station);
      return List.of();
    }

    @Override
    public List<OrderOnThePass> onThePass() {
      snapshots.add("expo");
      return List.of();
    }

    @Override
    public List<OrderProgress> inProgress() {
      snapshots.add("board");
      return List.of();
    }

    @Override
    public List<com.angelskitchen.menu.events.StockLevel> lowStock() {
      return List.of();
    }
  }

  private final ScreenSync cut = new ScreenSync();

  private final FakeTimers timers = new FakeTimers();
  private final FakeClock clock = new FakeClock();
  private final FakeLog log = new FakeLog();
  private final Kitchen kitchen = new Kitchen();
  private final ManualExecutor managed = new ManualExecutor();
  private final ConnectedScreens screens = new ConnectedScreens();
  private final EventSequencer sequencer = new EventSequencer();

  private final FakeSession fritura = new FakeSession("fritura-1", "cook");
  private ScreenConnection screen;

  @BeforeEach
  void wire() {
    // The log: fritura's events have odd sequences, horno's even ones; 60 is the last.
    log.write(
        LongStream.rangeClosed(1, 60)
            .mapToObj(s -> lineBumped(s, s % 2 == 1 ? "fritura" : "horno"))
            .toArray(KitchenEvent[]::new));
    screens.timers = timers;
    screens.nanoTime = clock;
    sequencer.log = log;
    sequencer.screens = screens;
    sequencer.timers = timers;
    sequencer.nanoTime = clock;
    sequencer.start();
    cut.sequencer = sequencer;
    cut.screens = screens;
    cut.log = log;
    cut.state = kitchen;
    cut.timers = timers;
    // The server's clock, in the restaurant's zone; the screens are sent the instant, in UTC.
    cut.clock =
        Clock.fixed(
            Instant.parse("2026-12-07T21:05:30.250Z"), ZoneId.of("America/Argentina/Buenos_Aires"));
    cut.executor =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("execute")) {
                    managed.execute((Runnable) args[0]);
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    screen = screens.connected(fritura.session, Channel.station("fritura"));
  }

  private List<String> received() {
    return fritura.drain(timers.pump).stream().map(ScreenSyncTest::typeAndSequence).toList();
  }

  private static String typeAndSequence(String message) {
    try (var reader = Json.createReader(new StringReader(message))) {
      JsonObject json = reader.readObject();
      return json.getString("type") + " " + json.getJsonNumber("sequence").longValue();
    }
  }

  private void commit(KitchenEvent event) {
    log.write(event);
    sequencer.committed(event);
  }

  @Test
  void holdsLiveEventsBackAtOnceAndCatchesUpOnAManagedThreadNotTheSockets() {
    cut.resume(screen, 0);
    managed.runAll();
    assertThat(screen.isLive()).isTrue();

    cut.resume(screen, 55);

    assertThat(screen.isLive()).isFalse();
    assertThat(log.reads).isEmpty();

    managed.runAll();

    assertThat(log.reads).hasSize(1);
    assertThat(screen.isLive()).isTrue();
  }

  @Test
  void replaysTheChannelsEventsAfterTheScreensLastThenGoesLive() {
    cut.resume(screen, 55);
    managed.runAll();
    commit(lineBumped(61, "fritura"));

    assertThat(log.reads).containsExactly(new FakeLog.Read(55, 5));
    assertThat(received())
        .containsExactly("LineBumped 57", "LineBumped 59", "ReplayDone 60", "LineBumped 61");
    assertThat(kitchen.snapshots).isEmpty();
  }

  @Test
  void sendsTheEventsCommittedDuringTheReplayAfterItOnceEach() {
    cut.resume(screen, 55);
    commit(lineBumped(61, "fritura"));
    commit(lineBumped(62, "horno"));
    commit(lineBumped(63, "fritura"));

    managed.runAll();
    commit(lineBumped(64, "horno"));
    commit(lineBumped(65, "fritura"));

    assertThat(received())
        .containsExactly(
            "LineBumped 57",
            "LineBumped 59",
            "ReplayDone 60",
            "LineBumped 61",
            "LineBumped 63",
            "LineBumped 65");
  }

  @Test
  void sendsAScreenThatKnowsNothingASnapshot() {
    cut.resume(screen, 0);
    managed.runAll();
    commit(lineBumped(61, "fritura"));

    assertThat(log.reads).isEmpty();
    assertThat(kitchen.snapshots).containsExactly("fritura");
    assertThat(received()).containsExactly("Snapshot 60", "LineBumped 61");
  }

  @Test
  void sendsAScreenAheadOfTheServerASnapshot() {
    cut.resume(screen, 61); // e.g. the database was restored from a backup

    managed.runAll();

    assertThat(log.reads).isEmpty();
    assertThat(received()).containsExactly("Snapshot 60");
  }

  @Test
  void replaysHalfABacklogOfEventsAndNoMore() {
    log.lastSequenceIs(2_000);
    sequencer.start();

    cut.resume(screen, 1_500);
    managed.runAll();
    assertThat(log.reads).containsExactly(new FakeLog.Read(1_500, 500));
    assertThat(received()).containsExactly("ReplayDone 2000");

    cut.resume(screen, 1_499);
    managed.runAll();
    assertThat(log.reads).hasSize(1);
    assertThat(received()).containsExactly("Snapshot 2000");
  }

  @Test
  void catchesAScreenUpOneResumeAtATime() throws Exception {
    CountDownLatch firstIsReading = new CountDownLatch(1);
    CountDownLatch firstMayGoOn = new CountDownLatch(1);
    log.whileReading =
        read -> {
          if (read.after() == 50) {
            firstIsReading.countDown();
            awaitQuietly(firstMayGoOn);
          }
        };
    cut.resume(screen, 50);
    cut.resume(screen, 40); // a second Resume on the same socket, before the first is answered
    Thread first = new Thread(managed.take());
    Thread second = new Thread(managed.take());

    first.start();
    firstIsReading.await();
    second.start();
    while (second.getState() != Thread.State.BLOCKED && second.isAlive()) {
      Thread.onSpinWait(); // until the second catch-up waits for its turn (or, wrongly, ran)
    }
    assertThat(log.reads).as("the second waits for the first").hasSize(1);
    firstMayGoOn.countDown();
    first.join();
    second.join();

    assertThat(received())
        .containsExactly(
            "LineBumped 51",
            "LineBumped 53",
            "LineBumped 55",
            "LineBumped 57",
            "LineBumped 59",
            "ReplayDone 60",
            "LineBumped 41",
            "LineBumped 43",
            "LineBumped 45",
            "LineBumped 47",
            "LineBumped 49",
            "LineBumped 51",
            "LineBumped 53",
            "LineBumped 55",
            "LineBumped 57",
            "LineBumped 59",
            "ReplayDone 60");
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aScreenThatMissedNothingReadsNothing() {
    log.lastSequenceIs(2_000);
    sequencer.start();

    cut.resume(screen, 2_000);
    managed.runAll();

    assertThat(log.reads).isEmpty();
    assertThat(received()).containsExactly("ReplayDone 2000");
  }

  @Test
  void closesAScreenThatCouldNotBeBroughtUpToDateSoThatItTriesAgain() {
    log.failNextReadWith = new IllegalStateException("database away");

    cut.resume(screen, 55);
    managed.runAll();
    commit(lineBumped(61, "fritura"));

    assertThat(fritura.closedWith()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
    assertThat(screen.isLive()).isFalse();
    assertThat(received()).isEmpty();
  }

  @Test
  void sendsLiveScreensTheReleasedSequenceAndTheServersTimeEveryTenSeconds() {
    FakeSession horno = new FakeSession("horno-1", "cook2");
    screens.connected(horno.session, Channel.station("horno")); // never resumed
    cut.resume(screen, 60);
    managed.runAll();
    received();
    cut.start();

    timers.every(10, TimeUnit.SECONDS).run();

    List<String> sent = fritura.drain(timers.pump);
    assertThat(sent).map(ScreenSyncTest::typeAndSequence).containsExactly("Heartbeat 60");
    assertThat(ChannelMessagesTest.json(sent.get(0)).getString("serverTime"))
        .as("the server's time, whatever the screen's own clock says")
        .isEqualTo("2026-12-07T21:05:30.250Z");
    assertThat(horno.drain(timers.pump)).isEmpty();
  }

  @Test
  void closesScreensSilentForThirtySecondsEveryFiveSeconds() {
    cut.start();
    clock.advance(Duration.ofSeconds(30));
    timers.every(5, TimeUnit.SECONDS).run();
    assertThat(fritura.closes).isEmpty();

    clock.advance(Duration.ofMillis(1));
    timers.every(5, TimeUnit.SECONDS).run();

    assertThat(fritura.closedWith()).isEqualTo(CloseCodes.GOING_AWAY);
  }

  @Test
  void stopsItsChores() {
    cut.start();

    cut.stop();

    assertThat(timers.every(10, TimeUnit.SECONDS).cancelled).isTrue();
    assertThat(timers.every(5, TimeUnit.SECONDS).cancelled).isTrue();
  }
}
