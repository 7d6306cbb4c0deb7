package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScreenConnectionTest {

  private static final int MAX_BACKLOG = 8;

  private final FakeSession socket = new FakeSession("screen-1", "cook");
  private final ManualExecutor pump = new ManualExecutor();
  private final FakeClock clock = new FakeClock();

  private final ScreenConnection cut =
      new ScreenConnection(socket.session, Channel.station("fritura"), MAX_BACKLOG, pump, clock);

  @Test
  void keepsLiveEventsAsideUntilTheScreenHasCaughtUp() {
    cut.send("Welcome");
    cut.event(41, "e41");

    assertThat(socket.drain(pump)).containsExactly("Welcome");
    assertThat(cut.isLive()).isFalse();
  }

  @Test
  void sendsTheKeptEventsNewerThanTheReplayRightAfterItThenGoesLive() {
    cut.send("Welcome");
    cut.event(39, "e39"); // released while the screen was connecting: part of the replay too
    cut.event(40, "e40");
    cut.send("r39");
    cut.event(41, "e41");
    cut.send("r40");
    cut.event(42, "e42");
    cut.send("ReplayDone 40");

    cut.caughtUpTo(40);
    cut.event(43, "e43");

    assertThat(cut.isLive()).isTrue();
    assertThat(socket.drain(pump))
        .containsExactly("Welcome", "r39", "r40", "ReplayDone 40", "e41", "e42", "e43");
  }

  @Test
  void goesLiveAfterASnapshotTheSameWay() {
    cut.event(50, "e50");
    cut.event(51, "e51");
    cut.send("Snapshot 50");

    cut.caughtUpTo(50);

    assertThat(socket.drain(pump)).containsExactly("Snapshot 50", "e51");
  }

  @Test
  void sendsNoLiveEventTwice() {
    cut.caughtUpTo(40);
    cut.event(41, "e41");
    cut.event(41, "e41 again");
    cut.event(40, "e40");

    assertThat(socket.drain(pump)).containsExactly("e41");
  }

  @Test
  void keepsLiveEventsAsideAgainWhenTheScreenResumesOnceMore() {
    cut.caughtUpTo(40);
    cut.event(41, "e41");
    assertThat(socket.drain(pump)).containsExactly("e41");

    cut.resync();
    cut.event(42, "e42");
    cut.event(43, "e43");

    assertThat(cut.isLive()).isFalse();
    assertThat(socket.drain(pump)).isEmpty();

    cut.send("r42");
    cut.send("ReplayDone 42");
    cut.caughtUpTo(42);

    assertThat(socket.drain(pump)).containsExactly("r42", "ReplayDone 42", "e43");
  }

  @Test
  void hasAtMostOneSendInFlight() {
    cut.caughtUpTo(0);
    cut.send("m1");
    cut.send("m2");
    cut.event(1, "e1");

    pump.runAll();
    assertThat(socket.sent).containsExactly("m1");
    assertThat(socket.inFlight()).isEqualTo(1);

    cut.send("m3");
    pump.runAll();
    assertThat(socket.inFlight()).as("m1 is still being sent").isEqualTo(1);

    socket.completeSend();
    pump.runAll();
    assertThat(socket.sent).containsExactly("m1", "m2");
    assertThat(socket.inFlight()).isEqualTo(1);

    socket.drain(pump);
    assertThat(socket.sent).containsExactly("m1", "m2", "e1", "m3");
  }

  @Test
  void givesTheSharedPumpOneTaskPerScreenHoweverManyMessagesWait() {
    cut.send("m1");
    cut.send("m2");
    cut.send("m3");

    assertThat(pump.queued()).isEqualTo(1);

    pump.runAll(); // m1 in flight
    cut.send("m4");

    assertThat(pump.queued()).as("nothing to do until m1 is sent").isZero();

    socket.completeSend();

    assertThat(pump.queued()).isEqualTo(1);
  }

  @Test
  void sendsOnAPlainContextClassLoaderAndRestoresThePumpsOwn() {
    ClassLoader own = Thread.currentThread().getContextClassLoader();
    cut.send("m1");

    socket.drain(pump);

    assertThat(socket.loadersAtSend).containsExactly(ClassLoader.getPlatformClassLoader());
    assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);
  }

  @Test
  void closesAScreenWhoseBacklogOverflowsWithTryAgainLater() {
    cut.caughtUpTo(0);
    for (int sequence = 1; sequence <= MAX_BACKLOG; sequence++) {
      cut.event(sequence, "e" + sequence);
    }
    assertThat(socket.closes).as("a full backlog is not yet an overflow").isEmpty();

    cut.event(MAX_BACKLOG + 1, "one too many");

    assertThat(cut.isLive()).isFalse();
    assertThat(socket.closes).as("closed on the pump, never on the committing thread").isEmpty();
    pump.runAll();
    assertThat(socket.closedWith()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
    assertThat(socket.drain(pump)).as("the backlog is dropped, not sent").isEmpty();
  }

  @Test
  void countsOnlyTheMessagesWaitingNotTheOneInFlight() {
    cut.caughtUpTo(0);
    cut.event(1, "e1");
    pump.runAll(); // e1 in flight
    for (int sequence = 2; sequence <= MAX_BACKLOG + 1; sequence++) {
      cut.event(sequence, "e" + sequence);
    }

    assertThat(socket.closes).isEmpty();
    assertThat(socket.drain(pump))
        .hasSize(MAX_BACKLOG + 1)
        .startsWith("e1", "e2")
        .endsWith("e" + (MAX_BACKLOG + 1));
  }

  @Test
  void closesAScreenThatFallsTooFarBehindWhileCatchingUp() {
    for (int sequence = 1; sequence <= MAX_BACKLOG; sequence++) {
      cut.event(sequence, "e" + sequence);
    }
    assertThat(socket.closes).isEmpty();

    cut.event(MAX_BACKLOG + 1, "one too many");
    pump.runAll();

    assertThat(socket.closedWith()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
  }

  @Test
  void closesAScreenWhoseReplayOverflowsTheBacklog() {
    for (int i = 1; i <= MAX_BACKLOG; i++) {
      cut.send("r" + i);
    }
    assertThat(socket.closes).isEmpty();

    cut.send("ReplayDone");

    assertThat(socket.drain(pump)).isEmpty();
    assertThat(socket.closedWith()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
  }

  @Test
  void closesAScreenWhoseKeptEventsOverflowTheBacklogOnceCaughtUp() {
    cut.event(41, "e41");
    cut.event(42, "e42");
    for (int sequence = 42 - MAX_BACKLOG; sequence <= 40; sequence++) {
      cut.send("r" + sequence);
    }
    assertThat(socket.closes).isEmpty();

    cut.caughtUpTo(40);
    pump.runAll();

    assertThat(socket.closedWith()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
  }

  @Test
  void closesAScreenAbnormallyWhenASendFails() {
    cut.caughtUpTo(0);
    cut.event(1, "e1");
    cut.event(2, "e2");
    pump.runAll();

    socket.failSend(new IOException("broken pipe"));
    cut.event(3, "e3");

    assertThat(socket.closedWith()).isEqualTo(CloseCodes.CLOSED_ABNORMALLY);
    assertThat(cut.isLive()).isFalse();
    socket.drain(pump);
    assertThat(socket.sent).containsExactly("e1");
  }

  @Test
  void stopsSendingToASocketThatIsNoLongerConnected() {
    cut.caughtUpTo(0);
    cut.event(1, "e1");
    cut.event(2, "e2");
    socket.failNextSendWith = new RuntimeException("Socket is not connected.");

    assertThatCode(() -> pump.runAll()).doesNotThrowAnyException();
    cut.event(3, "e3");

    assertThat(cut.isLive()).isFalse();
    assertThat(socket.drain(pump)).isEmpty();
  }

  @Test
  void sendsNothingOnceClosed() {
    cut.event(41, "e41");
    cut.send("Welcome");

    cut.markClosed();
    cut.send("r40");
    cut.caughtUpTo(40);
    cut.event(42, "e42");

    assertThat(cut.isLive()).isFalse();
    assertThat(socket.drain(pump)).isEmpty();
  }

  @Test
  void closesTheSessionWithTheReasonGivenAndToleratesOneAlreadyGone() {
    CloseReason renamed = new CloseReason(CloseCodes.SERVICE_RESTART, "station renamed");
    cut.close(renamed);
    assertThat(socket.closes).containsExactly(renamed);

    socket.failCloseWith = FakeSession.alreadyClosed();
    assertThatCode(() -> cut.close(renamed)).doesNotThrowAnyException();
    socket.failCloseWith = new IllegalStateException("session closed");
    assertThatCode(() -> cut.close(renamed)).doesNotThrowAnyException();
  }

  @Test
  void isSilentOnceNothingWasHeardForLongerThanTheLimit() {
    long limit = Duration.ofSeconds(30).toNanos();

    clock.advance(Duration.ofSeconds(30));
    assertThat(cut.silentFor(limit)).isFalse();
    clock.advance(Duration.ofNanos(1));
    assertThat(cut.silentFor(limit)).isTrue();

    cut.heard();
    assertThat(cut.silentFor(limit)).isFalse();
    clock.advance(Duration.ofSeconds(31));
    assertThat(cut.silentFor(limit)).isTrue();
  }

  @Test
  void knowsWhoIsSignedInOnIt() {
    assertThat(cut.id()).isEqualTo("screen-1");
    assertThat(cut.channel()).isEqualTo(Channel.station("fritura"));
    assertThat(cut.signedInAs("cook")).isTrue();
    assertThat(cut.signedInAs("cook2")).isFalse();

    ScreenConnection board =
        new ScreenConnection(new FakeSession("board-1").session, Channel.BOARD, 3, pump, clock);
    assertThat(board.signedInAs("cook")).isFalse();
  }
}
