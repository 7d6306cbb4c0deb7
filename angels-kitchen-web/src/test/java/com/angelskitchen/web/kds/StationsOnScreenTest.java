package com.angelskitchen.web.kds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which stations this server reports as on screen, for the printers' fallback mode. */
class StationsOnScreenTest {

  private final ConnectedScreens cut = new ConnectedScreens();
  private final FakeClock clock = new FakeClock();
  private final FakeSession fritura = new FakeSession("fritura-1", "cook");
  private final FakeSession fritura2 = new FakeSession("fritura-2", "cook2");
  private final FakeSession horno = new FakeSession("horno-1", "cook3");
  private final FakeSession expo = new FakeSession("expo-1", "expo");

  @BeforeEach
  void wire() {
    cut.timers = new FakeTimers();
    cut.nanoTime = clock;
  }

  @Test
  void aStationIsOnScreenWhileOneOfItsScreensIsConnected() {
    cut.connected(fritura.session, Channel.station("fritura"));
    cut.connected(fritura2.session, Channel.station("fritura"));
    cut.connected(horno.session, Channel.station("horno"));
    cut.connected(expo.session, Channel.EXPO);
    assertThat(cut.stationsOnScreen()).containsExactly("fritura", "horno");

    cut.disconnected(horno.session);
    cut.disconnected(fritura.session);
    assertThat(cut.stationsOnScreen())
        .as("the other Fritura screen is still up")
        .containsExactly("fritura");

    cut.disconnected(fritura2.session);
    assertThat(cut.stationsOnScreen()).as("the expo is no station's screen").isEmpty();
  }

  @Test
  void aScreenThatWentSilentIsNoLongerOnScreenEvenBeforeItsSocketCloses() {
    ScreenConnection first = cut.connected(fritura.session, Channel.station("fritura"));
    cut.connected(horno.session, Channel.station("horno"));
    clock.advance(java.time.Duration.ofSeconds(14));
    first.heard();
    assertThat(cut.stationsOnScreen()).containsExactly("fritura", "horno");

    // Horno's screen lost its Wi-Fi 16 s ago (no ping since); Fritura's pinged 2 s ago.
    clock.advance(java.time.Duration.ofSeconds(2));
    assertThat(cut.stationsOnScreen()).containsExactly("fritura");
  }
}
